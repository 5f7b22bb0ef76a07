import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "./database.js";
import { newId } from "./database.js";
import type { LeadRow, LeadStatus } from "./leads.js";
import { auditLog, bookingDeliveries, clinics, leads } from "./schema.js";

// Queries for the booking providers' webhooks. Every lead read is inside one clinic: a
// reference or an email from another clinic's booking never reaches this clinic's leads.

export interface BookingClinic {
  id: string;
  slug: string;
  bookingProvider: "link" | "calcom" | "calendly";
  bookingSecret: string | null;
}

/** Read fresh (not through the clinic cache): a secret the owner just changed applies at once. */
export async function findBookingClinic(db: Database, slug: string): Promise<BookingClinic | undefined> {
  const rows = await db
    .select({
      id: clinics.id,
      slug: clinics.slug,
      bookingProvider: clinics.bookingProvider,
      bookingSecret: clinics.bookingSecret,
    })
    .from(clinics)
    .where(eq(clinics.slug, slug))
    .limit(1);
  return rows[0];
}

/** The lead our booking link named, else the clinic's newest lead with the booker's email. */
export async function findLeadForBooking(
  db: Database,
  clinicId: string,
  pointer: { leadRef?: string | undefined; email?: string | undefined },
): Promise<LeadRow | undefined> {
  if (pointer.leadRef) {
    const rows = await db
      .select()
      .from(leads)
      .where(and(eq(leads.clinicId, clinicId), eq(leads.leadRef, pointer.leadRef)))
      .limit(1);
    if (rows[0]) return rows[0];
  }
  const email = pointer.email?.trim().toLowerCase();
  if (!email) return undefined;
  const rows = await db
    .select()
    .from(leads)
    .where(and(eq(leads.clinicId, clinicId), sql`lower(${leads.email}) = ${email}`))
    .orderBy(desc(leads.createdAt), desc(leads.id))
    .limit(1);
  return rows[0];
}

export async function findBookingDelivery(
  db: Database,
  clinicId: string,
  provider: "calcom" | "calendly",
  deliveryKey: string,
) {
  const rows = await db
    .select({ leadId: bookingDeliveries.leadId })
    .from(bookingDeliveries)
    .where(
      and(
        eq(bookingDeliveries.clinicId, clinicId),
        eq(bookingDeliveries.provider, provider),
        eq(bookingDeliveries.deliveryKey, deliveryKey),
      ),
    )
    .limit(1);
  return rows[0];
}

/** Written in the same batch as the change, so a delivery is either applied and recorded or neither. */
export function bookingDeliveryStatement(
  db: Database,
  delivery: {
    clinicId: string;
    provider: "calcom" | "calendly";
    deliveryKey: string;
    leadId: string | null;
    now: number;
  },
) {
  return db.insert(bookingDeliveries).values({
    id: newId(),
    clinicId: delivery.clinicId,
    provider: delivery.provider,
    deliveryKey: delivery.deliveryKey,
    leadId: delivery.leadId,
    createdAt: delivery.now,
  });
}

export function setAppointmentStatement(
  db: Database,
  clinicId: string,
  leadId: string,
  change: { status: LeadStatus; appointmentAt: number | null },
  now: number,
) {
  return db
    .update(leads)
    .set({ ...change, updatedAt: now })
    .where(and(eq(leads.id, leadId), eq(leads.clinicId, clinicId)));
}

/**
 * The status the lead had before the provider booked it, from the newest `lead_booked` audit
 * entry that moved it from something other than booked (a second booking moves booked→booked).
 */
export async function statusBeforeBooking(
  db: Database,
  clinicId: string,
  leadId: string,
): Promise<LeadStatus | undefined> {
  const rows = await db
    .select({ detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.clinicId, clinicId), eq(auditLog.target, leadId), eq(auditLog.action, "lead_booked")))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(20);
  for (const row of rows) {
    const from = (row.detail ? (JSON.parse(row.detail) as { from?: LeadStatus }) : {}).from;
    if (from && from !== "booked") return from;
  }
  return undefined;
}
