import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../db/database.js";
import { webhookDeliveries, webhookOutbox } from "../db/schema.js";

// The dashboard's view of webhook traffic: each event with every attempt made for it.

export interface WebhookActivity {
  id: string;
  event: string;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  deliveredAt: number | null;
  createdAt: number;
  deliveries: Array<{ attempt: number; statusCode: number | null; error: string | null; createdAt: number }>;
}

export async function listWebhookActivity(db: Database, clinicId: string, limit = 50): Promise<WebhookActivity[]> {
  const rows = await db
    .select({
      id: webhookOutbox.id,
      event: webhookOutbox.event,
      status: webhookOutbox.status,
      attempts: webhookOutbox.attempts,
      nextAttemptAt: webhookOutbox.nextAttemptAt,
      lastError: webhookOutbox.lastError,
      deliveredAt: webhookOutbox.deliveredAt,
      createdAt: webhookOutbox.createdAt,
    })
    .from(webhookOutbox)
    .where(eq(webhookOutbox.clinicId, clinicId))
    .orderBy(desc(webhookOutbox.createdAt), desc(webhookOutbox.id))
    .limit(limit);
  if (rows.length === 0) return [];
  const attempts = await db
    .select()
    .from(webhookDeliveries)
    .where(
      inArray(
        webhookDeliveries.outboxId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(webhookDeliveries.attempt));
  return rows.map((row) => ({
    ...row,
    deliveries: attempts
      .filter((delivery) => delivery.outboxId === row.id)
      .map(({ attempt, statusCode, error, createdAt }) => ({ attempt, statusCode, error, createdAt })),
  }));
}
