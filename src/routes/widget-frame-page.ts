import { exactOrigin } from "../lib/origin.js";
import { html, raw } from "hono/html";
import { pageText } from "../lib/page-markup.js";
import type { ClinicSettings } from "../services/public-clinic.js";
import { accessibleBrand } from "../widget/shared/contrast.js";
import type { FrameConfig, LauncherConfig } from "../widget/shared/frame-config.js";

// The chat frame's HTML and its security headers. Only exact origins the clinic registered
// (plus our own) may embed it: frame-ancestors enforces that in the browser, and the same
// list goes to the app so postMessage is bound to one of them.

export function frameAncestors(clinic: ClinicSettings): string[] {
  return [
    ...new Set(clinic.allowedOrigins.map(exactOrigin).filter((origin): origin is string => origin !== undefined)),
  ];
}

/** The logo's address when it is a plain http(s) URL, else nothing (the initials are shown). */
function logoOf(clinic: ClinicSettings): string | null {
  try {
    return clinic.logoUrl && /^https?:$/.test(new URL(clinic.logoUrl).protocol) ? new URL(clinic.logoUrl).href : null;
  } catch {
    return null;
  }
}

export function launcherConfig(clinic: ClinicSettings): LauncherConfig {
  return {
    name: clinic.name,
    brand: accessibleBrand(clinic.brandColor),
    position: clinic.widgetPosition === "bottom-left" ? "bottom-left" : "bottom-right",
    label: clinic.launcherLabel,
    logoUrl: logoOf(clinic),
  };
}

export function frameConfig(clinic: ClinicSettings, ownOrigin: string): FrameConfig {
  return {
    ...launcherConfig(clinic),
    clinic: clinic.slug,
    phone: clinic.phone,
    emergencyNumber: clinic.emergencyNumber,
    locale: clinic.locale,
    parentOrigins: [...new Set([ownOrigin, ...frameAncestors(clinic)])],
  };
}

export function frameCsp(clinic: ClinicSettings): string {
  const logo = logoOf(clinic);
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    // The clinic's logo may live on its own site; only that exact origin is added.
    `img-src 'self' data:${logo ? ` ${new URL(logo).origin}` : ""}`,
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${["'self'", ...frameAncestors(clinic)].join(" ")}`,
  ].join("; ");
}

// JSON inside <script type="application/json">: "<" escaped so "</script>" cannot end it.
const jsonForHtml = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

export function framePage(config: FrameConfig, versions: { js: string; css: string }): string {
  return pageText(html`<!doctype html>
<html lang="${config.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="strict-origin-when-cross-origin">
<link rel="icon" href="data:,">
<title>Knee pain chat: ${config.name}</title>
<link rel="stylesheet" href="/widget/app.css?v=${versions.css}">
<script type="application/json" id="kt-config">${raw(jsonForHtml(config))}</script>
<script src="/widget/app.js?v=${versions.js}" defer></script>
</head>
<body>
<div id="app"><noscript><p>This chat needs JavaScript. In an emergency call ${config.emergencyNumber}.</p></noscript></div>
</body>
</html>`);
}

export function frameNotFoundPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Chat not available</title></head>
<body><main><h1>This chat is not available</h1><p>We could not find this clinic's chat. In an emergency call your local emergency number.</p></main></body></html>`;
}
