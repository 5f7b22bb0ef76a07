import type { AppDeps } from "../app-deps.js";
import { recordAudit } from "../db/audit.js";
import {
  findStaffAccountsByEmail,
  findStaffMember,
  normalizeEmail,
  type StaffMember,
  type StaffRow,
} from "../db/staff.js";
import { AppError } from "../lib/errors.js";
import { releaseLoginAttempt, reserveLoginAttempt } from "./login-throttle.js";
import { decoyPasswordHash, verifyPassword } from "./password.js";
import { createSession, type NewSession } from "./sessions.js";
import { nowOf } from "./staff-auth.js";

// Sign-in shared by the JSON API and the HTML form. One message for an unknown email and a
// wrong password, and the same PBKDF2 work for both, so neither reveals who has an account.
// An email may have an account at several clinics: the password says which one opens.

export const WRONG_CREDENTIALS = "Wrong email or password.";

export async function logIn(
  deps: AppDeps,
  input: { email: string; password: string; address: string },
): Promise<{ staff: StaffMember; session: NewSession }> {
  const email = normalizeEmail(input.email);
  const now = nowOf(deps);
  // Counted before the password is checked: see login-throttle.ts.
  await reserveLoginAttempt(deps.db, email, input.address, now);
  const accounts = await findStaffAccountsByEmail(deps.db, email);
  if (accounts.length === 0) await verifyPassword(input.password, await decoyPasswordHash());
  const matching: StaffRow[] = [];
  for (const account of accounts)
    if (await verifyPassword(input.password, account.passwordHash)) matching.push(account);
  // An enabled account first, should one password fit two.
  const user = matching.find((account) => account.disabledAt === null) ?? matching[0];
  if (!user) {
    for (const account of accounts)
      await recordAudit(deps.db, { clinicId: account.clinicId, staffId: account.id, action: "login_failed", now });
    throw new AppError("unauthorized", WRONG_CREDENTIALS);
  }
  await releaseLoginAttempt(deps.db, email, input.address);
  // Only someone who knows the password learns the account is disabled.
  if (user.disabledAt !== null)
    throw new AppError("forbidden", "This account is disabled. Ask your clinic's owner to restore it.");
  const staff = await findStaffMember(deps.db, user.id);
  if (!staff) throw new AppError("unauthorized", WRONG_CREDENTIALS);
  const session = await createSession(deps.db, staff.id, now, deps.config.SESSION_SECRET);
  await recordAudit(deps.db, { clinicId: staff.clinicId, staffId: staff.id, action: "login", now });
  return { staff, session };
}
