import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { insertClinic } from "../../src/db/clinics.js";
import { events } from "../../src/db/schema.js";
import { memoryWidgetAssets, type WidgetAssetProvider } from "../../src/widget/widget-assets.js";
import { buildWidgetAssets } from "../../src/widget/build.js";
import type { FrameConfig } from "../../src/widget/shared/frame-config.js";
import { createTestApp, postJson } from "../helpers/test-app.js";

let widgetAssets: WidgetAssetProvider;
let cleanup: (() => void) | undefined;
beforeAll(async () => {
  widgetAssets = memoryWidgetAssets(await buildWidgetAssets());
});
afterEach(() => cleanup?.());

async function setup() {
  const test = await createTestApp({ widgetAssets, env: { PUBLIC_URL: "https://triage.clinic.test/" } });
  cleanup = test.close;
  return test;
}

function frameConfigOf(html: string): FrameConfig {
  const json = /<script type="application\/json" id="kt-config">(.*?)<\/script>/s.exec(html)?.[1];
  return JSON.parse(json ?? "{}") as FrameConfig;
}

describe("GET /widget.js", () => {
  it("serves the loader as JavaScript, brotli or gzip as accepted, with an ETag and a short cache", async () => {
    const { app } = await setup();
    const plain = await app.request("/widget.js");
    expect(plain.status).toBe(200);
    expect(plain.headers.get("content-type")).toContain("javascript");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("cache-control")).toMatch(/max-age=300/);
    expect(plain.headers.get("vary")).toBe("Accept-Encoding");
    const text = await plain.text();
    expect(text).toContain("knee-triage-widget");

    const br = await app.request("/widget.js", { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(text);
    const gzip = await app.request("/widget.js", { headers: { "accept-encoding": "gzip, br;q=0" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(text);

    const etag = plain.headers.get("etag") ?? "";
    expect((await app.request("/widget.js", { headers: { "if-none-match": etag } })).status).toBe(304);
  });

  it("caches the app's files for a year only at their current version", async () => {
    const { app } = await setup();
    const frame = await (await app.request("/widget/frame?clinic=demo")).text();
    const version = /app\.js\?v=([0-9a-f]+)/.exec(frame)?.[1];
    expect(version).toBeTruthy();
    expect((await app.request(`/widget/app.js?v=${version}`)).headers.get("cache-control")).toContain("immutable");
    expect((await app.request("/widget/app.js?v=old")).headers.get("cache-control")).toBe("public, max-age=300");
    expect((await app.request("/widget/app.css")).headers.get("content-type")).toContain("text/css");
  });

  it("answers 503 with a hint when the widget has not been built", async () => {
    const test = await createTestApp({ widgetAssets: memoryWidgetAssets({}) });
    cleanup = test.close;
    const response = await test.app.request("/widget.js");
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("build:widget");
  });
});

describe("GET /widget/frame", () => {
  it("lets only the clinic's exact allowed origins (and ourselves) embed the frame", async () => {
    const { app, db } = await setup();
    await insertClinic(db, {
      slug: "harbour",
      name: "Harbour PT",
      allowedOrigins: [
        "https://harbourpt.example",
        "https://www.harbourpt.example/",
        "javascript:alert(1)",
        "https://evil.example/path",
        "https://x.example; script-src *",
      ],
      brandColor: "#ffcc00",
      emergencyNumber: "000",
    });
    const response = await app.request("http://widget.test/widget/frame?clinic=harbour");
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'self' https://harbourpt.example https://www.harbourpt.example");
    expect(csp).not.toMatch(/evil|javascript|\*/);
    expect(csp).toContain("script-src 'self'");
    expect(response.headers.get("x-frame-options")).toBeNull();
    const config = frameConfigOf(await response.text());
    expect(config.parentOrigins).toEqual([
      "https://triage.clinic.test",
      "https://harbourpt.example",
      "https://www.harbourpt.example",
    ]);
    expect(config.emergencyNumber).toBe("000");
    // #ffcc00 fails contrast with white text, so the frame gets a darker shade.
    expect(config.brand).not.toBe("#ffcc00");
  });

  it("the demo clinic is embeddable by our own origin", async () => {
    const { app } = await setup();
    const response = await app.request("/widget/frame?clinic=demo");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'self'");
    const html = await response.text();
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(frameConfigOf(html).name).toBe("Stride Physical Therapy (demo)");
  });

  it("escapes clinic settings inside the page", async () => {
    const { app, db } = await setup();
    await insertClinic(db, { slug: "tricky", name: "</script><script>alert(1)</script>" });
    const html = await (await app.request("/widget/frame?clinic=tricky")).text();
    expect(html).not.toContain("<script>alert(1)");
    expect(frameConfigOf(html).name).toBe("</script><script>alert(1)</script>");
  });

  it("answers an unknown clinic with a 404 page", async () => {
    const { app } = await setup();
    for (const query of ["?clinic=nowhere", "?clinic=../etc", ""]) {
      const response = await app.request(`/widget/frame${query}`);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("text/html");
    }
  });
});

describe("POST /api/events", () => {
  it("records a widget_opened event for the clinic and answers 204", async () => {
    const { app, db, demo } = await setup();
    const response = await postJson(app, "/api/events", { clinic: "demo", type: "widget_opened" });
    expect(response.status).toBe(204);
    const rows = await db.select().from(events).where(eq(events.type, "widget_opened"));
    expect(rows.map((row) => row.clinicId)).toEqual([demo.id]);
  });

  it("records which call to action was clicked", async () => {
    const { app, db } = await setup();
    expect(
      (await postJson(app, "/api/events", { clinic: "demo", type: "cta_clicked", action: "discovery_call" })).status,
    ).toBe(204);
    const rows = await db.select().from(events).where(eq(events.type, "cta_clicked"));
    expect(rows.map((row) => row.data)).toEqual([JSON.stringify({ action: "discovery_call" })]);
    expect(
      (await postJson(app, "/api/events", { clinic: "demo", type: "cta_clicked", action: "anything" })).status,
    ).toBe(400);
  });

  it("refuses unknown types and fields (400) and unknown clinics (404)", async () => {
    const { app } = await setup();
    const badType = await postJson(app, "/api/events", { clinic: "demo", type: "anything_goes" });
    expect(badType.status).toBe(400);
    expect(((await badType.json()) as { error: { field?: string } }).error.field).toBe("type");
    expect((await postJson(app, "/api/events", { clinic: "demo", type: "widget_opened", extra: 1 })).status).toBe(400);
    expect((await postJson(app, "/api/events", { clinic: "nowhere", type: "widget_opened" })).status).toBe(404);
  });
});

describe("GET /", () => {
  it("is the demo clinic's page, embedding the widget from PUBLIC_URL with the snippet it shows", async () => {
    const { app } = await setup();
    // The Host a client sends never reaches a link (interfaces.md: links come from PUBLIC_URL).
    const response = await app.request("http://evil.example/");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toContain("evil.example");
    const snippet = '<script src="https://triage.clinic.test/widget.js" data-clinic="demo" async></script>';
    expect(html).toContain(snippet);
    expect(html).toContain(snippet.replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"));
    expect(html).toContain("Stride Physical Therapy (demo)");
  });
});
