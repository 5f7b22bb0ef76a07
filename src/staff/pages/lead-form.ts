import { leadStatuses, type LeadRow } from "../../db/leads.js";
import { canMove } from "../lead-updates.js";
import { html } from "hono/html";
import type { Markup } from "../../lib/page-markup.js";
import { csrfField } from "./layout.js";

// The status + notes form used on the leads pipeline and on a conversation's lead card.
// Only moves the pipeline allows are offered, so the form cannot produce a refused change.

export function leadEditor(lead: LeadRow, csrfToken: string, returnTo: string): Markup {
  const idBase = `lead-${lead.id}`;
  return html`<form method="post" action="/staff/leads/${encodeURIComponent(lead.id)}" class="row-actions">
  ${csrfField(csrfToken)}
  <input type="hidden" name="returnTo" value="${returnTo}">
  <div><label for="${idBase}-status">Status<span class="visually-hidden"> for ${lead.name}</span></label>
  <select id="${idBase}-status" name="status">${leadStatuses
    .filter((status) => canMove(lead.status, status))
    .map(
      (status) => html`<option value="${status}"${status === lead.status ? html` selected` : ""}>${status}</option>`,
    )}</select></div>
  <div class="grow"><label for="${idBase}-notes">Notes<span class="visually-hidden"> for ${lead.name}</span></label>
  <textarea id="${idBase}-notes" name="notes" rows="2">${lead.notes}</textarea></div>
  <div><button type="submit">Save<span class="visually-hidden"> lead ${lead.name}</span></button></div>
</form>`;
}

/** A tel: link dials the number only; an extension ("+15550102233 ext. 12") is shown, not dialled. */
export function telHref(phone: string): string {
  return `tel:${(phone.split(/\s*ext/i)[0] ?? phone).replace(/[^0-9+]/g, "")}`;
}

const patientWords = { child: "their child", someone_else: "someone they care for" } as const;

export function contactLines(lead: LeadRow): Markup {
  const about =
    lead.patient === "self"
      ? ""
      : html`<span class="small">For ${patientWords[lead.patient]}${lead.patientName ? html`: <strong>${lead.patientName}</strong>` : ""}</span><br>`;
  return html`${about}${lead.phone ? html`<a href="${telHref(lead.phone)}">${lead.phone}</a><br>` : ""}${lead.email ? html`<a href="mailto:${lead.email}">${lead.email}</a><br>` : ""}${lead.preferredTime ? html`<span class="small muted">Prefers: ${lead.preferredTime}</span>` : ""}`;
}

/** What the visitor asked for: a call back today stands out; a booking request is the usual case. */
export function intentBadge(lead: Pick<LeadRow, "intent">): Markup {
  return lead.intent === "callback" ? html`<span class="badge callback">Call back today</span>` : html``;
}
