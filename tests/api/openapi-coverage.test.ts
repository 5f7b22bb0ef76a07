import { describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { createTestApp, postJson } from "../helpers/test-app.js";
import { addStaff, PASSWORD } from "../staff/staff-helpers.js";

// The description is generated from the routes' declarations; these check that nothing the
// app serves under /api escapes it, and that what it says matches what the server does.

interface Document {
  paths: Record<string, Record<string, unknown>>;
  components: {
    securitySchemes: { staffSession: { in: string; name: string } };
    schemas: { Error: { required: string[]; properties: { error: { required: string[] } } } };
  };
}

async function documentOf(app: App): Promise<Document> {
  return (await (await app.request("/openapi.json")).json()) as Document;
}

/** "METHOD /path" for every /api route the app serves that the document does not describe. */
function undescribed(app: App, document: Document): string[] {
  return app.routes
    .filter((route) => route.path.startsWith("/api/") && route.method !== "ALL")
    .map((route) => ({ method: route.method.toLowerCase(), path: route.path.replace(/:(\w+)/g, "{$1}") }))
    .filter(({ method, path }) => document.paths[path]?.[method] === undefined)
    .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
}

describe("the generated API description", () => {
  it("describes every /api route the app serves, method by method", async () => {
    const { app, close } = await createTestApp();
    const document = await documentOf(app);
    close();
    expect(app.routes.filter((route) => route.path.startsWith("/api/")).length).toBeGreaterThan(20);
    expect(undescribed(app, document)).toEqual([]);
  });

  it("misses a route added without a declaration (so the check above can fail)", async () => {
    const { app, close } = await createTestApp();
    app.get("/api/undeclared/:id", (c) => c.json({}));
    const document = await documentOf(app);
    close();
    expect(undescribed(app, document)).toEqual(["GET /api/undeclared/{id}"]);
  });

  it("names the session cookie that signing in really sets", async () => {
    const test = await createTestApp();
    await addStaff(test, test.demo, "owner@demo.test");
    const response = await postJson(test.app, "/api/staff/login", { email: "owner@demo.test", password: PASSWORD });
    const document = await documentOf(test.app);
    test.close();
    expect(response.status).toBe(200);
    const cookieNames = response.headers.getSetCookie().map((line) => line.split("=", 1)[0]);
    expect(document.components.securitySchemes.staffSession.in).toBe("cookie");
    expect(cookieNames).toEqual([document.components.securitySchemes.staffSession.name]);
  });

  it("answers a refused body with the error envelope it describes, naming the field", async () => {
    const { app, close } = await createTestApp();
    const document = await documentOf(app);
    const refused = await postJson(app, "/api/triage", { age: "old" });
    close();
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as Record<string, Record<string, unknown>>;
    const { Error: envelope } = document.components.schemas;
    for (const key of envelope.required) expect(body).toHaveProperty(key);
    for (const key of envelope.properties.error.required) expect(typeof body.error?.[key]).toBe("string");
    expect(body.error).toMatchObject({ code: "validation_failed", field: "age" });
  });
});
