import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { insertClinic } from "../../src/db/clinics.js";
import { alerts, clinics } from "../../src/db/schema.js";
import worker from "../../src/worker.js";
import { TestChatClient } from "../helpers/chat-client.js";
import { newVisitorAddress, ORIGIN, testDb } from "./worker-fetch.js";

// On Workers an emergency's alert is written with the turn and delivered from the request's own
// ctx.waitUntil (worker-alert-delivery.ts), not left for the cron. There is no mailer on
// Workers yet, so delivery marks it "off"; it is still listed for staff.

/** The Worker's fetch entry with an execution context per request, kept so the test can wait for its waitUntil work. */
function workerWithContexts(address: string) {
  const contexts: Array<ReturnType<typeof createExecutionContext>> = [];
  /** Work handed to a request's waitUntil (only alert delivery does that on the request path). */
  const handedOver: Array<Promise<unknown>> = [];
  const app = {
    request: (url: string, init?: RequestInit) => {
      const context = createExecutionContext();
      contexts.push(context);
      const recording = {
        waitUntil: (promise: Promise<unknown>) => (handedOver.push(promise), context.waitUntil(promise)),
        passThroughOnException: () => context.passThroughOnException(),
        props: {},
      };
      const request = new Request(new URL(url, ORIGIN), init);
      request.headers.set("cf-connecting-ip", address);
      return worker.fetch(request, env, recording);
    },
  } as unknown as App;
  return { app, handedOver, settled: () => Promise.all(contexts.map((context) => waitOnExecutionContext(context))) };
}

describe("staff alerts on Workers", () => {
  it("an emergency writes one alert, delivered under the request's waitUntil (mail off without a mailer)", async () => {
    const db = testDb();
    const clinic = await insertClinic(db, { slug: `alerts-${crypto.randomUUID().slice(0, 8)}`, name: "Alert PT" });
    await db.update(clinics).set({ alertEmails: '["desk@alert-pt.example"]' }).where(eq(clinics.id, clinic.id));
    const { app, settled, handedOver } = workerWithContexts(newVisitorAddress());
    const client = new TestChatClient(app, undefined, clinic.slug);
    await client.send();
    await client.send("I fell off my bike and now my foot is cold and looks pale");
    expect(handedOver).toHaveLength(1);
    await client.send("what now");
    await settled();
    const rows = await db.select().from(alerts).where(eq(alerts.clinicId, clinic.id));
    expect(rows).toEqual([
      expect.objectContaining({ kind: "emergency", conversationId: client.id, mailStatus: "off" }),
    ]);
  });

  it("a routine conversation writes no alert", async () => {
    const db = testDb();
    const clinic = await insertClinic(db, { slug: `alerts-${crypto.randomUUID().slice(0, 8)}`, name: "Alert PT" });
    const { app, settled, handedOver } = workerWithContexts(newVisitorAddress());
    const client = new TestChatClient(app, undefined, clinic.slug);
    await client.send();
    await client.send("My right knee hurts on stairs since last month");
    await settled();
    expect(handedOver).toHaveLength(0);
    expect(await db.select().from(alerts).where(eq(alerts.clinicId, clinic.id))).toEqual([]);
  });
});
