import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../app-deps.js";
import { findPublicClinic } from "../services/public-clinic.js";
import { AppError } from "../lib/errors.js";
import { apiRoutes } from "../openapi/api-routes.js";
import { described, errors, json } from "../openapi/openapi-parts.js";
import {
  distWidgetAssets,
  type WidgetAsset,
  type WidgetAssetName,
  type WidgetAssetProvider,
} from "../widget/widget-assets.js";
import { frameConfig, frameCsp, frameNotFoundPage, framePage, launcherConfig } from "./widget-frame-page.js";

// GET /widget.js (the embed loader), the chat frame page and its two files. Files are served
// precompressed (brotli or gzip, as the client accepts) with ETags and cache headers.

let defaultAssets: WidgetAssetProvider | undefined;

function assets(c: Context<AppEnv>): WidgetAssetProvider {
  return c.get("deps").widgetAssets ?? (defaultAssets ??= distWidgetAssets());
}

/** Encodings the client accepts (q > 0), from Accept-Encoding. */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const token of (header ?? "").split(",")) {
    const [name, ...params] = token.trim().toLowerCase().split(";");
    const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

function respond(c: Context<AppEnv>, asset: WidgetAsset, cacheControl: string): Response {
  const etag = `"${asset.hash}"`;
  const headers: Record<string, string> = {
    "Cache-Control": cacheControl,
    ETag: etag,
    Vary: "Accept-Encoding",
    "X-Content-Type-Options": "nosniff",
    // The loader runs on clinics' pages, which may require cross-origin resource policy.
    "Cross-Origin-Resource-Policy": "cross-origin",
  };
  if (
    c.req
      .header("if-none-match")
      ?.split(",")
      .some((tag) => tag.trim().replace(/^W\//, "") === etag)
  ) {
    return new Response(null, { status: 304, headers });
  }
  const accepted = acceptedEncodings(c.req.header("accept-encoding"));
  const [encoding, body] =
    accepted.has("br") && asset.brotli
      ? ["br", asset.brotli]
      : accepted.has("gzip") && asset.gzip
        ? ["gzip", asset.gzip]
        : [undefined, asset.body];
  headers["Content-Type"] = asset.contentType;
  if (encoding) headers["Content-Encoding"] = encoding;
  return new Response(c.req.method === "HEAD" ? null : body, { status: 200, headers });
}

function notBuilt(c: Context<AppEnv>): Response {
  return c.text("The widget is not built yet: run `npm run build:widget`.", 503, { "Cache-Control": "no-store" });
}

async function serveAsset(
  c: Context<AppEnv>,
  name: WidgetAssetName,
  cacheControl: (asset: WidgetAsset) => string,
): Promise<Response> {
  const asset = await assets(c).get(name);
  return asset ? respond(c, asset, cacheControl(asset)) : notBuilt(c);
}

// The loader's URL never changes (clinics embed it), so it is cached briefly and revalidated.
const loaderCache = () => "public, max-age=300, stale-while-revalidate=86400";
// The app's files are requested with ?v=<hash>: that exact version can be cached for a year.
const versionedCache = (c: Context<AppEnv>) => (asset: WidgetAsset) =>
  c.req.query("v") === asset.hash ? "public, max-age=31536000, immutable" : "public, max-age=300";

// The slug is read by the handlers (an unknown or missing one is a 404), so it is described only.
const clinicQuery = described("clinic", "query", { required: true });

const loader = createRoute({
  method: "get",
  path: "/widget.js",
  summary: 'The embed loader: <script src=".../widget.js" data-clinic="SLUG" async></script>',
  responses: { 200: { description: "JavaScript" } },
});

const launcher = createRoute({
  method: "get",
  path: "/widget/config",
  summary:
    "The launcher's look from the clinic's Settings (name, brand colour, corner, words, logo); public, cached for a minute",
  parameters: [clinicQuery],
  responses: {
    200: {
      description: "Launcher settings",
      content: json(
        z.object({
          name: z.string(),
          brand: z.string(),
          position: z.enum(["bottom-right", "bottom-left"]),
          label: z.string(),
          logoUrl: z.string().nullable(),
        }),
      ),
    },
    ...errors(404),
  },
});

const frame = createRoute({
  method: "get",
  path: "/widget/frame",
  summary: "The chat app, framed by the loader (frame-ancestors: the clinic's allowed origins)",
  parameters: [clinicQuery],
  responses: { 200: { description: "HTML" }, 404: { description: "Unknown clinic" } },
});

export const widgetRoutes = apiRoutes()
  .openapi(loader, (c) => serveAsset(c, "widget.js", loaderCache))
  // The launcher's look (words, colour, corner, logo) from the clinic's Settings. Public and
  // cookie-less, readable from any page; cached for a minute, so a saved change shows soon.
  .openapi(launcher, async (c) => {
    const slug = c.req.query("clinic") ?? "";
    const clinic = await findPublicClinic(c.get("deps"), slug);
    c.header("Access-Control-Allow-Origin", "*");
    c.header("Cross-Origin-Resource-Policy", "cross-origin");
    c.header("X-Content-Type-Options", "nosniff");
    if (!clinic) throw new AppError("not_found", `No clinic called "${slug}".`);
    c.header("Cache-Control", "public, max-age=60");
    return c.json(launcherConfig(clinic), 200);
  })
  .openapi(frame, async (c) => {
    const deps = c.get("deps");
    const slug = c.req.query("clinic") ?? "";
    const clinic = await findPublicClinic(deps, slug);
    if (!clinic) return c.html(frameNotFoundPage(), 404, { "Cache-Control": "no-store" });
    const [js, css] = await Promise.all([assets(c).get("app.js"), assets(c).get("app.css")]);
    if (!js || !css) return notBuilt(c);
    const ownOrigin = deps.config.publicOrigin;
    return c.html(framePage(frameConfig(clinic, ownOrigin), { js: js.hash, css: css.hash }), 200, {
      "Content-Security-Policy": frameCsp(clinic),
      // Settings can change at any time; the page is tiny, its files are cached.
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
  })
  // The app's own files, requested by the frame page: not part of the described interface.
  .get("/widget/app.js", (c) => serveAsset(c, "app.js", versionedCache(c)))
  .get("/widget/app.css", (c) => serveAsset(c, "app.css", versionedCache(c)));
