import type { OpenAPIHono } from "@hono/zod-openapi";
import { SESSION_COOKIE } from "../staff/sessions.js";
import { RULESET_VERSION } from "../triage/index.js";

// The published API description (GET /openapi.json), generated from the app's declared
// routes: every path, parameter and body schema comes from a createRoute declaration next to
// its handler, so the document cannot drift from the code.

export type ApiDocument = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;

/** Only the registry and the generator are used: any app's environment will do. */
type DescribedApp = Pick<OpenAPIHono, "openAPIRegistry" | "getOpenAPI31Document">;

/** Registers what no single route declares: the staff session cookie as a security scheme. */
export function registerSharedComponents(app: DescribedApp): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "staffSession", {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE,
  });
}

export function openApiDocument(app: DescribedApp, serverUrl: string): ApiDocument {
  return app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: "knee-triage API",
      version: RULESET_VERSION,
      description: `Knee-pain triage chat for physical-therapy clinics. Clinical decisions come from a deterministic rules engine (ruleset ${RULESET_VERSION}). Request bodies are JSON: a body sent with any other content type is refused with 415.`,
    },
    servers: [{ url: serverUrl }],
  });
}
