import type { LeadRow } from "../../db/leads.js";
import { html } from "hono/html";
import type { Markup } from "../../lib/page-markup.js";
import { formatTime } from "./layout.js";

// "Booked" with the appointment the booking provider reported, on the leads list and the
// lead's card. Nothing for a lead that is not booked.

export function appointmentLine(lead: Pick<LeadRow, "status" | "appointmentAt">, timeZone: string): Markup {
  if (lead.status !== "booked") return html``;
  if (lead.appointmentAt === null) return html`<p class="appointment"><span class="badge booked">Booked</span></p>`;
  const when = new Date(lead.appointmentAt).toISOString();
  return html`<p class="appointment"><span class="badge booked">Booked</span> for <time datetime="${when}">${formatTime(lead.appointmentAt, timeZone)}</time></p>`;
}
