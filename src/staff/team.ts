import { z } from "zod";
import type { AppDeps } from "../app-deps.js";
import { recordAudit } from "../db/audit.js";
import { disableStaff, findStaffByEmail, findStaffMember, insertStaff, type StaffMember } from "../db/staff.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { AppError } from "../lib/errors.js";
import { parseOrThrow } from "../lib/validate.js";
import { hashPassword, MIN_PASSWORD_LENGTH } from "./password.js";
import { nowOf } from "./staff-auth.js";

// Owners manage their own clinic's staff accounts; the admin CLI does the same for any clinic.

const newMemberSchema = z.object({
  email: z.email("not a valid email address").max(254),
  password: z.string().min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
  role: z.enum(["owner", "staff"]).default("staff"),
});

const alreadyOnTeam = () => new AppError("conflict", "This email is already on your team.", { field: "email" });

/**
 * Only the owner's own clinic is consulted: whether the address has an account at another
 * clinic makes no difference to the answer. Two adds racing for one address meet the unique
 * index, and the loser gets the same 409 as a later add.
 */
export async function addTeamMember(deps: AppDeps, owner: StaffMember, form: Record<string, unknown>): Promise<string> {
  const input = parseOrThrow(newMemberSchema, {
    email: String(form.email ?? "").trim(),
    password: form.password,
    role: form.role || undefined,
  });
  if (await findStaffByEmail(deps.db, input.email, owner.clinicId)) throw alreadyOnTeam();
  const now = nowOf(deps);
  const passwordHash = await hashPassword(input.password);
  let id: string;
  try {
    id = await insertStaff(deps.db, {
      clinicId: owner.clinicId,
      email: input.email,
      passwordHash,
      role: input.role,
      now,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyOnTeam();
    throw error;
  }
  await recordAudit(deps.db, {
    clinicId: owner.clinicId,
    staffId: owner.id,
    action: "staff_created",
    target: id,
    detail: { role: input.role },
    now,
  });
  return id;
}

export async function disableTeamMember(deps: AppDeps, owner: StaffMember, staffId: string): Promise<void> {
  const member = await findStaffMember(deps.db, staffId, owner.clinicId);
  if (!member) throw new AppError("not_found", "No such staff member.");
  if (member.id === owner.id) throw new AppError("conflict", "You cannot disable your own account.");
  const now = nowOf(deps);
  await disableStaff(deps.db, member.id, now);
  await recordAudit(deps.db, {
    clinicId: owner.clinicId,
    staffId: owner.id,
    action: "staff_disabled",
    target: member.id,
    now,
  });
}
