import { eq } from "drizzle-orm";
import type { z } from "zod";
import { auditStatement } from "../db/audit.js";
import { forgetCachedClinics } from "../db/clinics.js";
import type { Database } from "../db/database.js";
import { clinics } from "../db/schema.js";
import { writeTogether } from "../db/write-together.js";
import { BACKGROUND_JOBS, runJobs, type JobContext } from "../jobs/job-list.js";
import { alertEmailsSchema, followUpDaysSchema, timeZoneSchema } from "./alert-settings.js";

// `admin set-clinic` (the settings the dashboard's Settings page also sets, by the same rules)
// and `admin run-jobs` (every background job, once, at a given clock).

export class AdminUsageError extends Error {}

function checked<T extends z.ZodType>(flag: string, schema: T, value: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AdminUsageError(`--${flag}: ${result.error.issues[0]?.message ?? "invalid value"}.`);
}

export interface ClinicFlags {
  "alert-emails"?: string | undefined;
  "time-zone"?: string | undefined;
  "follow-up-days"?: string | undefined;
}

/** Applies the given flags to the clinic; returns the changed settings, or undefined when there is no such clinic. */
export async function setClinic(
  db: Database,
  slug: string,
  flags: ClinicFlags,
  now: number,
): Promise<string[] | undefined> {
  const changes: Partial<typeof clinics.$inferInsert> = {};
  if (flags["alert-emails"] !== undefined)
    changes.alertEmails = JSON.stringify(checked("alert-emails", alertEmailsSchema, flags["alert-emails"]));
  if (flags["time-zone"] !== undefined) changes.timeZone = checked("time-zone", timeZoneSchema, flags["time-zone"]);
  if (flags["follow-up-days"] !== undefined)
    changes.followUpDays = checked("follow-up-days", followUpDaysSchema, flags["follow-up-days"]);
  const fields = Object.keys(changes);
  if (fields.length === 0) throw new AdminUsageError("Give at least one setting to change.");
  const rows = await db.select({ id: clinics.id }).from(clinics).where(eq(clinics.slug, slug)).limit(1);
  const clinic = rows[0];
  if (!clinic) return undefined;
  await writeTogether(db, [
    db.update(clinics).set(changes).where(eq(clinics.id, clinic.id)),
    auditStatement(db, { clinicId: clinic.id, action: "settings_change", detail: { fields, via: "admin" }, now }),
  ]);
  forgetCachedClinics(db);
  return fields.map((field) => `${field} = ${String(changes[field as keyof typeof changes])}`);
}

/** "2026-03-09T09:00:00Z" or "2026-03-09" (midnight UTC); anything else is refused. */
export function parseClock(text: string): number {
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text))
    throw new AdminUsageError(`--now ${text} is not an ISO-8601 time like 2026-03-09T09:00:00Z.`);
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new AdminUsageError(`--now ${text} is not a valid time.`);
  return ms;
}

export async function runAllJobsOnce(context: JobContext): Promise<string> {
  const results = await runJobs(BACKGROUND_JOBS, context);
  const lines = results.map(
    (result) => `${result.name}: ${result.error ? `failed (${result.error})` : (result.report ?? "nothing due")}`,
  );
  return [
    `Ran the background jobs at ${new Date(context.now()).toISOString()}${context.mailer ? "" : " (mail is off: SMTP_URL is not set)"}:`,
    ...lines,
  ].join("\n");
}
