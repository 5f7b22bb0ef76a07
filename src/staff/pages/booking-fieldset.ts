import { BOOKING_PROVIDERS } from "../../bookings/booking-link.js";
import { BOOKING_SECRET_MIN_LENGTH, PROVIDER_LABELS, bookingWebhookUrl } from "../../bookings/booking-settings.js";
import type { ClinicRow } from "../../db/clinics.js";
import { html } from "hono/html";
import type { Markup } from "../../lib/page-markup.js";
import type { FieldRenderer, TextControl } from "./branding-fieldset.js";

// The "Booking" part of the Settings form: the booking page, its provider, and the provider's
// signing secret. The secret box is always empty (write-only): the page says only whether
// one is set, so it never appears in the page's HTML, a screenshot or the browser's cache.

export function bookingFieldset(input: {
  clinic: ClinicRow;
  origin: string;
  values: Record<string, string>;
  field: FieldRenderer;
  text: TextControl;
}): Markup {
  const { clinic, field, text, values } = input;
  const provider = values.bookingProvider ?? clinic.bookingProvider;
  const option = (value: string) =>
    html`<option value="${value}"${provider === value ? html` selected` : ""}>${PROVIDER_LABELS[value as keyof typeof PROVIDER_LABELS]}</option>`;
  const webhook = (name: "calcom" | "calendly") =>
    html`<code>${bookingWebhookUrl(input.origin, name, clinic.slug)}</code>`;
  return html`<fieldset class="group">
  <legend>Booking</legend>
  ${field("bookingUrl", "Booking page URL", text("bookingUrl", "url"), "Where the booking button goes: your Cal.com or Calendly event page, or any booking page.")}
  ${field("bookingProvider", "Booking provider", (attributes) => html`<select ${attributes}>${BOOKING_PROVIDERS.map(option)}</select>`, "With Cal.com or Calendly the button fills in the visitor's name and email, and the lead shows as booked when they book.")}
  ${field(
    "bookingSecret",
    "Booking webhook secret",
    (attributes) => html`<input type="password" ${attributes} value="" autocomplete="new-password" spellcheck="false">`,
    `Currently ${clinic.bookingSecret ? "set" : "not set"}. Leave empty to keep it. At least ${BOOKING_SECRET_MIN_LENGTH} characters; enter the same secret at the provider.`,
  )}
  <p class="small">Webhook address for Cal.com (Settings → Developer → Webhooks; events Booking created, rescheduled, cancelled): ${webhook("calcom")}<br>
  For Calendly (a webhook subscription with this signing key; events invitee.created, invitee.canceled): ${webhook("calendly")}</p>
</fieldset>`;
}
