import { parseArgs } from "node:util";
import { BookingFlagError, setClinicBooking } from "../bookings/set-clinic-booking.js";
import { findClinicBySlug, insertClinic } from "../db/clinics.js";
import type { Database } from "../db/database.js";
import {
  disableStaff,
  findStaffAccountsByEmail,
  findStaffByEmail,
  insertStaff,
  listStaff,
  setPasswordHash,
  type StaffRow,
} from "../db/staff.js";
import type { JobContext } from "../jobs/job-list.js";
import { AdminUsageError, parseClock, runAllJobsOnce, setClinic } from "./admin-job-commands.js";
import { hashPassword, passwordProblem } from "./password.js";
import { isClinicSlug } from "../lib/clinic-slug.js";
import { isExactOrigin, ORIGIN_EXAMPLE } from "../lib/origin.js";

// The admin CLI's commands, separate from the entry so tests can run them on a private database.
// Exit codes: 0 done, 1 the command could not be carried out, 2 the command line is wrong.

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

export const ADMIN_USAGE = `Usage: npm run admin -- <command> [options]
  create-clinic --slug S --name N [--origin URL ...] [--phone P] [--booking-url URL] [--emergency-number N]
  set-clinic    --slug S [--booking-provider calcom|calendly|link] [--booking-url URL] [--booking-secret S]
                [--alert-emails a@x,b@y] [--time-zone Area/City] [--follow-up-days 0-90]
  create-staff  --clinic SLUG --email E --password P [--role owner|staff]
  list
  disable-staff --email E [--clinic SLUG]
  set-password  --email E --password P [--clinic SLUG]
  run-jobs      [--now ISO-8601]   run every background job due at that clock (default now), then exit
(--clinic is needed when the email has accounts at several clinics)`;

const options = {
  slug: { type: "string" },
  name: { type: "string" },
  origin: { type: "string", multiple: true },
  phone: { type: "string" },
  "booking-url": { type: "string" },
  "booking-provider": { type: "string" },
  "booking-secret": { type: "string" },
  "emergency-number": { type: "string" },
  clinic: { type: "string" },
  email: { type: "string" },
  password: { type: "string" },
  role: { type: "string" },
  "alert-emails": { type: "string" },
  "time-zone": { type: "string" },
  "follow-up-days": { type: "string" },
  now: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>["values"];

function required(values: Values, name: "slug" | "name" | "clinic" | "email" | "password"): string {
  const value = values[name];
  if (typeof value !== "string" || value.trim() === "") throw new CliError(`Missing --${name}.\n\n${ADMIN_USAGE}`, 2);
  return value.trim();
}

function checkOrigin(text: string): string {
  if (isExactOrigin(text)) return text;
  throw new CliError(`--origin ${text} is not ${ORIGIN_EXAMPLE}.`, 2);
}

async function checkedPassword(values: Values): Promise<string> {
  const password = required(values, "password");
  const problem = passwordProblem(password);
  if (problem) throw new CliError(problem, 2);
  return hashPassword(password);
}

/** The account --email (and, when it has several, --clinic) names. */
async function oneAccount(db: Database, values: Values): Promise<StaffRow> {
  const email = required(values, "email");
  const accounts = await findStaffAccountsByEmail(db, email);
  if (values.clinic !== undefined) {
    const clinic = await findClinicBySlug(db, required(values, "clinic"));
    const account = clinic ? accounts.find((candidate) => candidate.clinicId === clinic.id) : undefined;
    if (!account) throw new CliError(`No account for ${email} at clinic "${values.clinic}".`, 1);
    return account;
  }
  const [only, ...others] = accounts;
  if (!only) throw new CliError(`No account for ${email}.`, 1);
  if (others.length > 0)
    throw new CliError(`${email} has accounts at ${accounts.length} clinics: add --clinic SLUG (see "list").`, 2);
  return only;
}

/** What `run-jobs` needs beyond the database: the mailer, webhook fetch and public origin. */
export type AdminJobContext = Omit<JobContext, "db" | "now">;

async function usage<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AdminUsageError) throw new CliError(error.message, 2);
    throw error;
  }
}

