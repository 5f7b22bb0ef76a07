import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { insertClinic } from "../../src/db/clinics.js";
import { clinics, conversations, webhookDeliveries, webhookOutbox } from "../../src/db/schema.js";
import worker from "../../src/worker.js";
import { SIGNATURE_HEADER } from "../../src/webhooks/signature.js";
import { PURGE_CRON, WEBHOOK_CRON } from "../../src/worker/scheduled.js";
import { TestChatClient } from "../helpers/chat-client.js";
import { newVisitorAddress, postJson, testDb, workerAsApp } from "./worker-fetch.js";

// The cron triggers: webhook delivery and the retention purge. The Worker runs in the tests'
// isolate, so stubbing the global fetch stands in for the clinic's receiver: no network.

const DAY = 24 * 60 * 60 * 1000;

/** Runs the entry's scheduled handler as a cron trigger would, waiting for its waitUntil work. */
async function trigger(cron: string): Promise<void> {
  const context = createExecutionContext();
  await worker.scheduled(createScheduledController({ cron, scheduledTime: Date.now() }), env, context);
  await waitOnExecutionContext(context);
}

async function clinicWithLead(webhookUrl: string | null) {
  const db = testDb();
  const clinic = await insertClinic(db, { slug: `cron-${crypto.randomUUID().slice(0, 8)}`, name: "Cron PT" });
  await db
    .update(clinics)
    .set({ webhookUrl, webhookSecret: webhookUrl ? "whsec_test" : null })
    .where(eq(clinics.id, clinic.id));
  const address = newVisitorAddress();
  const client = new TestChatClient(workerAsApp(address), undefined, clinic.slug);
  await client.send();
  await client.send("My right knee hurts on stairs since last month");
  const lead = await postJson(
    "/api/leads",
    { conversationId: client.id, name: "Ari", phone: "+1 555 010 0199", consent: true },
    { "x-visitor-token": client.token ?? "" },
    address,
  );
  expect(lead.status).toBe(201);
  return { db, clinic, client };
}

afterEach(() => {
  vi.restoreAllMocks();
});

function stubReceiver(status: number) {
  return vi.spyOn(globalThis, "fetch").mockImplementation(async () => new Response(null, { status }));
}

describe("the Worker's cron triggers", () => {
  it("delivers a due webhook, signed, on the every-minute trigger", async () => {
    const { db, clinic } = await clinicWithLead("https://hooks.cron.test/knee");
    const [queued] = await db.select().from(webhookOutbox).where(eq(webhookOutbox.clinicId, clinic.id));
    expect(queued).toMatchObject({ event: "lead.created", status: "pending", attempts: 0 });

    const receiver = stubReceiver(204);
    await trigger(WEBHOOK_CRON);

    expect(receiver).toHaveBeenCalledTimes(1);
    const [url, init] = receiver.mock.calls[0] ?? [];
    expect(String(url)).toBe("https://hooks.cron.test/knee");
    const headers = new Headers(init?.headers);
    expect(headers.get("x-knee-event")).toBe("lead.created");
    expect(headers.get(SIGNATURE_HEADER)).toMatch(/v1=[0-9a-f]{64}/);
    const [after] = await db
      .select()
      .from(webhookOutbox)
      .where(eq(webhookOutbox.id, queued?.id ?? ""));
    expect(after).toMatchObject({ status: "delivered", attempts: 1 });
  });

  it("keeps a webhook for a retry when the receiver is down", async () => {
    const { db, clinic } = await clinicWithLead("https://hooks.cron.test/down");
    stubReceiver(503);
    await trigger(WEBHOOK_CRON);

    const [after] = await db.select().from(webhookOutbox).where(eq(webhookOutbox.clinicId, clinic.id));
    expect(after).toMatchObject({ status: "pending", attempts: 1 });
    expect(after?.nextAttemptAt).toBeGreaterThan(Date.now());
    const attempts = await db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.outboxId, after?.id ?? ""));
    expect(attempts).toMatchObject([{ statusCode: 503, error: "HTTP 503" }]);
  });

  it("purges conversations past the clinic's retention on the hourly trigger", async () => {
    const { db, client } = await clinicWithLead(null);
    await db
      .update(conversations)
      .set({ createdAt: Date.now() - 400 * DAY })
      .where(eq(conversations.id, client.id));

    await trigger(PURGE_CRON);
    expect(await db.select().from(conversations).where(eq(conversations.id, client.id))).toHaveLength(0);
  });
});
