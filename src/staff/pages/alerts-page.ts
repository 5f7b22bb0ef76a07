import type { AlertRow } from "../../db/alerts.js";
import type { StaffMember } from "../../db/staff.js";
import { ALERT_KIND_LABELS } from "../alert-list.js";
import { html } from "hono/html";
import type { Markup } from "../../lib/page-markup.js";
import { formatTime, page } from "./layout.js";

// Every alert (lead, call-back request, emergency), newest first, with what happened to its
// email: a failed email is visible here, with a plain reason, and its next try.

function mailCell(alert: AlertRow, timeZone: string): Markup {
  switch (alert.mailStatus) {
    case "mailed":
      return html`<span class="badge delivered">mailed</span> <span class="small">${formatTime(alert.mailedAt, timeZone)}</span>`;
    case "off":
      return html`<span class="badge">not mailed</span> <span class="small">Mail is off: no alert addresses in Settings, or no mail server configured.</span>`;
    case "pending":
      return alert.mailError
        ? html`<span class="badge failed">not sent yet</span> <span class="small">${alert.mailError} Next try ${formatTime(alert.nextAttemptAt, timeZone)} (attempt ${alert.attempts + 1}).</span>`
        : html`<span class="badge pending">sending</span>`;
    case "failed":
      return html`<span class="badge failed">failed</span> <span class="small">${alert.mailError ?? "The email could not be sent."} Given up after ${alert.attempts} attempts.</span>`;
  }
}

export function alertsPage(input: { staff: StaffMember; csrfToken: string; alerts: AlertRow[] }): string {
  const timeZone = input.staff.clinicTimeZone;
  return page(
    { title: "Alerts", staff: input.staff, csrfToken: input.csrfToken, current: "/staff/alerts" },
    html`<h1>Alerts</h1>
<p>An alert is raised for every new lead, call-back request and emergency, and emailed to the clinic's alert addresses (Settings). Times are in ${timeZone}.</p>
${
  input.alerts.length === 0
    ? html`<p class="card">No alerts yet.</p>`
    : html`<table>
  <caption class="visually-hidden">Alerts, newest first, with their email status</caption>
  <thead><tr><th scope="col">When</th><th scope="col">What</th><th scope="col">Email</th></tr></thead>
  <tbody>${input.alerts.map(
    (alert) => html`<tr>
    <td data-label="When">${alert.conversationId ? html`<a href="/staff/conversations/${encodeURIComponent(alert.conversationId)}">${formatTime(alert.createdAt, timeZone)}</a>` : formatTime(alert.createdAt, timeZone)}</td>
    <td data-label="What"><span class="badge ${alert.kind === "emergency" ? "emergency" : alert.kind === "callback" ? "urgent" : "routine"}">${ALERT_KIND_LABELS[alert.kind]}</span></td>
    <td data-label="Email">${mailCell(alert, timeZone)}</td>
  </tr>`,
  )}</tbody>
</table>`
}`,
  );
}
