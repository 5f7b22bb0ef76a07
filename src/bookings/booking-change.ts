// What a verified provider webhook asks of us, in the providers' common terms. The lead is
// named by the reference we put into the booking link, else by the booker's email.

export type BookingProviderName = "calcom" | "calendly";

interface LeadPointer {
  /** The provider's identity of this change; a second delivery with the same key changes nothing. */
  deliveryKey: string;
  leadRef?: string | undefined;
  email?: string | undefined;
}

export type BookingChange =
  | (LeadPointer & { kind: "booked"; startAt: number; rescheduled: boolean })
  | (LeadPointer & { kind: "cancelled"; startAt: number | undefined; partOfReschedule: boolean })
  | { kind: "ignored"; reason: string };

/** An ISO 8601 time to epoch ms, or undefined. */
export function epochMs(text: string | undefined | null): number | undefined {
  if (!text) return undefined;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}
