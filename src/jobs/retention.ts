import { and, eq, lt } from "drizzle-orm";
import { auditStatement } from "../db/audit.js";
import type { Database } from "../db/database.js";
import { clinics, conversations, events, leads, webhookOutbox } from "../db/schema.js";
import { deleteExpiredSessions } from "../db/staff.js";
import { purgeOldCounters } from "../staff/login-throttle.js";

// Each clinic keeps conversations for its own retentionDays. Deleting a conversation cascades
// to its messages, intake snapshots, dispositions, events and lead; outbox rows hold contact
// details too, and the widget's funnel events (no conversation to cascade from) would pile up
// for ever, so both go on the same clock. The audit log stays: it names ids, not people.

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PurgeReport {
  conversations: number;
  leads: number;
  webhookEvents: number;
  widgetEvents: number;
}

export async function purgeExpiredConversations(db: Database, now: number): Promise<PurgeReport> {
  const report: PurgeReport = { conversations: 0, leads: 0, webhookEvents: 0, widgetEvents: 0 };
  const all = await db.select({ id: clinics.id, retentionDays: clinics.retentionDays }).from(clinics);
  for (const clinic of all) {
    const cutoff = now - Math.max(1, clinic.retentionDays) * DAY_MS;
    const removed = await db
      .delete(conversations)
      .where(and(eq(conversations.clinicId, clinic.id), lt(conversations.createdAt, cutoff)))
      .returning({ id: conversations.id });
    // Leads normally go with their conversation; this catches any left without one.
    const orphanLeads = await db
      .delete(leads)
      .where(and(eq(leads.clinicId, clinic.id), lt(leads.createdAt, cutoff)))
      .returning({ id: leads.id });
    const outbox = await db
      .delete(webhookOutbox)
      .where(and(eq(webhookOutbox.clinicId, clinic.id), lt(webhookOutbox.createdAt, cutoff)))
      .returning({ id: webhookOutbox.id });
    // A conversation's own events went with it above; what is left is the widget's.
    const widgetEvents = await db
      .delete(events)
      .where(and(eq(events.clinicId, clinic.id), lt(events.createdAt, cutoff)))
      .returning({ id: events.id });
    report.conversations += removed.length;
    report.leads += orphanLeads.length;
    report.webhookEvents += outbox.length;
    report.widgetEvents += widgetEvents.length;
    if (removed.length + orphanLeads.length + outbox.length + widgetEvents.length > 0) {
      await auditStatement(db, {
        clinicId: clinic.id,
        action: "retention_purge",
        detail: {
          conversations: removed.length,
          leads: orphanLeads.length,
          webhookEvents: outbox.length,
          widgetEvents: widgetEvents.length,
          retentionDays: clinic.retentionDays,
        },
        now,
      });
    }
  }
  await deleteExpiredSessions(db, now);
  await purgeOldCounters(db, now);
  return report;
}
