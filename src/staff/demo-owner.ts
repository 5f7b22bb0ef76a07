import type { ClinicSettings } from "../db/clinics.js";
import type { Database } from "../db/database.js";
import { countStaff, insertStaff } from "../db/staff.js";
import { randomToken } from "../lib/tokens.js";
import { hashPassword } from "./password.js";

// On the first start of an empty database the demo clinic gets an owner, so the dashboard can
// be tried at once. The password is random and shown once; nothing stores it in clear.

export const DEMO_OWNER_EMAIL = "owner@demo.clinic";

export async function ensureDemoOwner(
  db: Database,
  demo: ClinicSettings,
  now: number,
): Promise<{ email: string; password: string } | undefined> {
  if ((await countStaff(db)) > 0) return undefined;
  const password = randomToken(12);
  await insertStaff(db, {
    clinicId: demo.id,
    email: DEMO_OWNER_EMAIL,
    passwordHash: await hashPassword(password),
    role: "owner",
    now,
  });
  return { email: DEMO_OWNER_EMAIL, password };
}
