import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { clinics, webhookDeliveries, webhookOutbox } from "../../src/db/schema.js";
import { MAX_ATTEMPTS, RETRY_DELAYS_MS, deliverDueWebhooks } from "../../src/webhooks/deliver.js";
import { signatureHeader, verifySignature } from "../../src/webhooks/signature.js";
import { TestChatClient } from "../helpers/chat-client.js";
import { asStaff, conversationWithLead, createTwoClinics, postForm, signIn } from "./staff-helpers.js";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

interface Captured {
  url: string;
  headers: Headers;
  body: string;
}

/** A receiver that answers with the given statuses in turn (or throws for "network"). */
function fakeReceiver(answers: Array<number | "network">) {
  const calls: Captured[] = [];
  const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), headers: new Headers(init?.headers), body: String(init?.body) });
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)];
    if (answer === "network") throw new TypeError("fetch failed: connection refused");
    return new Response("ok", { status: answer });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

async function clinicWithWebhook() {
  const clock = { now: Date.UTC(2026, 4, 5, 8, 0, 0) };
  const test = await createTwoClinics({ now: () => clock.now });
  cleanup = test.close;
  const owner = await signIn(test, "owner@demo.test");
  const saved = await postForm(test, owner, "/staff/settings", {
    _csrf: owner.csrfToken,
    name: test.demo.name,
    brandColor: "#0f766e",
    greeting: "Hello",
    phone: "",
    bookingUrl: "",
    emergencyNumber: "911",
    allowedOrigins: "https://www.stride.example",
    retentionDays: "365",
    webhookUrl: "https://crm.stride.example/hooks/knee",
  });
  expect(saved.status).toBe(303);
  const [clinic] = await test.db.select().from(clinics).where(eq(clinics.id, test.demo.id));
  return { test, clock, owner, secret: clinic?.webhookSecret ?? "" };
}

describe("webhook signatures", () => {
  it("are t=<unix>,v1=<HMAC-SHA256 of 't.body'> and verify only for the same secret, body and a fresh time", async () => {
    const body = JSON.stringify({ hello: "world" });
    const header = await signatureHeader("whsec_test", body, 1_700_000_000);
    expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
    expect(await verifySignature("whsec_test", header, body, 1_700_000_100)).toBe(true);
    expect(await verifySignature("whsec_other", header, body, 1_700_000_100)).toBe(false);
    expect(await verifySignature("whsec_test", header, body.replace("world", "w0rld"), 1_700_000_100)).toBe(false);
    expect(await verifySignature("whsec_test", header, body, 1_700_000_000 + 301)).toBe(false);
    expect(await verifySignature("whsec_test", undefined, body, 1_700_000_000)).toBe(false);
  });
});

