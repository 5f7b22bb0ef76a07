import { eq, sql } from "drizzle-orm";
import type { Database } from "../db/database.js";
import { rateCounters } from "../db/schema.js";
import { AppError } from "../lib/errors.js";
import { sha256Hex } from "../lib/tokens.js";

// Fixed-window counters of failed logins in rate_counters: 5 failures for one email from one
// address, or 30 from one address for any email, lock that pair/address for the rest of the
// 15-minute window. Checked before the password, so a correct guess during a lock still fails.

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

interface ThrottleKeys {
  pair: string;
  address: string;
}

async function keysFor(email: string, address: string): Promise<ThrottleKeys> {
  // Hashed so the table holds no email addresses.
  return { pair: `login:${await sha256Hex(`${email}|${address}`)}`, address: `login-ip:${await sha256Hex(address)}` };
}

async function current(db: Database, key: string, now: number): Promise<{ count: number; windowStart: number }> {
  const rows = await db.select().from(rateCounters).where(eq(rateCounters.key, key)).limit(1);
  const row = rows[0];
  if (!row || row.windowStart + LOGIN_WINDOW_MS <= now) return { count: 0, windowStart: now };
  return row;
}

/** Throw 429 with Retry-After when this email+address or address is locked. */
export async function assertLoginAllowed(db: Database, email: string, address: string, now: number): Promise<void> {
  const keys = await keysFor(email, address);
  for (const [key, limit] of [[keys.pair, MAX_FAILURES_PER_EMAIL], [keys.address, MAX_FAILURES_PER_ADDRESS]] as const) {
    const { count, windowStart } = await current(db, key, now);
    if (count >= limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + LOGIN_WINDOW_MS - now) / 1000));
      throw new AppError("rate_limited", `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, { retryAfterSeconds });
    }
  }
}

async function increment(db: Database, key: string, now: number): Promise<void> {
  const expired = now - LOGIN_WINDOW_MS;
  // One upsert, so concurrent failures cannot lose a count (no interactive transactions on D1).
  await db
    .insert(rateCounters)
    .values({ key, windowStart: now, count: 1 })
    .onConflictDoUpdate({
      target: rateCounters.key,
      set: {
        count: sql`CASE WHEN ${rateCounters.windowStart} <= ${expired} THEN 1 ELSE ${rateCounters.count} + 1 END`,
        windowStart: sql`CASE WHEN ${rateCounters.windowStart} <= ${expired} THEN ${now} ELSE ${rateCounters.windowStart} END`,
      },
    });
}

export async function recordLoginFailure(db: Database, email: string, address: string, now: number): Promise<void> {
  const keys = await keysFor(email, address);
  await increment(db, keys.pair, now);
  await increment(db, keys.address, now);
}

/** A successful sign-in clears the pair's count (not the address's: other emails still count). */
export async function clearLoginFailures(db: Database, email: string, address: string): Promise<void> {
  const keys = await keysFor(email, address);
  await db.delete(rateCounters).where(eq(rateCounters.key, keys.pair));
}

export async function purgeOldCounters(db: Database, now: number): Promise<void> {
  await db.delete(rateCounters).where(sql`${rateCounters.key} LIKE 'login%' AND ${rateCounters.windowStart} <= ${now - LOGIN_WINDOW_MS}`);
}
