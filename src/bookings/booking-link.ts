// PLACEHOLDER (widget-leads helper): the booking helper's own version of this file wins at
// the merge. The booking button's link: the clinic's provider page prefilled with the
// visitor's name and email and carrying the opaque lead reference (never clinical details),
// so the provider's webhook can name the lead it booked.

export interface BookingClinic {
  bookingProvider: "link" | "calcom" | "calendly" | string;
  bookingUrl: string | null;
}

export interface BookingLead {
  leadRef: string;
  name: string;
  email?: string | null;
}

export function bookingLinkFor(clinic: BookingClinic, lead: BookingLead): string | undefined {
  if (!clinic.bookingUrl) return undefined;
  if (clinic.bookingProvider !== "calcom" && clinic.bookingProvider !== "calendly") return clinic.bookingUrl;
  let url: URL;
  try {
    url = new URL(clinic.bookingUrl);
  } catch {
    return undefined;
  }
  url.searchParams.set("name", lead.name);
  if (lead.email) url.searchParams.set("email", lead.email);
  url.searchParams.set(clinic.bookingProvider === "calcom" ? "metadata[lead]" : "utm_content", lead.leadRef);
  return url.toString();
}
