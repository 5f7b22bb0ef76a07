import { and, asc, desc, eq, lte } from "drizzle-orm";
import type { Database } from "./database.js";
import { newId } from "./database.js";
import { alerts, clinics, conversations, leads } from "./schema.js";
import { visitorTexts } from "./conversations.js";

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
  return db.select().from(alerts).where(eq(alerts.clinicId, clinicId)).orderBy(desc(alerts.createdAt)).limit(limit);
}

/** A pending alert with what its email needs from the clinic. */
export interface DueAlert {
  id: string;
  kind: AlertKind;
  clinicId: string;
  conversationId: string | null;
  leadId: string | null;
  attempts: number;
  nextAttemptAt: number;
  createdAt: number;
  clinicName: string;
  alertEmails: string;
  timeZone: string;
  emergencyNumber: string;
}

/** Pending alerts whose next attempt is due, oldest first. */
export async function dueAlerts(db: Database, now: number, limit: number): Promise<DueAlert[]> {
  return db
    .select({
      id: alerts.id,
      kind: alerts.kind,
      clinicId: alerts.clinicId,
      conversationId: alerts.conversationId,
      leadId: alerts.leadId,
      attempts: alerts.attempts,
      nextAttemptAt: alerts.nextAttemptAt,
      createdAt: alerts.createdAt,
      clinicName: clinics.name,
      alertEmails: clinics.alertEmails,
      timeZone: clinics.timeZone,
      emergencyNumber: clinics.emergencyNumber,
    })
    .from(alerts)
    .innerJoin(clinics, eq(clinics.id, alerts.clinicId))
    .where(and(eq(alerts.mailStatus, "pending"), lte(alerts.nextAttemptAt, now)))
    .orderBy(asc(alerts.nextAttemptAt))
    .limit(limit);
}

/**
 * Take an alert for one delivery attempt: its next attempt moves to `until`, conditional on the
 * value read, so two deliverers (the Node timer and `run-jobs`, two Worker invocations) never
 * mail it twice. A deliverer that dies mid-send leaves it due again at `until`.
 */
export async function claimAlert(
  db: Database,
  alert: Pick<DueAlert, "id" | "nextAttemptAt">,
  until: number,
): Promise<boolean> {
  const claimed = await db
    .update(alerts)
    .set({ nextAttemptAt: until })
    .where(
      and(eq(alerts.id, alert.id), eq(alerts.mailStatus, "pending"), eq(alerts.nextAttemptAt, alert.nextAttemptAt)),
    )
    .returning({ id: alerts.id });
  return claimed.length === 1;
}

export type AlertMailOutcome =
  | { mailStatus: "mailed"; mailedAt: number }
  | { mailStatus: "off" }
  | { mailStatus: "pending"; mailError: string; nextAttemptAt: number }
  | { mailStatus: "failed"; mailError: string };

export async function recordAlertMail(
  db: Database,
  id: string,
  attempts: number,
  outcome: AlertMailOutcome,
): Promise<void> {
  await db
    .update(alerts)
    .set({ ...outcome, attempts, ...(outcome.mailStatus === "mailed" ? { mailError: null } : {}) })
    .where(eq(alerts.id, id));
}

/** What an alert email says about the visitor: the lead's contact, the level, and their first words. */
export interface AlertSubject {
  level: string | null;
  /** What the visitor typed, in order (the first few messages; button presses carry no words). */
  said: string[];
  contact?: { name: string; email: string | null; phone: string | null; preferredTime: string | null };
}

export async function alertSubject(
  db: Database,
  alert: Pick<DueAlert, "conversationId" | "leadId" | "kind" | "clinicId">,
): Promise<AlertSubject> {
  const lead = alert.leadId
    ? (
        await db
          .select()
          .from(leads)
          .where(and(eq(leads.id, alert.leadId), eq(leads.clinicId, alert.clinicId)))
          .limit(1)
      )[0]
    : undefined;
  let level: string | null = alert.kind === "emergency" ? "emergency" : (lead?.level ?? null);
  let said: string[] = [];
  if (alert.conversationId) {
    const conversation = (
      await db
        .select({ level: conversations.level })
        .from(conversations)
        .where(eq(conversations.id, alert.conversationId))
        .limit(1)
    )[0];
    level ??= conversation?.level ?? null;
    said = await visitorTexts(db, alert.conversationId);
  }
  return {
    level,
    said,
    ...(lead
      ? { contact: { name: lead.name, email: lead.email, phone: lead.phone, preferredTime: lead.preferredTime } }
      : {}),
  };
}
