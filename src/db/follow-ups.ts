import { and, asc, eq, gt, isNotNull, isNull, lte, ne, sql } from "drizzle-orm";
import { newId, type Database } from "./database.js";
import { clinics, followUps, leads } from "./schema.js";

// "Did you get seen?" follow-ups: a row per lead with consent and an email, `followUpDays` after
// the lead. Only the SHA-256 of the emailed token is stored; each send attempt puts a fresh
// token's hash in place first (the conditional update is also the claim), so a token that
// never left in an email can never open the page.

export const DAY_MS = 24 * 60 * 60 * 1000;
/** A link works this long after it is sent; a lead whose follow-up fell due longer ago than this is not followed up. */
export const FOLLOW_UP_VALID_MS = 30 * DAY_MS;

export type FollowUpRow = typeof followUps.$inferSelect;

export interface FollowUpAnswer {
  seen: "yes" | "no" | "not_yet";
  place?: "emergency_department" | "urgent_care" | "doctor" | "physical_therapist" | "other";
  where?: string;
}

/** Insert the follow-up rows that have fallen due; returns how many. */
export async function createDueFollowUps(db: Database, now: number, tokenHash: () => Promise<string>): Promise<number> {
  const dueAt = sql<number>`${leads.createdAt} + ${clinics.followUpDays} * ${DAY_MS}`;
  const candidates = await db
    .select({ leadId: leads.id, clinicId: leads.clinicId, dueAt })
    .from(leads)
    .innerJoin(clinics, eq(clinics.id, leads.clinicId))
    .leftJoin(followUps, eq(followUps.leadId, leads.id))
    .where(
      and(
        isNull(followUps.id),
        gt(clinics.followUpDays, 0),
        isNotNull(leads.email),
        ne(leads.email, ""),
        isNotNull(leads.consentAt),
        lte(dueAt, now),
        // Turning follow-ups on (or a server that was off for weeks) does not mail old leads.
        gt(dueAt, now - FOLLOW_UP_VALID_MS),
      ),
    )
    .limit(100);
  for (const candidate of candidates) {
    await db
      .insert(followUps)
      .values({
        id: newId(),
        clinicId: candidate.clinicId,
        leadId: candidate.leadId,
        tokenHash: await tokenHash(),
        dueAt: candidate.dueAt,
        expiresAt: candidate.dueAt + FOLLOW_UP_VALID_MS,
        createdAt: now,
      })
      .onConflictDoNothing();
  }
  return candidates.length;
}

export interface DueFollowUp {
  id: string;
  tokenHash: string;
  dueAt: number;
  expiresAt: number;
  name: string;
  email: string | null;
  clinicName: string;
  followUpDays: number;
  leadCreatedAt: number;
}

export async function dueFollowUps(db: Database, now: number, limit: number): Promise<DueFollowUp[]> {
  return db
    .select({
      id: followUps.id,
      tokenHash: followUps.tokenHash,
      dueAt: followUps.dueAt,
      expiresAt: followUps.expiresAt,
      name: leads.name,
      email: leads.email,
      clinicName: clinics.name,
      followUpDays: clinics.followUpDays,
      leadCreatedAt: leads.createdAt,
    })
    .from(followUps)
    .innerJoin(leads, eq(leads.id, followUps.leadId))
    .innerJoin(clinics, eq(clinics.id, followUps.clinicId))
    .where(and(isNull(followUps.sentAt), lte(followUps.dueAt, now), gt(followUps.expiresAt, now)))
    .orderBy(asc(followUps.dueAt))
    .limit(limit);
}

/** Swap in the hash of the token about to be mailed; false when another sender got there first. */
export async function claimFollowUp(
  db: Database,
  row: Pick<DueFollowUp, "id" | "tokenHash">,
  tokenHash: string,
  until: number,
): Promise<boolean> {
  const claimed = await db
    .update(followUps)
    .set({ tokenHash, dueAt: until })
    .where(and(eq(followUps.id, row.id), eq(followUps.tokenHash, row.tokenHash), isNull(followUps.sentAt)))
    .returning({ id: followUps.id });
  return claimed.length === 1;
}

export async function markFollowUpSent(db: Database, id: string, now: number): Promise<void> {
  await db
    .update(followUps)
    .set({ sentAt: now, expiresAt: now + FOLLOW_UP_VALID_MS, mailError: null })
    .where(eq(followUps.id, id));
}

export async function markFollowUpNotSent(db: Database, id: string, mailError: string, retryAt: number): Promise<void> {
  await db.update(followUps).set({ mailError, dueAt: retryAt }).where(eq(followUps.id, id));
}

export interface FollowUpView extends FollowUpRow {
  clinicName: string;
}

export async function findFollowUpByTokenHash(db: Database, tokenHash: string): Promise<FollowUpView | undefined> {
  const rows = await db
    .select({ followUp: followUps, clinicName: clinics.name })
    .from(followUps)
    .innerJoin(clinics, eq(clinics.id, followUps.clinicId))
    .where(eq(followUps.tokenHash, tokenHash))
    .limit(1);
  const row = rows[0];
  return row ? { ...row.followUp, clinicName: row.clinicName } : undefined;
}

/** Record the answer once: only a sent, unused, unexpired link; false otherwise. */
export async function recordFollowUpAnswer(
  db: Database,
  tokenHash: string,
  answer: FollowUpAnswer,
  now: number,
): Promise<boolean> {
  const updated = await db
    .update(followUps)
    .set({ usedAt: now, answer: JSON.stringify(answer) })
    .where(
      and(
        eq(followUps.tokenHash, tokenHash),
        isNull(followUps.usedAt),
        isNotNull(followUps.sentAt),
        gt(followUps.expiresAt, now),
      ),
    )
    .returning({ id: followUps.id });
  return updated.length === 1;
}

export async function findFollowUpForLead(
  db: Database,
  clinicId: string,
  leadId: string,
): Promise<FollowUpRow | undefined> {
  const rows = await db
    .select()
    .from(followUps)
    .where(and(eq(followUps.leadId, leadId), eq(followUps.clinicId, clinicId)))
    .limit(1);
  return rows[0];
}

export function parseFollowUpAnswer(json: string | null): FollowUpAnswer | undefined {
  if (!json) return undefined;
  try {
    return JSON.parse(json) as FollowUpAnswer;
  } catch {
    return undefined;
  }
}