describe("webhook delivery", () => {
  it("setting a webhook URL creates a secret; lead.created is delivered signed with it", async () => {
    const { test, clock, secret } = await clinicWithWebhook();
    expect(secret).toMatch(/^whsec_[0-9a-f]{48}$/);
    const { leadId, conversationId } = await conversationWithLead(test);
    const receiver = fakeReceiver([200]);
    const report = await deliverDueWebhooks({ db: test.db, fetch: receiver.fetch, now: () => clock.now });
    expect(report).toEqual({ attempted: 1, delivered: 1, retrying: 0, failed: 0 });
    const [call] = receiver.calls;
    expect(call?.url).toBe("https://crm.stride.example/hooks/knee");
    expect(call?.headers.get("content-type")).toBe("application/json");
    expect(call?.headers.get("x-knee-event")).toBe("lead.created");
    expect(
      await verifySignature(
        secret,
        call?.headers.get("x-knee-signature"),
        call?.body ?? "",
        Math.floor(clock.now / 1000),
      ),
    ).toBe(true);
    const payload = JSON.parse(call?.body ?? "{}") as Record<string, unknown>;
    expect(payload).toMatchObject({
      type: "lead.created",
      clinic: "demo",
      data: { leadId, conversationId, name: "Dana Visitor", fit: "good candidate for PT" },
    });
    expect(Object.keys(payload).sort()).toEqual(["clinic", "createdAt", "data", "id", "type"]);
    const [row] = await test.db.select().from(webhookOutbox);
    expect(row).toMatchObject({ status: "delivered", attempts: 1, deliveredAt: clock.now });
    // Nothing left to send.
    expect((await deliverDueWebhooks({ db: test.db, fetch: receiver.fetch, now: () => clock.now })).attempted).toBe(0);
  });

  it("retries a failing receiver after 1 min, 5 min, 30 min, 2 h and 12 h, logging each attempt, then gives up", async () => {
    const { test, clock } = await clinicWithWebhook();
    await conversationWithLead(test);
    const receiver = fakeReceiver([500, "network", 503, 502, 500, 500, 200]);
    const deliver = () => deliverDueWebhooks({ db: test.db, fetch: receiver.fetch, now: () => clock.now });
    expect((await deliver()).retrying).toBe(1);
    for (const [index, delay] of RETRY_DELAYS_MS.entries()) {
      const [row] = await test.db.select().from(webhookOutbox);
      expect(row?.nextAttemptAt).toBe(clock.now + delay);
      clock.now += delay - 1000;
      expect((await deliver()).attempted, `not yet due before retry ${index + 1}`).toBe(0);
      clock.now += 1000;
      const report = await deliver();
      expect(report.attempted).toBe(1);
      expect(report.failed).toBe(index === RETRY_DELAYS_MS.length - 1 ? 1 : 0);
    }
    const [row] = await test.db.select().from(webhookOutbox);
    expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lastError: "HTTP 500" });
    const attempts = await test.db.select().from(webhookDeliveries);
    expect(attempts.map((attempt) => attempt.attempt).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    // A network failure is shown without its detail, which would map what answers where.
    expect(attempts.find((attempt) => attempt.attempt === 2)).toMatchObject({
      statusCode: null,
      error: "could not deliver: target refused or unreachable",
    });
    clock.now += 48 * 3_600_000;
    expect((await deliver()).attempted).toBe(0);
    expect(receiver.calls).toHaveLength(6);
    // The clock moved days on, so the earlier session has expired: sign in again.
    const page = await (await asStaff(test, await signIn(test, "owner@demo.test"), "GET", "/staff/webhooks")).text();
    expect(page).toContain("lead.created");
    expect(page).toContain("given up");
    expect(page).toContain("could not deliver: target refused or unreachable");
    expect(page).not.toContain("connection refused");
  });

  it("a redirect counts as a failure: the receiver must answer at the configured URL", async () => {
    const { test, clock } = await clinicWithWebhook();
    await conversationWithLead(test);
    const receiver = fakeReceiver([302]);
    expect((await deliverDueWebhooks({ db: test.db, fetch: receiver.fetch, now: () => clock.now })).retrying).toBe(1);
  });

  it("two delivery loops running at once send each event once", async () => {
    const { test, clock } = await clinicWithWebhook();
    await conversationWithLead(test);
    const receiver = fakeReceiver([200]);
    const options = { db: test.db, fetch: receiver.fetch, now: () => clock.now };
    await Promise.all([deliverDueWebhooks(options), deliverDueWebhooks(options)]);
    expect(receiver.calls).toHaveLength(1);
  });

  it("an emergency in the chat queues triage.emergency for a clinic with a webhook, and nothing for one without", async () => {
    const { test, clock, secret } = await clinicWithWebhook();
    for (const clinic of [undefined, "harbour"]) {
      const client = new TestChatClient(test.app, undefined, clinic);
      await client.send();
      await client.send("I fell off my bike and now my foot is cold and looks pale");
    }
    const rows = await test.db.select().from(webhookOutbox);
    expect(rows.map((row) => [row.clinicId, row.event])).toEqual([[test.demo.id, "triage.emergency"]]);
    const receiver = fakeReceiver([204]);
    await deliverDueWebhooks({ db: test.db, fetch: receiver.fetch, now: () => clock.now });
    const body = receiver.calls[0]?.body ?? "";
    expect(JSON.parse(body)).toMatchObject({
      type: "triage.emergency",
      clinic: "demo",
      data: {
        level: "emergency",
        rules: expect.any(Array),
        dashboardUrl: expect.stringContaining("/staff/conversations/"),
      },
    });
    expect(
      await verifySignature(
        secret,
        receiver.calls[0]?.headers.get("x-knee-signature"),
        body,
        Math.floor(clock.now / 1000),
      ),
    ).toBe(true);
  });

  it("rotating the secret signs later deliveries with the new one", async () => {
    const { test, clock, owner, secret } = await clinicWithWebhook();
    expect((await postForm(test, owner, "/staff/settings/rotate-secret", { _csrf: owner.csrfToken })).status).toBe(303);
    const [clinic] = await test.db.select().from(clinics).where(eq(clinics.id, test.demo.id));
    expect(clinic?.webhookSecret).not.toBe(secret);
    await conversationWithLead(test);
    const receiver = fakeReceiver([200]);
    await deliverDueWebhooks({ db: test.db, fetch: receiver.fetch, now: () => clock.now });
    const call = receiver.calls[0];
    expect(
      await verifySignature(
        clinic?.webhookSecret ?? "",
        call?.headers.get("x-knee-signature"),
        call?.body ?? "",
        Math.floor(clock.now / 1000),
      ),
    ).toBe(true);
    expect(
      await verifySignature(
        secret,
        call?.headers.get("x-knee-signature"),
        call?.body ?? "",
        Math.floor(clock.now / 1000),
      ),
    ).toBe(false);
  });
});
