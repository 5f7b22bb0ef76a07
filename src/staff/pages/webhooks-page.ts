import type { StaffMember } from "../../db/staff.js";
import type { WebhookActivity } from "../../webhooks/delivery-log.js";
import { html } from "hono/html";
import { formatTime, page, statusBadge } from "./layout.js";

export function webhooksPage(input: {
  staff: StaffMember;
  csrfToken: string;
  activity: WebhookActivity[];
  webhookUrl: string | null;
}): string {
  return page(
    { title: "Webhooks", staff: input.staff, csrfToken: input.csrfToken, current: "/staff/webhooks" },
    html`<h1>Webhook deliveries</h1>
<p>${input.webhookUrl ? html`Events go to <code>${input.webhookUrl}</code>.` : "No webhook URL is set, so no events are queued."} Failed attempts are retried after 1 minute, 5 minutes, 30 minutes, 2 hours and 12 hours, then given up.</p>
${
  input.activity.length === 0
    ? html`<p class="card">No webhook events yet.</p>`
    : html`<table>
  <caption class="visually-hidden">Webhook events, newest first, with every delivery attempt</caption>
  <thead><tr><th scope="col">Event</th><th scope="col">Created</th><th scope="col">Status</th><th scope="col">Attempts</th><th scope="col">Next attempt or delivered</th></tr></thead>
  <tbody>${input.activity.map(
    (row) => html`<tr>
    <td><code>${row.event}</code><br><span class="small muted">${row.id}</span></td>
    <td>${formatTime(row.createdAt, input.staff.clinicTimeZone)}</td>
    <td>${statusBadge(row.status)}${row.lastError ? html`<br><span class="small">${row.lastError}</span>` : ""}</td>
    <td>${row.deliveries.length === 0 ? html`<span class="muted">none yet</span>` : html`<ol class="small">${row.deliveries.map((delivery) => html`<li>${formatTime(delivery.createdAt, input.staff.clinicTimeZone)}: ${delivery.statusCode ?? "no response"}${delivery.error ? ` (${delivery.error})` : ""}</li>`)}</ol>`}</td>
    <td>${row.status === "delivered" ? formatTime(row.deliveredAt, input.staff.clinicTimeZone) : row.status === "pending" ? formatTime(row.nextAttemptAt, input.staff.clinicTimeZone) : "given up"}</td>
  </tr>`,
  )}</tbody>
</table>`
}`,
  );
}
