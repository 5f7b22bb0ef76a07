import type { Database } from "../db/database.js";
import { deleteSession, extendSession, findSession, insertSession, type SessionRecord } from "../db/staff.js";
import { hmacSha256Hex, randomToken, sha256Hex } from "../lib/tokens.js";

// Opaque session tokens: the browser holds the token, the database only its hash (a stolen
// database copy cannot be replayed as a cookie). With SESSION_SECRET set the hash is an HMAC
// keyed with it (a pepper kept out of the database): rotating the secret signs every staff
// member out at once, the clinic's lever after a suspected leak.

export const SESSION_COOKIE = "knee_staff";
/** Idle expiry: a session unused for 12 hours ends. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** Absolute cap: even an active session ends after 7 days. */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** Only push the idle expiry forward when it moved this much, to avoid a write per request. */
const EXTEND_STEP_MS = 5 * 60 * 1000;

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: number;
}

/** What the database keeps of a session token. */
async function tokenHashOf(token: string, secret: string | undefined): Promise<string> {
  return secret ? hmacSha256Hex(secret, token) : sha256Hex(token);
}

export async function createSession(
  db: Database,
  staffId: string,
  now: number,
  secret: string | undefined,
): Promise<NewSession> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = now + SESSION_IDLE_MS;
  await insertSession(db, { tokenHash: await tokenHashOf(token, secret), staffId, csrfToken, expiresAt, now });
  return { token, csrfToken, expiresAt };
}

/** The live session for a token, or undefined (unknown, expired, or the account is disabled). */
export async function resolveSession(
  db: Database,
  token: string | undefined,
  now: number,
  secret: string | undefined,
): Promise<SessionRecord | undefined> {
  if (!token || token.length > 200) return undefined;
  const tokenHash = await tokenHashOf(token, secret);
  const session = await findSession(db, tokenHash);
  if (!session) return undefined;
  if (session.expiresAt <= now || now - session.createdAt >= SESSION_MAX_MS || session.staff.disabled) {
    await deleteSession(db, tokenHash);
    return undefined;
  }
  const extended = Math.min(now + SESSION_IDLE_MS, session.createdAt + SESSION_MAX_MS);
  if (extended - session.expiresAt >= EXTEND_STEP_MS) {
    await extendSession(db, tokenHash, extended);
    return { ...session, expiresAt: extended };
  }
  return session;
}

export async function endSession(db: Database, token: string, secret: string | undefined): Promise<void> {
  await deleteSession(db, await tokenHashOf(token, secret));
}
