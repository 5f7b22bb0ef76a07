import type { BatchItem } from "drizzle-orm/batch";
import type { AppDeps } from "../app-deps.js";
import { auditStatement } from "../db/audit.js";
import {
  bookingDeliveryStatement,
  findBookingDelivery,
  findLeadForBooking,
  setAppointmentStatement,
  statusBeforeBooking,
  type BookingClinic,
} from "../db/bookings.js";
import type { LeadRow, LeadStatus } from "../db/leads.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { writeTogether } from "../db/write-together.js";
import { enqueueWebhookStatement } from "../webhooks/outbox.js";
import type { BookingChange, BookingProviderName } from "./booking-change.js";

// A verified booking change applied to the clinic's lead: status, appointment time, audit
// entry, the clinic's own webhook and the delivery record land in one batch, so a delivery is
// applied once and wholly. Every answer is a 2xx: the provider has nothing to retry for a
// duplicate or for a booking that matches no lead (it would retry forever).

export interface BookingOutcome {
  matched: boolean;
  duplicate?: true;
  ignored?: string;
  leadId?: string;
  status?: LeadStatus;
  appointmentAt?: string | null;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export async function applyBookingChange(
  deps: AppDeps,
  clinic: BookingClinic,
  provider: BookingProviderName,
  change: BookingChange,
): Promise<BookingOutcome> {
  if (change.kind === "ignored") return { matched: false, ignored: change.reason };
  const { db } = deps;
  const now = deps.now?.() ?? Date.now();
  const seen = await findBookingDelivery(db, clinic.id, provider, change.deliveryKey);
  if (seen) return { matched: seen.leadId !== null, duplicate: true, ...(seen.leadId ? { leadId: seen.leadId } : {}) };
  const delivery = { clinicId: clinic.id, provider, deliveryKey: change.deliveryKey, now };
  const lead = await findLeadForBooking(db, clinic.id, change);
  try {
    if (!lead) {
      // Recorded, so a redelivery is a quiet duplicate; logged without the booker's email.
      console.warn(
        `booking webhook matched no lead: clinic ${clinic.slug}, ${provider} ${change.kind}, delivery ${change.deliveryKey}`,
      );
      await writeTogether(db, [bookingDeliveryStatement(db, { ...delivery, leadId: null })]);
      return { matched: false };
    }
    const next = await nextState(deps, clinic, lead, change);
    const statements: Array<BatchItem<"sqlite">> = [bookingDeliveryStatement(db, { ...delivery, leadId: lead.id })];
    if (next) {
      statements.push(
        setAppointmentStatement(db, clinic.id, lead.id, next, now),
        auditStatement(db, {
          clinicId: clinic.id,
          action: next.action,
          target: lead.id,
          detail: { provider, from: lead.status, to: next.status, appointmentAt: iso(next.appointmentAt) },
          now,
        }),
        enqueueWebhookStatement(db, {
          clinicId: clinic.id,
          clinicSlug: clinic.slug,
          type: next.status === "booked" ? "lead.booked" : "lead.booking_cancelled",
          now,
          data: {
            leadId: lead.id,
            conversationId: lead.conversationId,
            provider,
            status: next.status,
            appointmentAt: iso(next.appointmentAt),
            ...(next.action === "lead_booking_rescheduled" ? { rescheduled: true } : {}),
            ...(next.action === "lead_booking_cancelled" ? { cancelledAppointmentAt: iso(lead.appointmentAt) } : {}),
            ...(lead.conversationId
              ? {
                  dashboardUrl: `${deps.config.publicOrigin}/staff/conversations/${encodeURIComponent(lead.conversationId)}`,
                }
              : {}),
          },
        }),
      );
    }
    await writeTogether(db, statements);
    const after = next ?? { status: lead.status, appointmentAt: lead.appointmentAt };
    return { matched: true, leadId: lead.id, status: after.status, appointmentAt: iso(after.appointmentAt) };
  } catch (error) {
    // The same delivery arriving twice at once: the second batch hits the unique key and
    // rolls back whole.
    if (isUniqueViolation(error))
      return { matched: lead !== undefined, duplicate: true, ...(lead ? { leadId: lead.id } : {}) };
    throw error;
  }
}

type NextState = {
  status: LeadStatus;
  appointmentAt: number | null;
  action: "lead_booked" | "lead_booking_rescheduled" | "lead_booking_cancelled";
};

async function nextState(
  deps: AppDeps,
  clinic: BookingClinic,
  lead: LeadRow,
  change: Exclude<BookingChange, { kind: "ignored" }>,
): Promise<NextState | undefined> {
  if (change.kind === "booked") {
    const rescheduled = change.rescheduled && lead.status === "booked";
    return {
      status: "booked",
      appointmentAt: change.startAt,
      action: rescheduled ? "lead_booking_rescheduled" : "lead_booked",
    };
  }
  // The cancelled half of a reschedule: the new booking sets the time (before or after this).
  if (change.partOfReschedule) return undefined;
  // Only the appointment the lead holds is undone: a late cancel of an older booking, or one
  // for a lead staff have since moved on (attended, closed), changes nothing.
  if (lead.status !== "booked" || lead.appointmentAt !== change.startAt) return undefined;
  const before = await statusBeforeBooking(deps.db, clinic.id, lead.id);
  return {
    status: before === "contacted" ? "contacted" : "new",
    appointmentAt: null,
    action: "lead_booking_cancelled",
  };
}
