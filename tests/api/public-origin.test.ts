import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { clinics } from "../../src/db/schema.js";
import { deliverDueWebhooks } from "../../src/webhooks/deliver.js";
import { verifySignature } from "../../src/webhooks/signature.js";
import { TestChatClient } from "../helpers/chat-client.js";
import type { App } from "../../src/app.js";
import { createTwoClinics, type TestApp } from "../staff/staff-helpers.js";

// Every absolute link the server writes comes from PUBLIC_URL, never from the Host header a
// client sends: a request for Host evil.example must not put evil.example into a signed
// webhook, the embed snippet or the API description.

const PUBLIC_URL = "https://triage.stride-pt.example/";
const ORIGIN = "https://triage.stride-pt.example";
const EVIL = "http://evil.example";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The app as reached with a forged Host header (and the matching forwarded headers). */
function viaEvilHost(app: App): App {
  const forged = {
    request: (path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set("host", "evil.example");
      headers.set("x-forwarded-host", "evil.example");
      headers.set("x-forwarded-proto", "http");
      return app.request(new URL(path, EVIL).toString(), { ...init, headers });
    },
  };
  return forged as unknown as App;
}

async function setup(): Promise<{ test: TestApp; evil: App }> {
  const test = await createTwoClinics({ env: { PUBLIC_URL } });
  cleanup = test.close;
  await test.db
    .update(clinics)
    .set({ webhookUrl: "https://crm.stride.example/hooks", webhookSecret: "whsec_test" })
    .where(eq(clinics.id, test.demo.id));
  return { test, evil: viaEvilHost(test.app) };
}

async function deliveredPayloads(test: TestApp) {
  const bodies: Array<{ body: string; signature: string | null }> = [];
  const fetch = (async (_url: string | URL | Request, init?: RequestInit) => {
    bodies.push({ body: String(init?.body), signature: new Headers(init?.headers).get("x-knee-signature") });
    return new Response(null, { status: 204 });
  }) as typeof globalThis.fetch;
  await deliverDueWebhooks({ db: test.db, fetch, now: Date.now });
  return bodies;
}

describe("links come from PUBLIC_URL, not the Host header", () => {
  it("the signed lead.created webhook links to PUBLIC_URL's dashboard, without a double slash", async () => {
    const { test, evil } = await setup();
    const client = new TestChatClient(evil);
    await client.send();
    await client.send("My left knee aches after running for 3 weeks, I'm 34");
    const lead = await evil.request("/api/leads", {
      method: "POST",
      headers: { "content-type": "application/json", "x-visitor-token": client.token ?? "" },
      body: JSON.stringify({ conversationId: client.id, name: "Dana", email: "dana@example.com", consent: true }),
    });
    expect(lead.status).toBe(201);
    const [delivery] = await deliveredPayloads(test);
    expect(
      await verifySignature("whsec_test", delivery?.signature, delivery?.body ?? "", Math.floor(Date.now() / 1000)),
    ).toBe(true);
    const payload = JSON.parse(delivery?.body ?? "{}") as { type: string; data: { dashboardUrl: string } };
    expect(payload.type).toBe("lead.created");
    expect(payload.data.dashboardUrl).toBe(`${ORIGIN}/staff/conversations/${client.id}`);
    expect(delivery?.body).not.toContain("evil.example");
    expect(delivery?.body).not.toContain("//staff");
  });

  it("the signed triage.emergency webhook links to PUBLIC_URL's dashboard", async () => {
    const { test, evil } = await setup();
    const client = new TestChatClient(evil);
    await client.send();
    await client.send("I fell off my bike and now my foot is cold and looks pale");
    const [delivery] = await deliveredPayloads(test);
    const payload = JSON.parse(delivery?.body ?? "{}") as { type: string; data: { dashboardUrl: string } };
    expect(payload.type).toBe("triage.emergency");
    expect(payload.data.dashboardUrl).toBe(`${ORIGIN}/staff/conversations/${client.id}`);
    expect(delivery?.body).not.toContain("evil.example");
  });

  it("the demo page's script tag and snippet load the widget from PUBLIC_URL", async () => {
    const { evil } = await setup();
    const page = await (await evil.request("/")).text();
    expect(page).toContain(`<script src="${ORIGIN}/widget.js" data-clinic="demo" async></script>`);
    expect(page).not.toContain("evil.example");
    expect(page).not.toMatch(/example\/\/widget/);
  });

  it("/openapi.json and /docs name PUBLIC_URL's origin as the server", async () => {
    const { evil } = await setup();
    const response = await evil.request("/openapi.json");
    const text = await response.text();
    expect((JSON.parse(text) as { servers: Array<{ url: string }> }).servers).toEqual([{ url: ORIGIN }]);
    expect(text).not.toContain("evil.example");
    expect(await (await evil.request("/docs")).text()).not.toContain("evil.example");
  });

  it("the chat frame trusts only PUBLIC_URL's origin and the clinic's own sites as parents", async () => {
    const { evil } = await setup();
    const frame = await evil.request("/widget/frame?clinic=demo");
    expect(frame.status).toBe(200);
    const html = await frame.text();
    expect(html).toContain(ORIGIN);
    expect(html).not.toContain("evil.example");
  });

  it("without PUBLIC_URL, links use http://localhost:PORT, still never the Host header", async () => {
    const test = await createTwoClinics({ env: { PORT: "9123" } });
    cleanup = test.close;
    const evil = viaEvilHost(test.app);
    const page = await (await evil.request("/")).text();
    expect(page).toContain('<script src="http://localhost:9123/widget.js" data-clinic="demo" async></script>');
    const document = (await (await evil.request("/openapi.json")).json()) as { servers: Array<{ url: string }> };
    expect(document.servers).toEqual([{ url: "http://localhost:9123" }]);
    const frame = await (await evil.request("/widget/frame?clinic=demo")).text();
    expect(`${page}${frame}`).not.toContain("evil.example");
  });
});
