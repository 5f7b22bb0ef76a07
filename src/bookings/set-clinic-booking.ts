import { eq } from "drizzle-orm";
import { auditStatement } from "../db/audit.js";
import { forgetCachedClinics } from "../db/clinics.js";
import type { Database } from "../db/database.js";
import { clinics } from "../db/schema.js";
import { writeTogether } from "../db/write-together.js";
import { bookingColumns, bookingSettingsSchema, bookingUrlProblem } from "./booking-settings.js";

// `npm run admin -- set-clinic --slug S --booking-provider … --booking-url … --booking-secret …`:
// the same rules as the Settings form; a flag not given keeps its value. The secret is never
// echoed back.

/** A flag the command cannot carry out; the admin CLI turns it into its exit code. */
export class BookingFlagError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

function checkedUrl(text: string): string {
  try {
    const url = new URL(text.trim());
    if ((url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password)
      return url.toString();
  } catch {
    // fall through to the error below
  }
  throw new BookingFlagError(`--booking-url ${text} is not a full https:// address.`, 2);
}

export async function setClinicBooking(
  db: Database,
  slug: string,
  flags: { provider?: string | undefined; url?: string | undefined; secret?: string | undefined },
  now: number,
): Promise<string[]> {
  const parsed = bookingSettingsSchema.safeParse({ bookingProvider: flags.provider, bookingSecret: flags.secret });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const flag = issue?.path[0] === "bookingSecret" ? "--booking-secret" : "--booking-provider";
    throw new BookingFlagError(`${flag}: ${issue?.message ?? "invalid"}.`, 2);
  }
  const rows = await db.select().from(clinics).where(eq(clinics.slug, slug.toLowerCase())).limit(1);
  const current = rows[0];
  if (!current) throw new BookingFlagError(`No clinic with slug "${slug}". Run "list" to see clinics.`, 1);
  const next = {
    ...bookingColumns(parsed.data, current),
    bookingUrl: flags.url === undefined ? current.bookingUrl : flags.url.trim() === "" ? null : checkedUrl(flags.url),
  };
  const problem = bookingUrlProblem(next);
  if (problem) throw new BookingFlagError(`--booking-url: ${problem}.`, 2);
  const changed = (Object.keys(next) as Array<keyof typeof next>).filter((key) => next[key] !== current[key]);
  if (changed.length === 0) return [];
  await writeTogether(db, [
    db.update(clinics).set(next).where(eq(clinics.id, current.id)),
    auditStatement(db, {
      clinicId: current.id,
      action: "settings_change",
      detail: { fields: changed, by: "admin-cli" },
      now,
    }),
  ]);
  forgetCachedClinics(db);
  return changed.map((key) =>
    key === "bookingSecret"
      ? "booking secret set"
      : key === "bookingProvider"
        ? `booking provider ${next.bookingProvider}`
        : `booking URL ${next.bookingUrl ?? "removed"}`,
  );
}
