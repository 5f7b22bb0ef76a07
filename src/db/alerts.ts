import { and, desc, eq } from "drizzle-orm";
import type { Database } from "./database.js";
import { newId } from "./database.js";
import { alerts } from "./schema.js";

// Staff alerts: one row per new lead, call-back request or emergency, written in the same
// batch as the event itself so an alert cannot be lost between two writes. Mail delivery
// (src/alerts/) picks pending rows up at once and retries failures.

export type AlertKind = (typeof alerts.$inferSelect)["kind"];
export type AlertRow = typeof alerts.$inferSelect;

export interface NewAlert {
  clinicId: string;
  kind: AlertKind;
  conversationId: string;
  leadId?: string;
  now: number;
}

/** The alert's insert, to batch with the lead or the turn that causes it; a second alert of the same kind for a conversation is ignored. */
export function alertStatement(db: Database, alert: NewAlert) {
  return db
    .insert(alerts)
    .values({
      id: newId(),
      clinicId: alert.clinicId,
      kind: alert.kind,
      conversationId: alert.conversationId,
      leadId: alert.leadId ?? null,
      nextAttemptAt: alert.now,
      createdAt: alert.now,
    })
    .onConflictDoNothing({ target: [alerts.conversationId, alerts.kind] });
}

/** A clinic's alerts, newest first. */
export async function listAlerts(db: Database, clinicId: string, limit = 200): Promise<AlertRow[]> {
  return db.select().from(alerts).where(and(eq(alerts.clinicId, clinicId))).orderBy(desc(alerts.createdAt)).limit(limit);
}