const commands: Record<string, (db: Database, values: Values, now: number, jobs: AdminJobContext) => Promise<string>> =
  {
    "set-clinic": async (db, values, now) => {
      const slug = required(values, "slug");
      const alertFlags =
        values["alert-emails"] !== undefined ||
        values["time-zone"] !== undefined ||
        values["follow-up-days"] !== undefined;
      const bookingFlags =
        values["booking-provider"] !== undefined ||
        values["booking-url"] !== undefined ||
        values["booking-secret"] !== undefined;
      if (!alertFlags && !bookingFlags) throw new CliError(`Give at least one setting to change.\n\n${ADMIN_USAGE}`, 2);
      if (!(await findClinicBySlug(db, slug)))
        throw new CliError(`No clinic with slug "${slug}". Run "list" to see clinics.`, 1);
      const changed = alertFlags ? ((await usage(setClinic(db, slug, values, now))) ?? []) : [];
      if (bookingFlags) {
        const booking = await setClinicBooking(
          db,
          slug,
          { provider: values["booking-provider"], url: values["booking-url"], secret: values["booking-secret"] },
          now,
        ).catch((error: unknown) => {
          throw error instanceof BookingFlagError ? new CliError(error.message, error.exitCode) : error;
        });
        changed.push(...booking);
      }
      return changed.length === 0
        ? `Nothing to change for clinic ${slug}.`
        : `Updated clinic ${slug}: ${changed.join("; ")}.`;
    },
    "run-jobs": async (db, values, now, jobs) => {
      const clock =
        values.now === undefined ? now : await usage(Promise.resolve().then(() => parseClock(values.now ?? "")));
      return runAllJobsOnce({ ...jobs, db, now: () => clock });
    },
    "create-clinic": async (db, values) => {
      const slug = required(values, "slug").toLowerCase();
      if (!isClinicSlug(slug))
        throw new CliError(
          "--slug must be 1-63 lowercase letters, digits or dashes, starting with a letter or digit.",
          2,
        );
      const name = required(values, "name");
      const origins = (values.origin ?? []).map(checkOrigin);
      if (await findClinicBySlug(db, slug)) throw new CliError(`A clinic with slug "${slug}" already exists.`, 1);
      const clinic = await insertClinic(db, {
        slug,
        name,
        allowedOrigins: origins,
        ...(values.phone ? { phone: values.phone } : {}),
        ...(values["booking-url"] ? { bookingUrl: values["booking-url"] } : {}),
        ...(values["emergency-number"] ? { emergencyNumber: values["emergency-number"] } : {}),
      });
      return `Created clinic ${clinic.slug} (${clinic.name}), id ${clinic.id}. Allowed origins: ${origins.join(", ") || "none"}.`;
    },
    "create-staff": async (db, values, now) => {
      const clinic = await findClinicBySlug(db, required(values, "clinic"));
      if (!clinic) throw new CliError(`No clinic with slug "${values.clinic}". Run "list" to see clinics.`, 1);
      const email = required(values, "email").toLowerCase();
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new CliError(`--email ${email} is not an email address.`, 2);
      const role = values.role ?? "staff";
      if (role !== "owner" && role !== "staff") throw new CliError("--role must be owner or staff.", 2);
      if (await findStaffByEmail(db, email, clinic.id))
        throw new CliError(`${clinic.slug} already has an account for ${email}.`, 1);
      const passwordHash = await checkedPassword(values);
      await insertStaff(db, { clinicId: clinic.id, email, passwordHash, role, now });
      return `Created ${role} ${email} for clinic ${clinic.slug}. Sign in at /staff/login.`;
    },
    list: async (db) => {
      const members = await listStaff(db);
      if (members.length === 0) return "No staff accounts yet.";
      return members
        .map((member) => `${member.clinicSlug}\t${member.email}\t${member.role}${member.disabled ? "\tdisabled" : ""}`)
        .join("\n");
    },
    "disable-staff": async (db, values, now) => {
      const user = await oneAccount(db, values);
      if (user.disabledAt !== null) return `${user.email} was already disabled.`;
      await disableStaff(db, user.id, now);
      return `Disabled ${user.email} and ended their sessions.`;
    },
    "set-password": async (db, values) => {
      const user = await oneAccount(db, values);
      await setPasswordHash(db, user.id, await checkedPassword(values));
      return `Set a new password for ${user.email}; their sessions were ended.`;
    },
  };

/** Run one command line; returns what to print, or throws CliError with the exit code. */
export async function runAdminCommand(
  db: Database,
  argv: string[],
  now = Date.now(),
  jobs: AdminJobContext = {
    fetch: () => Promise.reject(new Error("no webhook delivery from this command")),
    publicOrigin: "http://localhost",
  },
): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n\n${ADMIN_USAGE}`, 2);
  }
  const [name, ...extra] = parsed.positionals;
  if (parsed.values.help || name === "help") return ADMIN_USAGE;
  if (!name) throw new CliError(ADMIN_USAGE, 2);
  const command = commands[name];
  if (!command) throw new CliError(`Unknown command "${name}".\n\n${ADMIN_USAGE}`, 2);
  if (extra.length > 0) throw new CliError(`Unexpected argument "${extra[0]}".\n\n${ADMIN_USAGE}`, 2);
  return command(db, parsed.values, now, jobs);
}
