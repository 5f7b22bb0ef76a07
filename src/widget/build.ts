import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import type { WidgetAsset, WidgetAssetName } from "./widget-assets.js";

// Bundles the loader and the chat app with esbuild and precompresses them. `npm run
// build:widget` writes dist/widget/ (git-ignored) for the server to read; tests build in
// memory. Workers cannot run esbuild at request time, hence a build step, not a route.

const here = fileURLToPath(new URL(".", import.meta.url));
const target = ["es2020", "chrome90", "safari14", "firefox90"];

async function bundle(entry: string, define: Record<string, string> = {}): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(here, entry)],
    bundle: true,
    minify: true,
    format: "iife",
    target,
    write: false,
    legalComments: "none",
    define,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

async function minifyCss(file: string): Promise<string> {
  const result = await esbuild.transform(readFileSync(join(here, file), "utf8"), {
    loader: "css",
    minify: true,
    target,
  });
  return result.code.trim();
}

export type BuiltAsset = WidgetAsset & Required<Pick<WidgetAsset, "gzip" | "brotli">>;

export function compressAsset(name: WidgetAssetName, contentType: string, text: string): BuiltAsset {
  const body = new TextEncoder().encode(text);
  return {
    name,
    contentType,
    body,
    gzip: new Uint8Array(gzipSync(body, { level: 9 })),
    brotli: new Uint8Array(brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
    hash: createHash("sha256").update(body).digest("hex").slice(0, 16),
  };
}

/** The three widget files, built in memory. */
export async function buildWidgetAssets(): Promise<Record<WidgetAssetName, BuiltAsset>> {
  const loaderCss = await minifyCss("loader/loader.css");
  const [loader, app, css] = await Promise.all([
    bundle("loader/loader.ts", { __LOADER_CSS__: JSON.stringify(loaderCss) }),
    bundle("app/main.ts"),
    minifyCss("app/app.css"),
  ]);
  return {
    "widget.js": compressAsset("widget.js", "text/javascript; charset=utf-8", loader),
    "app.js": compressAsset("app.js", "text/javascript; charset=utf-8", app),
    "app.css": compressAsset("app.css", "text/css; charset=utf-8", css),
  };
}

/** Write the built files and a manifest (hashes, content types) for the Node asset reader. */
export async function writeWidgetAssets(directory: string): Promise<Record<WidgetAssetName, BuiltAsset>> {
  const assets = await buildWidgetAssets();
  mkdirSync(directory, { recursive: true });
  const manifest: Record<string, { contentType: string; hash: string }> = {};
  for (const asset of Object.values(assets)) {
    writeFileSync(join(directory, asset.name), asset.body);
    writeFileSync(join(directory, `${asset.name}.gz`), asset.gzip);
    writeFileSync(join(directory, `${asset.name}.br`), asset.brotli);
    manifest[asset.name] = { contentType: asset.contentType, hash: asset.hash };
  }
  writeFileSync(join(directory, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return assets;
}

export const DIST_WIDGET_DIR = fileURLToPath(new URL("../../dist/widget/", import.meta.url));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const assets = await writeWidgetAssets(DIST_WIDGET_DIR);
  for (const asset of Object.values(assets)) {
    console.log(
      `${asset.name.padEnd(10)} ${String(asset.body.length).padStart(7)} B, gzip ${String(asset.gzip.length).padStart(6)} B, brotli ${String(asset.brotli.length).padStart(6)} B`,
    );
  }
  console.log(`widget written to ${DIST_WIDGET_DIR}`);
}
