import { and, asc, eq, lte } from "drizzle-orm";
import type { Database } from "../db/database.js";
import { newId } from "../db/database.js";
import { clinics, webhookDeliveries, webhookOutbox } from "../db/schema.js";
import { writeTogether } from "../db/write-together.js";
import { SIGNATURE_HEADER, signatureHeader } from "./signature.js";
import { DELIVERY_REFUSED, publicTargets, webhookTargetProblem, type WebhookTargetPolicy } from "./target-policy.js";

// Delivers due outbox rows. The first attempt is immediate; after a failure the row waits
// 1 min, 5 min, 30 min, 2 h, then 12 h; a sixth failure marks it failed. Every attempt is
// logged in webhook_deliveries. fetch and the clock are injected so tests need no network.
// The target is checked against the address policy before every attempt (a URL saved before
// the policy existed is refused too), and staff see one generic message for any failure to
// connect: a raw network error would tell them which internal ports are open.

export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 12 * 3_600_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** A claimed row is hidden from other deliverers this long, so two loops never double-send. */
const CLAIM_MS = 2 * 60_000;

export interface DeliveryOptions {
  db: Database;
  fetch: typeof fetch;
  now: () => number;
  limit?: number;
  timeoutMs?: number;
  /** Where deliveries may go; public addresses only unless a test relaxes it. */
  targets?: WebhookTargetPolicy;
}

export interface DeliveryReport {
  attempted: number;
  delivered: number;
  retrying: number;
  failed: number;
}

type DueRow = {
  id: string;
  payload: string;
  event: string;
  attempts: number;
  nextAttemptAt: number;
  url: string | null;
  secret: string | null;
};

async function claim(db: Database, row: DueRow, now: number): Promise<boolean> {
  const claimed = await db
    .update(webhookOutbox)
    .set({ nextAttemptAt: now + CLAIM_MS })
    .where(
      and(
        eq(webhookOutbox.id, row.id),
        eq(webhookOutbox.status, "pending"),
        eq(webhookOutbox.nextAttemptAt, row.nextAttemptAt),
      ),
    )
    .returning({ id: webhookOutbox.id });
  return claimed.length === 1;
}

async function attempt(
  row: DueRow,
  options: DeliveryOptions,
  now: number,
): Promise<{ statusCode: number | null; error: string | null }> {
  if (!row.url || !row.secret) return { statusCode: null, error: "The clinic has no webhook URL or secret any more." };
  const problem = webhookTargetProblem(row.url, options.targets ?? publicTargets({ httpsOnly: false }));
  if (problem) {
    console.warn(`webhook ${row.id} not sent: ${problem}`);
    return { statusCode: null, error: DELIVERY_REFUSED };
  }
  try {
    const response = await options.fetch(row.url, {
      method: "POST",
      // Redirects are not followed: a receiver must answer at the URL the clinic configured.
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      headers: {
        "content-type": "application/json",
        "user-agent": "knee-triage-webhooks/1",
        "x-knee-event": row.event,
        "x-knee-delivery": row.id,
        [SIGNATURE_HEADER]: await signatureHeader(row.secret, row.payload, Math.floor(now / 1000)),
      },
      body: row.payload,
    });
    await response.body?.cancel().catch(() => undefined);
    return response.ok
      ? { statusCode: response.status, error: null }
      : { statusCode: response.status, error: `HTTP ${response.status}` };
  } catch (error) {
    console.warn(`webhook ${row.id} not delivered:`, error instanceof Error ? error.message : error);
    return { statusCode: null, error: DELIVERY_REFUSED };
  }
}

export async function deliverDueWebhooks(options: DeliveryOptions): Promise<DeliveryReport> {
  const { db } = options;
  const report: DeliveryReport = { attempted: 0, delivered: 0, retrying: 0, failed: 0 };
  const due: DueRow[] = await db
    .select({
      id: webhookOutbox.id,
      payload: webhookOutbox.payload,
      event: webhookOutbox.event,
      attempts: webhookOutbox.attempts,
      nextAttemptAt: webhookOutbox.nextAttemptAt,
      url: clinics.webhookUrl,
      secret: clinics.webhookSecret,
    })
    .from(webhookOutbox)
    .innerJoin(clinics, eq(clinics.id, webhookOutbox.clinicId))
    .where(and(eq(webhookOutbox.status, "pending"), lte(webhookOutbox.nextAttemptAt, options.now())))
    .orderBy(asc(webhookOutbox.nextAttemptAt))
    .limit(options.limit ?? 25);

  for (const row of due) {
    if (!(await claim(db, row, options.now()))) continue;
    const started = options.now();
    const result = await attempt(row, options, started);
    const attemptNumber = row.attempts + 1;
    const finished = options.now();
    report.attempted += 1;
    const delay = RETRY_DELAYS_MS[attemptNumber - 1];
    const outcome =
      result.error === null
        ? { status: "delivered" as const, deliveredAt: finished, lastError: null, nextAttemptAt: row.nextAttemptAt }
        : delay !== undefined && row.url
          ? { status: "pending" as const, lastError: result.error, nextAttemptAt: finished + delay }
          : { status: "failed" as const, lastError: result.error, nextAttemptAt: row.nextAttemptAt };
    report[outcome.status === "delivered" ? "delivered" : outcome.status === "pending" ? "retrying" : "failed"] += 1;
    await writeTogether(db, [
      db.insert(webhookDeliveries).values({
        id: newId(),
        outboxId: row.id,
        attempt: attemptNumber,
        statusCode: result.statusCode,
        error: result.error,
        createdAt: finished,
      }),
      db
        .update(webhookOutbox)
        .set({ ...outcome, attempts: attemptNumber })
        .where(eq(webhookOutbox.id, row.id)),
    ]);
  }
  return report;
}
