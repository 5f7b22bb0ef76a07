import { z } from "zod";
import { parseOrThrow } from "../lib/validate.js";
import { epochMs, type BookingChange } from "./booking-change.js";
import { hmacSha256HexMatches } from "./provider-signature.js";

// Calendly webhooks (API v2): `Calendly-Webhook-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256
// of "<t>.<raw body>">` with the subscription's signing key. The signed time lets us refuse a
// recorded delivery replayed later: older (or further ahead) than five minutes is refused.

export const CALENDLY_SIGNATURE_HEADER = "calendly-webhook-signature";
export const CALENDLY_TOLERANCE_SECONDS = 5 * 60;

export async function verifyCalendly(
  secret: string,
  rawBody: string,
  headers: Headers,
  nowMs: number,
): Promise<boolean> {
  const header = headers.get(CALENDLY_SIGNATURE_HEADER);
  if (!header) return false;
  let timestamp: string | undefined;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const [name, value] = part.trim().split("=", 2);
    if (name === "t" && value) timestamp = value;
    if (name === "v1" && value) signatures.push(value);
  }
  if (!timestamp || !/^\d{1,12}$/.test(timestamp) || signatures.length === 0) return false;
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > CALENDLY_TOLERANCE_SECONDS) return false;
  for (const signature of signatures)
    if (await hmacSha256HexMatches(secret, `${timestamp}.${rawBody}`, signature)) return true;
  return false;
}

const envelope = z.object({ event: z.string().min(1), payload: z.unknown() });

const inviteePayload = z.object({
  uri: z.string().min(1).max(500),
  email: z.string().max(320).nullish(),
  scheduled_event: z
    .object({ start_time: z.string().refine((text) => epochMs(text) !== undefined, "not a date-time") })
    .loose(),
  tracking: z
    .object({ utm_content: z.string().max(200).nullish() })
    .loose()
    .nullish(),
  rescheduled: z.boolean().nullish(),
  old_invitee: z.string().nullish(),
});

export function readCalendly(body: unknown): BookingChange {
  const { event, payload } = parseOrThrow(envelope, body);
  if (event !== "invitee.created" && event !== "invitee.canceled")
    return { kind: "ignored", reason: `${event} is not a booking change` };
  const invitee = parseOrThrow(inviteePayload, payload, "payload");
  const pointer = {
    // Each invitee (a booking, or the new booking of a reschedule) has its own uri.
    deliveryKey: `${invitee.uri}|${event}`,
    leadRef: invitee.tracking?.utm_content || undefined,
    email: invitee.email ?? undefined,
  };
  const startAt = epochMs(invitee.scheduled_event.start_time) as number;
  // A reschedule arrives as invitee.canceled (rescheduled: true) for the old time and
  // invitee.created (old_invitee set) for the new one, in either order.
  if (event === "invitee.canceled")
    return { ...pointer, kind: "cancelled", startAt, partOfReschedule: invitee.rescheduled === true };
  return { ...pointer, kind: "booked", startAt, rescheduled: Boolean(invitee.old_invitee) };
}
