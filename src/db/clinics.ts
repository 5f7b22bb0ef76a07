import { eq, sql } from "drizzle-orm";
import { newId, type Database } from "./database.js";
import { preparedQuery } from "./prepared-queries.js";
import { clinics } from "./schema.js";

export type ClinicRow = typeof clinics.$inferSelect;

export interface ClinicSettings {
  id: string;
  slug: string;
  name: string;
  brandColor: string;
  greeting: string;
  phone: string | null;
  bookingUrl: string | null;
  /** How the booking button books (bookings/booking-link.ts); the secret stays out of this cached shape. */
  bookingProvider: ClinicRow["bookingProvider"];
  emergencyNumber: string;
  allowedOrigins: string[];
  locale: string;
  widgetPosition: string;
  retentionDays: number;
  logoUrl: string | null;
  launcherLabel: string;
}

export function toClinicSettings(row: ClinicRow): ClinicSettings {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    brandColor: row.brandColor,
    greeting: row.greeting,
    phone: row.phone,
    bookingUrl: row.bookingUrl,
    bookingProvider: row.bookingProvider,
    emergencyNumber: row.emergencyNumber,
    allowedOrigins: parseOrigins(row.allowedOrigins),
    locale: row.locale,
    widgetPosition: row.widgetPosition,
    retentionDays: row.retentionDays,
    logoUrl: row.logoUrl,
    launcherLabel: row.launcherLabel,
  };
}

function parseOrigins(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

/**
 * Every chat message looks its clinic up, and settings change rarely: a found clinic is kept
 * for a few seconds per database. Saving settings here forgets it at once; another process
 * (the admin CLI, another Worker isolate) sees a change within CLINIC_CACHE_MS.
 */
export const CLINIC_CACHE_MS = 5_000;
const clinicCache = new WeakMap<Database, Map<string, { clinic: ClinicSettings; until: number }>>();

export function forgetCachedClinics(db: Database): void {
  clinicCache.delete(db);
}

// Prepared once per database, without .limit(1) (the slug is unique): as findConversation's.
const clinicBySlug = (db: Database) =>
  preparedQuery(db, "clinic-by-slug", () =>
    db
      .select()
      .from(clinics)
      .where(eq(clinics.slug, sql.placeholder("slug")))
      .prepare(),
  );

export async function findClinicBySlug(db: Database, slug: string): Promise<ClinicSettings | undefined> {
  let cache = clinicCache.get(db);
  const cached = cache?.get(slug);
  const now = Date.now();
  if (cached && cached.until > now) return cached.clinic;
  const rows = await clinicBySlug(db).all({ slug });
  const clinic = rows[0] ? toClinicSettings(rows[0]) : undefined;
  if (!clinic) return undefined;
  if (!cache) clinicCache.set(db, (cache = new Map()));
  cache.set(slug, { clinic, until: now + CLINIC_CACHE_MS });
  return clinic;
}

export async function findClinicById(db: Database, id: string): Promise<ClinicSettings | undefined> {
  const rows = await db.select().from(clinics).where(eq(clinics.id, id)).limit(1);
  return rows[0] ? toClinicSettings(rows[0]) : undefined;
}

export interface NewClinic {
  slug: string;
  name: string;
  allowedOrigins?: string[];
  phone?: string;
  bookingUrl?: string;
  emergencyNumber?: string;
  greeting?: string;
  brandColor?: string;
}

export async function insertClinic(db: Database, clinic: NewClinic): Promise<ClinicSettings> {
  const id = newId();
  await db.insert(clinics).values({
    id,
    slug: clinic.slug,
    name: clinic.name,
    allowedOrigins: JSON.stringify(clinic.allowedOrigins ?? []),
    phone: clinic.phone ?? null,
    bookingUrl: clinic.bookingUrl ?? null,
    ...(clinic.emergencyNumber ? { emergencyNumber: clinic.emergencyNumber } : {}),
    ...(clinic.greeting ? { greeting: clinic.greeting } : {}),
    ...(clinic.brandColor ? { brandColor: clinic.brandColor } : {}),
  });
  const created = await findClinicById(db, id);
  if (!created) throw new Error(`Clinic ${clinic.slug} was not created`);
  return created;
}

export const DEMO_CLINIC: NewClinic = {
  slug: "demo",
  name: "Stride Physical Therapy (demo)",
  phone: "+1 555 0100",
  bookingUrl: "https://example.com/book",
  emergencyNumber: "911",
  greeting:
    "Hi, I'm the Stride Physical Therapy assistant. Tell me what's going on with your knee and I'll help you work out the right next step.",
};

/** Create the demo clinic when it is missing; returns it either way. */
export async function ensureDemoClinic(db: Database): Promise<ClinicSettings> {
  return (await findClinicBySlug(db, "demo")) ?? insertClinic(db, DEMO_CLINIC);
}
