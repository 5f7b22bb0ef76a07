import { z } from "zod";
import { parseOrThrow } from "../lib/validate.js";
import { epochMs, type BookingChange } from "./booking-change.js";
import { hmacSha256HexMatches } from "./provider-signature.js";

// Cal.com webhooks: `x-cal-signature-256` is the hex HMAC-SHA256 of the raw body with the
// secret the clinic entered on the webhook; the body is { triggerEvent, createdAt, payload }.
// Without a secret Cal.com sends "no-secret-provided", which can never match.

export const CALCOM_SIGNATURE_HEADER = "x-cal-signature-256";

export async function verifyCalcom(secret: string, rawBody: string, headers: Headers): Promise<boolean> {
  const signature = headers.get(CALCOM_SIGNATURE_HEADER);
  if (!signature) return false;
  return hmacSha256HexMatches(secret, rawBody, signature);
}

const envelope = z.object({ triggerEvent: z.string().min(1), payload: z.unknown() });

const bookingPayload = z.object({
  uid: z.string().min(1).max(200),
  startTime: z.string().refine((text) => epochMs(text) !== undefined, "not a date-time"),
  attendees: z.array(z.object({ email: z.string().max(320).optional() }).loose()).default([]),
  metadata: z.record(z.string(), z.unknown()).nullish(),
});

const kinds: Record<string, "created" | "rescheduled" | "cancelled"> = {
  BOOKING_CREATED: "created",
  BOOKING_RESCHEDULED: "rescheduled",
  BOOKING_CANCELLED: "cancelled",
};

export function readCalcom(body: unknown): BookingChange {
  const { triggerEvent, payload } = parseOrThrow(envelope, body);
  const kind = kinds[triggerEvent];
  // PING (the "Ping test" button), meetings, recordings, no-shows: nothing for a lead.
  if (!kind) return { kind: "ignored", reason: `${triggerEvent} is not a booking change` };
  const booking = parseOrThrow(bookingPayload, payload, "payload");
  const leadRef = booking.metadata?.lead;
  const startAt = epochMs(booking.startTime) as number;
  const pointer = {
    // The new booking of a reschedule has its own uid; the start time tells apart two changes
    // of the same booking that share a trigger.
    deliveryKey: `${booking.uid}|${triggerEvent}|${booking.startTime}`,
    leadRef: typeof leadRef === "string" && leadRef !== "" ? leadRef : undefined,
    email: booking.attendees[0]?.email,
  };
  if (kind === "cancelled") return { ...pointer, kind: "cancelled", startAt, partOfReschedule: false };
  return { ...pointer, kind: "booked", startAt, rescheduled: kind === "rescheduled" };
}
