import { and, eq, lt } from "drizzle-orm";
import { auditStatement } from "./audit.js";
import type { Database } from "./database.js";
import { clinics, conversations, leads, webhookOutbox } from "./schema.js";
import { deleteExpiredSessions } from "./staff.js";
import { purgeOldCounters } from "../staff/login-throttle.js";

// Each clinic keeps conversations for its own retentionDays. Deleting a conversation cascades
// to its messages, intake snapshots, dispositions, events and lead; outbox rows hold contact
// details too, so they go on the same clock. The audit log stays: it names ids, not people.

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PurgeReport {
  conversations: number;
  leads: number;
  webhookEvents: number;
}

export async function purgeExpiredConversations(db: Database, now: number): Promise<PurgeReport> {
  const report: PurgeReport = { conversations: 0, leads: 0, webhookEvents: 0 };
  const all = await db.select({ id: clinics.id, retentionDays: clinics.retentionDays }).from(clinics);
  for (const clinic of all) {
    const cutoff = now - Math.max(1, clinic.retentionDays) * DAY_MS;
    const removed = await db
      .delete(conversations)
      .where(and(eq(conversations.clinicId, clinic.id), lt(conversations.createdAt, cutoff)))
      .returning({ id: conversations.id });
    // Leads normally go with their conversation; this catches any left without one.
    const orphanLeads = await db.delete(leads).where(and(eq(leads.clinicId, clinic.id), lt(leads.createdAt, cutoff))).returning({ id: leads.id });
    const outbox = await db
      .delete(webhookOutbox)
      .where(and(eq(webhookOutbox.clinicId, clinic.id), lt(webhookOutbox.createdAt, cutoff)))
      .returning({ id: webhookOutbox.id });
    report.conversations += removed.length;
    report.leads += orphanLeads.length;
    report.webhookEvents += outbox.length;
    if (removed.length + orphanLeads.length + outbox.length > 0) {
      await auditStatement(db, {
        clinicId: clinic.id,
        action: "retention_purge",
        detail: { conversations: removed.length, leads: orphanLeads.length, webhookEvents: outbox.length, retentionDays: clinic.retentionDays },
        now,
      });
    }
  }
  await deleteExpiredSessions(db, now);
  await purgeOldCounters(db, now);
  return report;
}
