import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { purgeExpiredConversations } from "../../src/jobs/retention.js";
import {
  auditLog,
  clinics,
  conversations,
  dispositions,
  events,
  intakeSnapshots,
  leads,
  messages,
  staffSessions,
  webhookOutbox,
} from "../../src/db/schema.js";
import { startBackgroundJobs } from "../../src/staff/background-jobs.js";
import { conversationWithLead, createTwoClinics, signIn } from "./staff-helpers.js";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const DAY = 24 * 60 * 60 * 1000;

async function twoClinicsWithConversations() {
  const clock = { now: Date.UTC(2026, 0, 10, 12, 0, 0) };
  const test = await createTwoClinics({ now: () => clock.now });
  cleanup = test.close;
  await test.db
    .update(clinics)
    .set({ retentionDays: 30, webhookUrl: "https://hooks.harbour.test/", webhookSecret: "whsec_h" })
    .where(eq(clinics.id, test.other.id));
  const demo = await conversationWithLead(test);
  const harbour = await conversationWithLead(test, { clinic: "harbour" });
  return { test, clock, demo, harbour };
}

async function countFor(test: Awaited<ReturnType<typeof createTwoClinics>>, conversationId: string) {
  const byConversation = async (
    table: typeof messages | typeof intakeSnapshots | typeof dispositions | typeof events | typeof leads,
  ) => (await test.db.select().from(table).where(eq(table.conversationId, conversationId))).length;
  return {
    conversation: (await test.db.select().from(conversations).where(eq(conversations.id, conversationId))).length,
    messages: await byConversation(messages),
    snapshots: await byConversation(intakeSnapshots),
    dispositions: await byConversation(dispositions),
    events: await byConversation(events),
    leads: await byConversation(leads),
  };
}

describe("the retention purge", () => {
  it("deletes conversations older than each clinic's own retention, with everything hanging off them", async () => {
    const { test, clock, demo, harbour } = await twoClinicsWithConversations();
    expect((await countFor(test, harbour.conversationId)).messages).toBeGreaterThan(0);

    clock.now += 29 * DAY;
    expect(await purgeExpiredConversations(test.db, clock.now)).toEqual({
      conversations: 0,
      leads: 0,
      webhookEvents: 0,
      widgetEvents: 0,
    });

    clock.now += 2 * DAY;
    const report = await purgeExpiredConversations(test.db, clock.now);
    expect(report).toEqual({ conversations: 1, leads: 0, webhookEvents: 1, widgetEvents: 0 });
    expect(await countFor(test, harbour.conversationId)).toEqual({
      conversation: 0,
      messages: 0,
      snapshots: 0,
      dispositions: 0,
      events: 0,
      leads: 0,
    });
    expect((await countFor(test, demo.conversationId)).conversation).toBe(1);
    expect((await countFor(test, demo.conversationId)).leads).toBe(1);
    expect(await test.db.select().from(webhookOutbox)).toHaveLength(0);

    clock.now += 340 * DAY;
    expect((await purgeExpiredConversations(test.db, clock.now)).conversations).toBe(1);
    expect(await countFor(test, demo.conversationId)).toEqual({
      conversation: 0,
      messages: 0,
      snapshots: 0,
      dispositions: 0,
      events: 0,
      leads: 0,
    });
  });

  it("leaves an audit entry with counts, not contents, for each clinic it purged", async () => {
    const { test, clock, harbour } = await twoClinicsWithConversations();
    clock.now += 31 * DAY;
    await purgeExpiredConversations(test.db, clock.now);
    const entries = await test.db.select().from(auditLog).where(eq(auditLog.action, "retention_purge"));
    expect(entries).toHaveLength(1);
    expect(entries[0]?.clinicId).toBe(test.other.id);
    expect(JSON.parse(entries[0]?.detail ?? "{}")).toEqual({
      conversations: 1,
      leads: 0,
      webhookEvents: 1,
      widgetEvents: 0,
      retentionDays: 30,
    });
    expect(entries[0]?.detail).not.toContain(harbour.conversationId);
  });

  it("also clears expired staff sessions", async () => {
    const { test, clock } = await twoClinicsWithConversations();
    await signIn(test, "owner@demo.test");
    clock.now += 13 * 60 * 60 * 1000;
    await purgeExpiredConversations(test.db, clock.now);
    expect(await test.db.select().from(staffSessions)).toHaveLength(0);
  });

  it("runs when the server's background jobs start", async () => {
    const { test, clock, harbour } = await twoClinicsWithConversations();
    clock.now += 31 * DAY;
    const jobs = await startBackgroundJobs({
      db: test.db,
      fetch: (() => Promise.reject(new Error("no network in tests"))) as typeof fetch,
      now: () => clock.now,
    });
    jobs.stop();
    expect((await countFor(test, harbour.conversationId)).conversation).toBe(0);
  });
});
