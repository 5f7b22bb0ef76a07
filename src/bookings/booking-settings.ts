import { z } from "zod";
import { BOOKING_PROVIDERS, type BookingProvider } from "./booking-link.js";

// The clinic's booking settings, shared by the Settings form and `admin set-clinic`: which
// provider, and the signing secret the clinic also enters at that provider. The secret is
// write-only: a blank box keeps the one saved, and it is never shown again.

export const BOOKING_SECRET_MIN_LENGTH = 16;

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const bookingSettingsSchema = z.object({
  bookingProvider: z.enum(BOOKING_PROVIDERS, "choose a plain link, Cal.com or Calendly").optional(),
  bookingSecret: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .min(
        BOOKING_SECRET_MIN_LENGTH,
        `use at least ${BOOKING_SECRET_MIN_LENGTH} characters (for example the output of "openssl rand -hex 32")`,
      )
      .max(200, "at most 200 characters")
      .regex(/^[\x21-\x7e]+$/, "use letters, digits and punctuation, no spaces")
      .optional(),
  ),
});

export type BookingSettingsInput = z.infer<typeof bookingSettingsSchema>;

export interface BookingColumns {
  bookingProvider: BookingProvider;
  bookingSecret: string | null;
}

/** A setting not given keeps its value, so older forms and scripts change nothing. */
export function bookingColumns(input: BookingSettingsInput, current: BookingColumns): BookingColumns {
  return {
    bookingProvider: input.bookingProvider ?? current.bookingProvider,
    bookingSecret: input.bookingSecret ?? current.bookingSecret,
  };
}

/** A provider's webhooks can only name a lead if the booking button opens that provider's page. */
export function bookingUrlProblem(columns: {
  bookingProvider: BookingProvider;
  bookingUrl: string | null;
}): string | undefined {
  if (columns.bookingProvider === "link" || columns.bookingUrl) return undefined;
  return `set the booking page URL of your ${columns.bookingProvider === "calcom" ? "Cal.com" : "Calendly"} event`;
}

export const PROVIDER_LABELS: Record<BookingProvider, string> = {
  link: "A plain link",
  calcom: "Cal.com",
  calendly: "Calendly",
};

/** The address the clinic pastes into the provider's webhook settings. */
export function bookingWebhookUrl(origin: string, provider: Exclude<BookingProvider, "link">, slug: string): string {
  return `${origin}/api/bookings/${provider}/${encodeURIComponent(slug)}`;
}
