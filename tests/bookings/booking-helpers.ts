import { createHmac } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { auditLog, bookingDeliveries, clinics, leads, webhookOutbox } from "../../src/db/schema.js";
import { runAdminCommand } from "../../src/staff/admin-commands.js";
import type { ClinicSettings } from "../../src/db/clinics.js";
import { conversationWithLead, type TestApp } from "../staff/staff-helpers.js";

// Booking webhooks as the providers send them: documented payload shapes, signed here with
// node:crypto exactly as Cal.com and Calendly sign (never through our own verifier).

export const SECRET_DEMO = "demo-booking-secret-0123456789abcdef";
export const SECRET_HARBOUR = "harbour-booking-secret-fedcba9876543210";

/** The clinic set up for a provider through the admin command, with a CRM webhook to see lead.booked. */
export async function useProvider(
  test: TestApp,
  clinic: ClinicSettings,
  provider: "calcom" | "calendly",
  secret: string,
  now: number,
) {
  const url =
    provider === "calcom"
      ? `https://cal.com/${clinic.slug}/assessment`
      : `https://calendly.com/${clinic.slug}/assessment`;
  await runAdminCommand(
    test.db,
    [
      "set-clinic",
      "--slug",
      clinic.slug,
      "--booking-provider",
      provider,
      "--booking-url",
      url,
      "--booking-secret",
      secret,
    ],
    now,
  );
  await test.db
    .update(clinics)
    .set({ webhookUrl: `https://crm.${clinic.slug}.example/hooks` })
    .where(eq(clinics.id, clinic.id));
}

/**
 * A lead made by a real conversation and POST /api/leads, with an opaque reference (the lead
 * route gives one; a lead from before it did gets one here).
 */
export async function leadWithRef(test: TestApp, options: { clinic?: string; email?: string } = {}) {
  const made = await conversationWithLead(test, {
    ...(options.clinic ? { clinic: options.clinic } : {}),
    lead: { email: options.email ?? "dana@example.com" },
  });
  const [row] = await test.db.select().from(leads).where(eq(leads.id, made.leadId));
  const leadRef = row?.leadRef ?? `lr_test_${made.leadId}`;
  if (!row?.leadRef) await test.db.update(leads).set({ leadRef }).where(eq(leads.id, made.leadId));
  return { ...made, leadRef };
}

export async function leadRow(test: TestApp, leadId: string) {
  const [row] = await test.db.select().from(leads).where(eq(leads.id, leadId));
  if (!row) throw new Error(`no lead ${leadId}`);
  return row;
}

export async function bookingTrail(test: TestApp, leadId: string) {
  const audits = await test.db.select().from(auditLog).where(eq(auditLog.target, leadId));
  const outbox = (await test.db.select().from(webhookOutbox)).filter((row) => row.event.startsWith("lead.book"));
  const deliveries = await test.db.select().from(bookingDeliveries).where(eq(bookingDeliveries.leadId, leadId));
  return {
    audits: audits
      .filter((row) => row.action.startsWith("lead_book"))
      .map((row) => ({ action: row.action, detail: JSON.parse(row.detail ?? "{}") as Record<string, unknown> })),
    outbox: outbox.map((row) => ({
      event: row.event,
      clinicId: row.clinicId,
      data: (JSON.parse(row.payload) as { data: Record<string, unknown> }).data,
    })),
    deliveries: deliveries.length,
  };
}

export async function allDeliveries(test: TestApp, clinicId: string) {
  return test.db
    .select()
    .from(bookingDeliveries)
    .where(and(eq(bookingDeliveries.clinicId, clinicId)));
}

export function hmacHex(secret: string, message: string): string {
  return createHmac("sha256", secret).update(message).digest("hex");
}

