import { afterEach, describe, expect, it } from "vitest";
import { conversations, events, leads } from "../../src/db/schema.js";
import { TestChatClient } from "../helpers/chat-client.js";
import { createTestApp } from "../helpers/test-app.js";
import { conversationWithLead, createTwoClinics, signIn } from "../staff/staff-helpers.js";

// Any web page can make its visitors' browsers POST text/plain, form or typeless bodies to us
// without a CORS preflight. JSON APIs must refuse those (415), so only a same-origin page
// (the widget frame, the dashboard) or a server can call them.

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function freshApp() {
  const test = await createTestApp();
  cleanup = test.close;
  return test;
}

type ErrorBody = { error: { code: string; message: string; requestId: string } };

const emergencyChat = (id: string) => ({
  id,
  clinic: "demo",
  messages: [{ id: "m1", role: "user", parts: [{ type: "text", text: "I fell and my foot is cold and pale" }] }],
});

/** Bodies a cross-site page can send without a preflight. */
const simpleBodies: Array<[string, (json: string) => RequestInit]> = [
  ["text/plain", (json) => ({ headers: { "content-type": "text/plain;charset=UTF-8" }, body: json })],
  ["a form encoding", (json) => ({ headers: { "content-type": "application/x-www-form-urlencoded" }, body: json })],
  [
    "multipart",
    (json) => ({
      headers: { "content-type": "multipart/form-data; boundary=x" },
      body: `--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n${json}\r\n--x--\r\n`,
    }),
  ],
  ["no content type", (json) => ({ body: new Blob([json]) })],
];

describe("JSON endpoints refuse bodies that are not declared as JSON", () => {
  for (const [what, init] of simpleBodies) {
    it(`POST /api/chat with ${what} answers 415 with the JSON error envelope and creates no conversation`, async () => {
      const { app, db } = await freshApp();
      const response = await app.request("/api/chat", {
        method: "POST",
        ...init(JSON.stringify(emergencyChat("cross-site-1"))),
      });
      expect(response.status).toBe(415);
      const body = (await response.json()) as ErrorBody;
      expect(body.error.code).toBe("unsupported_media_type");
      expect(body.error.message).toMatch(/application\/json/);
      expect(body.error.requestId).toBeTruthy();
      expect(await db.select().from(conversations)).toEqual([]);
    });
  }

  it("POST /api/events and /api/triage with text/plain answer 415 and store nothing", async () => {
    const { app, db } = await freshApp();
    const event = await app.request("/api/events", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ clinic: "demo", type: "widget_opened" }),
    });
    expect(event.status).toBe(415);
    expect(await db.select().from(events)).toEqual([]);
    const triage = await app.request("/api/triage", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ age: 30 }),
    });
    expect(triage.status).toBe(415);
  });

  it("POST /api/leads with text/plain answers 415 and records no lead, even with the right visitor token", async () => {
    const { app, db } = await freshApp();
    const client = new TestChatClient(app);
    await client.send();
    const response = await app.request("/api/leads", {
      method: "POST",
      headers: { "content-type": "text/plain", "x-visitor-token": client.token ?? "" },
      body: JSON.stringify({ conversationId: client.id, name: "Fake", email: "fake@example.com", consent: true }),
    });
    expect(response.status).toBe(415);
    expect(await db.select().from(leads)).toEqual([]);
  });

  it("PATCH /api/staff/leads/:id with text/plain answers 415 even with a valid session and CSRF token", async () => {
    const test = await createTwoClinics();
    cleanup = test.close;
    const { leadId } = await conversationWithLead(test);
    const session = await signIn(test, "owner@demo.test");
    const response = await test.app.request(`/api/staff/leads/${leadId}`, {
      method: "PATCH",
      headers: { cookie: session.cookie, "x-csrf-token": session.csrfToken, "content-type": "text/plain" },
      body: JSON.stringify({ status: "closed" }),
    });
    expect(response.status).toBe(415);
    const [lead] = await test.db.select().from(leads);
    expect(lead?.status).toBe("new");
  });

  it("accepts application/json with a charset, and body-less DELETE and POST requests", async () => {
    const { app } = await freshApp();
    const opened = await app.request("/api/chat", {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify({ id: "json-ok", messages: [] }),
    });
    expect(opened.status).toBe(200);
    const client = new TestChatClient(app);
    await client.send();
    const deleted = await app.request(`/api/conversations/${client.id}`, {
      method: "DELETE",
      headers: { "x-visitor-token": client.token ?? "" },
    });
    expect(deleted.status).toBe(200);
  });

  it("the widget frame's own requests (same-origin fetch with JSON) are accepted", async () => {
    const { app } = await freshApp();
    const response = await app.request("/api/events", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "sec-fetch-site": "same-origin",
        "sec-fetch-mode": "cors",
        origin: "http://localhost:8787",
      },
      body: JSON.stringify({ clinic: "demo", type: "widget_opened" }),
    });
    expect(response.status).toBe(204);
  });

  it("a staff API request a browser marks as cross-site is refused, whatever its content type", async () => {
    const test = await createTwoClinics();
    cleanup = test.close;
    const { leadId } = await conversationWithLead(test);
    const session = await signIn(test, "owner@demo.test");
    const response = await test.app.request(`/api/staff/leads/${leadId}`, {
      method: "PATCH",
      headers: {
        cookie: session.cookie,
        "x-csrf-token": session.csrfToken,
        "content-type": "application/json",
        "sec-fetch-site": "cross-site",
      },
      body: JSON.stringify({ status: "closed" }),
    });
    expect(response.status).toBe(403);
  });
});
