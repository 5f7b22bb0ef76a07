import { and, eq, gt, sql } from "drizzle-orm";
import type { Database } from "../db/database.js";
import { rateCounters } from "../db/schema.js";
import { AppError } from "../lib/errors.js";
import { sha256Hex } from "../lib/tokens.js";

// Fixed-window counters of sign-in attempts in rate_counters: 5 for one email from one address,
// or 30 from one address for any email, lock that pair/address for the rest of the 15-minute
// window. An attempt is counted before its password is checked, in one statement that also
// returns the new counts, so a burst of parallel guesses cannot all be checked against the
// same old count; a right password gives its attempt back afterwards.

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

/**
 * Count this attempt against the email+address pair and the address, then refuse (429 with
 * Retry-After) when either count is past its limit. One INSERT … ON CONFLICT DO UPDATE …
 * RETURNING: atomic on SQLite and on D1, which has no interactive transactions. Refused
 * attempts count too; they never move the window, so a lock still ends on time.
 */
export async function reserveLoginAttempt(db: Database, email: string, address: string, now: number): Promise<void> {
  const keys = await keysFor(email, address);
  const expired = now - LOGIN_WINDOW_MS;
  const counts = await db
    .insert(rateCounters)
    .values([
      { key: keys.pair, windowStart: now, count: 1 },
      { key: keys.address, windowStart: now, count: 1 },
    ])
    .onConflictDoUpdate({
      target: rateCounters.key,
      set: {
        count: sql`CASE WHEN ${rateCounters.windowStart} <= ${expired} THEN 1 ELSE ${rateCounters.count} + 1 END`,
        windowStart: sql`CASE WHEN ${rateCounters.windowStart} <= ${expired} THEN ${now} ELSE ${rateCounters.windowStart} END`,
      },
    })
    .returning();
  for (const counter of counts) {
    const limit = counter.key === keys.pair ? MAX_FAILURES_PER_EMAIL : MAX_FAILURES_PER_ADDRESS;
    if (counter.count > limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil((counter.windowStart + LOGIN_WINDOW_MS - now) / 1000));
      throw new AppError(
        "rate_limited",
        `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
        { retryAfterSeconds },
      );
    }
  }
}

/** A right password: the pair starts again, and the address gets its attempt back. */
export async function releaseLoginAttempt(db: Database, email: string, address: string): Promise<void> {
  const keys = await keysFor(email, address);
  await db.delete(rateCounters).where(eq(rateCounters.key, keys.pair));
  await db
    .update(rateCounters)
    .set({ count: sql`${rateCounters.count} - 1` })
    .where(and(eq(rateCounters.key, keys.address), gt(rateCounters.count, 0)));
}

export async function purgeOldCounters(db: Database, now: number): Promise<void> {
  await db
    .delete(rateCounters)
    .where(sql`${rateCounters.key} LIKE 'login%' AND ${rateCounters.windowStart} <= ${now - LOGIN_WINDOW_MS}`);
}
