import { describe, expect, it, vi } from "vitest";
import { evaluate } from "../../src/triage/index.js";
import { notReadyResponse } from "../../src/worker/worker-app.js";
import { answer, minorTwist } from "../triage/fixtures.js";
import { postJson, workerFetch } from "./worker-fetch.js";

// The HTTP surface on the Worker: health, the stateless triage API, the demo page seeded from
// D1 on the first request, and the widget files read from the static assets binding.

describe("the Worker serves the app on D1", () => {
  it("answers /healthz", async () => {
    const response = await workerFetch("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers POST /api/triage with the engine's disposition", async () => {
    const intake = answer(minorTwist, { age: 57, mechanism: "fall", tenderPatellaOnly: "yes" });
    const response = await postJson("/api/triage", intake);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(evaluate(intake))));
  });

  it("answers a malformed triage request with the JSON error envelope naming the field", async () => {
    const response = await postJson("/api/triage", { age: "old" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; requestId: string; field?: string } };
    expect(body.error).toMatchObject({ code: "validation_failed", field: "age" });
    expect(body.error.requestId).toBe(response.headers.get("x-request-id"));
  });

  it("serves the demo clinic's page, seeding the demo clinic into D1 on first use", async () => {
    const response = await workerFetch("/");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Stride Physical Therapy");
    expect(html).toContain(`src="http://clinic.test/widget.js" data-clinic="demo"`);
  });

  it("serves the widget loader and the chat frame's files from the static assets", async () => {
    const loader = await workerFetch("/widget.js");
    expect(loader.status).toBe(200);
    expect(loader.headers.get("content-type")).toContain("javascript");
    expect(loader.headers.get("etag")).toMatch(/^"[0-9a-f]{16}"$/);
    expect(loader.headers.get("content-encoding")).toBeNull();
    expect((await loader.text()).length).toBeGreaterThan(1000);

    const frame = await workerFetch("/widget/frame?clinic=demo");
    expect(frame.status).toBe(200);
    const version = /\/widget\/app\.js\?v=([0-9a-f]{16})/.exec(await frame.text())?.[1];
    expect(version).toBeDefined();
    const app = await workerFetch(`/widget/app.js?v=${version}`);
    expect(app.status).toBe(200);
    expect(app.headers.get("cache-control")).toContain("immutable");
    expect(
      await workerFetch("/widget.js", { headers: { "if-none-match": loader.headers.get("etag") ?? "" } }).then(
        (r) => r.status,
      ),
    ).toBe(304);
  });

  it("answers knowledge searches from the bundled articles", async () => {
    const response = await workerFetch("/api/knowledge/search?q=knee%20pain%20when%20running&k=2");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { results: Array<{ articleId: string; url: string }> };
    expect(body.results).toHaveLength(2);
    expect(body.results[0]?.url).toMatch(/^\/knowledge\//);
  });

  it("serves an article page from the articles parsed at build time", async () => {
    const response = await workerFetch("/knowledge/runners-knee-basics");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<section id="symptoms">');
    expect(html).toContain("<li>a grinding or clicking feeling in the joint</li>");
    expect(html).toContain('<div class="note" role="note"><p><strong>Note:</strong> chondromalacia patella');
    expect(html).not.toContain("undefined");
  });

  it("ranks by meaning with the bundled word vectors, as on Node", async () => {
    // tests/knowledge/semantic-similarity.test.ts: only the meaning match puts "why-strength" here.
    const q = encodeURIComponent("what muscles should i strengthen for patellofemoral pain");
    const body = (await (await workerFetch(`/api/knowledge/search?q=${q}&k=3`)).json()) as {
      results: Array<{ anchor?: string; url: string }>;
    };
    expect(body.results.map((result) => result.url)).toContain("/knowledge/knee-strengthening-exercises#why-strength");
  });

  it("answers 503 with the migration command when D1 has no tables yet", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = notReadyResponse(new Error("D1_ERROR: no such table: clinics: SQLITE_ERROR"));
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.message).toContain("wrangler d1 migrations apply DB");
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
