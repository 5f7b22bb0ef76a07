import { createRoute } from "@hono/zod-openapi";
import { html, raw } from "hono/html";
import type { ApiDocument } from "../openapi/openapi-document.js";
import { apiRoutes } from "../openapi/api-routes.js";

const describe = createRoute({
  method: "get",
  path: "/openapi.json",
  summary: "This document",
  responses: { 200: { description: "OpenAPI 3.1" } },
});

const docs = createRoute({
  method: "get",
  path: "/docs",
  summary: "Human-readable API documentation",
  responses: { 200: { description: "HTML" } },
});

/** GET /openapi.json and a self-contained /docs page (no CDN: it must work offline). */
export function openApiRoutes(documentFor: (serverUrl: string) => ApiDocument) {
  return apiRoutes()
    .openapi(describe, (c) => c.json(documentFor(c.get("deps").config.publicOrigin), 200))
    .openapi(docs, (c) => {
      const document = documentFor(c.get("deps").config.publicOrigin);
      const rows = Object.entries(document.paths ?? {}).flatMap(([path, operations]) =>
        Object.entries(operations as Record<string, { summary?: string; description?: string }>).map(
          ([method, operation]) =>
            html`<tr><td><code>${method.toUpperCase()}</code></td><td><code>${path}</code></td><td>${operation.summary ?? ""}${operation.description ? html`<br /><small>${operation.description}</small>` : ""}</td></tr>`,
        ),
      );
      return c.html(html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>knee-triage API</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1f2937; }
      table { border-collapse: collapse; width: 100%; }
      td, th { border-bottom: 1px solid #d1d5db; padding: 0.5rem; text-align: left; vertical-align: top; }
      code { background: #f3f4f6; padding: 0 0.25rem; border-radius: 3px; }
    </style>
  </head>
  <body>
    <main>
      <h1>${document.info.title} <small>(ruleset ${document.info.version})</small></h1>
      <p>${document.info.description}</p>
      <p>The machine-readable description is at <a href="/openapi.json">/openapi.json</a>.</p>
      <table>
        <thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">What</th></tr></thead>
        <tbody>${raw(rows.map(String).join(""))}</tbody>
      </table>
    </main>
  </body>
</html>`);
    });
}
