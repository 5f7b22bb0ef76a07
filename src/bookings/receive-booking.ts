import type { AppDeps } from "../app-deps.js";
import { findBookingClinic } from "../db/bookings.js";
import { AppError } from "../lib/errors.js";
import { applyBookingChange, type BookingOutcome } from "./apply-booking.js";
import type { BookingChange, BookingProviderName } from "./booking-change.js";
import { readCalcom, verifyCalcom } from "./calcom.js";
import { readCalendly, verifyCalendly } from "./calendly.js";

// One booking provider's webhook delivery: find the clinic, verify the raw body exactly as the
// provider signs it, and only then parse and apply it. A refusal changes nothing.

interface ProviderPort {
  verify(secret: string, rawBody: string, headers: Headers, nowMs: number): Promise<boolean>;
  read(body: unknown): BookingChange;
}

const providers: Record<BookingProviderName, ProviderPort> = {
  calcom: { verify: (secret, rawBody, headers) => verifyCalcom(secret, rawBody, headers), read: readCalcom },
  calendly: { verify: verifyCalendly, read: readCalendly },
};

export async function receiveBookingWebhook(
  deps: AppDeps,
  delivery: { provider: BookingProviderName; clinicSlug: string; rawBody: string; headers: Headers },
): Promise<BookingOutcome> {
  const clinic = await findBookingClinic(deps.db, delivery.clinicSlug);
  // A clinic that has not chosen this provider has no such endpoint: the same 404 as an
  // unknown clinic, so the answer does not tell which clinics use which provider.
  if (!clinic || clinic.bookingProvider !== delivery.provider)
    throw new AppError("not_found", "No such booking webhook.");
  const port = providers[delivery.provider];
  // Without a secret nothing can be verified: 401 shows up in the provider's delivery log,
  // which is where the clinic looks when bookings do not arrive.
  const verified = clinic.bookingSecret
    ? await port.verify(clinic.bookingSecret, delivery.rawBody, delivery.headers, deps.now?.() ?? Date.now())
    : false;
  if (!verified)
    throw new AppError(
      "unauthorized",
      "The webhook signature is missing, stale or does not match the clinic's booking secret.",
    );
  let body: unknown;
  try {
    body = JSON.parse(delivery.rawBody) as unknown;
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  return applyBookingChange(deps, clinic, delivery.provider, port.read(body));
}
