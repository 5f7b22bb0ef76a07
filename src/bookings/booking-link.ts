import { randomToken } from "../lib/tokens.js";

// The booking button's address: the clinic's provider page, prefilled with the visitor's name
// and email and carrying the lead's opaque reference, so the provider's webhook can tell us
// which lead booked. Never anything clinical: the link passes through the provider and the
// visitor's browser history.

export type BookingProvider = "link" | "calcom" | "calendly";
export const BOOKING_PROVIDERS = ["link", "calcom", "calendly"] as const satisfies readonly BookingProvider[];

export interface BookingLinkClinic {
  bookingProvider: BookingProvider;
  bookingUrl: string | null | undefined;
}

export interface BookingLinkLead {
  leadRef: string | null | undefined;
  name: string;
  email?: string | null | undefined;
}

/** A fresh opaque lead reference (random, URL-safe, unrelated to any id or fact). */
export function newLeadRef(): string {
  return `lr_${randomToken(16)}`;
}

/**
 * Cal.com: `name`, `email` and `metadata[lead]` (returned as payload.metadata.lead in its
 * webhooks). Calendly: `name`, `email` and `utm_content` (returned as payload.tracking.utm_content).
 * A plain link is returned as the clinic typed it. Query parameters already on the clinic's URL
 * (a Calendly month, a Cal.com duration) are kept; ours replace any of the same name.
 */
export function bookingLinkFor(clinic: BookingLinkClinic, lead: BookingLinkLead): string | undefined {
  if (!clinic.bookingUrl) return undefined;
  if (clinic.bookingProvider === "link") return clinic.bookingUrl;
  let url: URL;
  try {
    url = new URL(clinic.bookingUrl);
  } catch {
    return undefined;
  }
  const set = (name: string, value: string | null | undefined) => {
    if (value) url.searchParams.set(name, value);
  };
  set("name", lead.name);
  set("email", lead.email);
  set(clinic.bookingProvider === "calcom" ? "metadata[lead]" : "utm_content", lead.leadRef);
  // URLSearchParams writes the brackets as %5B %5D; both decode alike, but the documented
  // spelling is easier to recognise in the provider's logs.
  return url.toString().replace("metadata%5Blead%5D=", "metadata[lead]=");
}
