import { and, eq, isNotNull, ne, sql } from "drizzle-orm";
import type { Database } from "../db/database.js";
import { newId } from "../db/database.js";
import { clinics, webhookOutbox } from "../db/schema.js";

// Events are written to webhook_outbox in the same batch as the change they describe, and a
// separate loop delivers them, so a slow or broken receiver never slows or breaks a visitor.

export type WebhookEventType = "lead.created" | "triage.emergency" | "lead.booked" | "lead.booking_cancelled";

export interface WebhookEnvelope {
  id: string;
  type: WebhookEventType;
  createdAt: string;
  clinic: string;
  data: Record<string, unknown>;
}

export interface WebhookEvent {
  clinicId: string;
  clinicSlug: string;
  type: WebhookEventType;
  data: Record<string, unknown>;
  now: number;
}

/**
 * One INSERT … SELECT that writes the row only when the clinic has a webhook URL, so it can sit
 * in a write batch without a read first (D1 has no interactive transactions).
 */
export function enqueueWebhookStatement(db: Database, event: WebhookEvent) {
  const id = newId();
  const envelope: WebhookEnvelope = {
    id,
    type: event.type,
    createdAt: new Date(event.now).toISOString(),
    clinic: event.clinicSlug,
    data: event.data,
  };
  return db.insert(webhookOutbox).select(
    db
      .select({
        id: sql<string>`${id}`.as("id"),
        clinicId: clinics.id,
        event: sql<string>`${event.type}`.as("event"),
        payload: sql<string>`${JSON.stringify(envelope)}`.as("payload"),
        status: sql<"pending">`'pending'`.as("status"),
        attempts: sql<number>`0`.as("attempts"),
        nextAttemptAt: sql<number>`${event.now}`.as("next_attempt_at"),
        lastError: sql<null>`NULL`.as("last_error"),
        deliveredAt: sql<null>`NULL`.as("delivered_at"),
        createdAt: sql<number>`${event.now}`.as("created_at"),
      })
      .from(clinics)
      .where(and(eq(clinics.id, event.clinicId), isNotNull(clinics.webhookUrl), ne(clinics.webhookUrl, ""))),
  );
}

export async function enqueueWebhook(db: Database, event: WebhookEvent): Promise<void> {
  await enqueueWebhookStatement(db, event);
}

/**
 * The outbox row for a clinic's `triage.emergency` webhook, written in the same batch as the
 * chat turn that reached the emergency, so the event cannot be lost between the two writes.
 */
export function triageEmergencyStatement(
  db: Database,
  input: {
    clinicId: string;
    clinicSlug: string;
    conversationId: string;
    disposition: { level: string; action: string; rulesetVersion: string; reasons: Array<{ rule: string }> };
    baseUrl?: string;
    now: number;
  },
) {
  return enqueueWebhookStatement(db, {
    clinicId: input.clinicId,
    clinicSlug: input.clinicSlug,
    type: "triage.emergency",
    now: input.now,
    data: {
      conversationId: input.conversationId,
      level: input.disposition.level,
      action: input.disposition.action,
      rules: input.disposition.reasons.map((reason) => reason.rule),
      rulesetVersion: input.disposition.rulesetVersion,
      ...(input.baseUrl
        ? { dashboardUrl: `${input.baseUrl}/staff/conversations/${encodeURIComponent(input.conversationId)}` }
        : {}),
    },
  });
}