export function post(test: TestApp, path: string, body: string, headers: Record<string, string>) {
  return test.app.request(path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
}

// Cal.com: { triggerEvent, createdAt, payload }, x-cal-signature-256 = hex HMAC of the raw body.

export function calcomBody(
  triggerEvent: string,
  booking: { uid: string; startTime: string; email?: string; leadRef?: string; rescheduleUid?: string },
) {
  const start = Date.parse(booking.startTime);
  return JSON.stringify({
    triggerEvent,
    createdAt: "2026-03-02T09:00:00.000Z",
    payload: {
      type: "assessment",
      title: "Knee assessment between Stride PT and Dana Visitor",
      description: "",
      additionalNotes: "",
      customInputs: {},
      startTime: booking.startTime,
      endTime: new Date(start + 45 * 60_000).toISOString(),
      organizer: {
        id: 7,
        name: "Stride PT",
        email: "front@stride.example",
        username: "stride",
        timeZone: "America/New_York",
        language: { locale: "en" },
        timeFormat: "h:mma",
      },
      responses: {
        name: { label: "your_name", value: "Dana Visitor" },
        email: { label: "email_address", value: booking.email ?? "dana@example.com" },
      },
      userFieldsResponses: {},
      attendees: [
        {
          email: booking.email ?? "dana@example.com",
          name: "Dana Visitor",
          timeZone: "America/New_York",
          language: { locale: "en" },
        },
      ],
      location: "In person",
      destinationCalendar: null,
      uid: booking.uid,
      bookingId: 4242,
      eventTypeId: 11,
      status: triggerEvent === "BOOKING_CANCELLED" ? "CANCELLED" : "ACCEPTED",
      metadata: booking.leadRef ? { lead: booking.leadRef } : {},
      ...(booking.rescheduleUid ? { rescheduleUid: booking.rescheduleUid } : {}),
      ...(triggerEvent === "BOOKING_CANCELLED"
        ? { cancellationReason: "Can't make it", cancelledBy: booking.email ?? "dana@example.com" }
        : {}),
    },
  });
}

export function calcomHeaders(secret: string, body: string): Record<string, string> {
  return { "x-cal-signature-256": hmacHex(secret, body) };
}

// Calendly v2: { event, created_at, created_by, payload: invitee }, Calendly-Webhook-Signature.

export function calendlyBody(
  event: "invitee.created" | "invitee.canceled",
  invitee: {
    id: string;
    startTime: string;
    email?: string;
    leadRef?: string;
    rescheduled?: boolean;
    oldInvitee?: string;
  },
) {
  const eventUri = `https://api.calendly.com/scheduled_events/EV-${invitee.id}`;
  return JSON.stringify({
    created_at: "2026-03-02T09:00:00.000000Z",
    created_by: "https://api.calendly.com/users/STRIDE",
    event,
    payload: {
      cancel_url: `https://calendly.com/cancellations/${invitee.id}`,
      created_at: "2026-03-02T08:59:00.000000Z",
      email: invitee.email ?? "dana@example.com",
      event: eventUri,
      first_name: null,
      last_name: null,
      name: "Dana Visitor",
      new_invitee: null,
      old_invitee: invitee.oldInvitee ?? null,
      questions_and_answers: [],
      reschedule_url: `https://calendly.com/reschedulings/${invitee.id}`,
      rescheduled: invitee.rescheduled ?? false,
      routing_form_submission: null,
      scheduled_event: {
        uri: eventUri,
        name: "Knee assessment",
        status: event === "invitee.canceled" ? "canceled" : "active",
        start_time: invitee.startTime,
        end_time: new Date(Date.parse(invitee.startTime) + 45 * 60_000).toISOString(),
        event_type: "https://api.calendly.com/event_types/ASSESS",
        location: { type: "physical", location: "Stride PT" },
        invitees_counter: { total: 1, active: event === "invitee.canceled" ? 0 : 1, limit: 1 },
        created_at: "2026-03-02T08:59:00.000000Z",
        updated_at: "2026-03-02T08:59:00.000000Z",
        event_memberships: [{ user: "https://api.calendly.com/users/STRIDE" }],
        event_guests: [],
      },
      status: event === "invitee.canceled" ? "canceled" : "active",
      text_reminder_number: null,
      timezone: "America/New_York",
      tracking: {
        utm_campaign: null,
        utm_source: null,
        utm_medium: null,
        utm_content: invitee.leadRef ?? null,
        utm_term: null,
        salesforce_uuid: null,
      },
      updated_at: "2026-03-02T08:59:00.000000Z",
      uri: `https://api.calendly.com/scheduled_events/EV-${invitee.id}/invitees/INV-${invitee.id}`,
      ...(event === "invitee.canceled"
        ? { cancellation: { canceled_by: "Dana Visitor", reason: "Can't make it", canceler_type: "invitee" } }
        : {}),
    },
  });
}

export function calendlyHeaders(secret: string, body: string, unixSeconds: number): Record<string, string> {
  return { "calendly-webhook-signature": `t=${unixSeconds},v1=${hmacHex(secret, `${unixSeconds}.${body}`)}` };
}
