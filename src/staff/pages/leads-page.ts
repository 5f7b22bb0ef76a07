import { leadStatuses, type LeadRow, type LeadStatus } from "../../db/leads.js";
import type { StaffMember } from "../../db/staff.js";
import { html } from "hono/html";
import type { Markup } from "../../lib/page-markup.js";
import { formatTime, levelBadge, page, pager, withQuery } from "./layout.js";
import { appointmentLine } from "./appointment-line.js";
import { contactLines, intentBadge, leadEditor } from "./lead-form.js";

/** The problem in one line: the engine's first reason, and the visitor's own words. */
function problemLine(lead: LeadRow): Markup {
  const reason = /^Why \([^)]*\): (.*)$/m.exec(lead.intakeSummary ?? "")?.[1];
  return html`${reason ? html`<br><span class="small">${reason}</span>` : ""}${lead.visitorWords ? html`<br><span class="small muted">“${lead.visitorWords}”</span>` : ""}`;
}

export interface LeadsPageInput {
  staff: StaffMember;
  csrfToken: string;
  status?: LeadStatus;
  q?: string;
  page: number;
  pageSize: number;
  items: LeadRow[];
  total: number;
  counts: Record<LeadStatus, number>;
  notice?: string;
}

export function leadsPage(input: LeadsPageInput): string {
  const returnTo = withQuery("/staff/leads", {
    status: input.status,
    q: input.q,
    page: input.page > 1 ? input.page : undefined,
  });
  return page(
    {
      title: "Leads",
      staff: input.staff,
      csrfToken: input.csrfToken,
      current: "/staff/leads",
      ...(input.notice ? { notice: input.notice } : {}),
    },
    html`<h1>Leads</h1>
<nav aria-label="Pipeline stages"><ul class="pipeline">
  <li><a href="/staff/leads"${input.status ? "" : html` aria-current="true"`}>All</a></li>
  ${leadStatuses.map((status) => html`<li><a href="${withQuery("/staff/leads", { status, q: input.q })}"${input.status === status ? html` aria-current="true"` : ""}>${status} (${input.counts[status]})</a></li>`)}
</ul></nav>
<form class="card filters" method="get" action="/staff/leads" role="search" aria-label="Search leads">
  ${input.status ? html`<input type="hidden" name="status" value="${input.status}">` : ""}
  <div><label for="lead-q">Search leads</label><input type="search" id="lead-q" name="q" value="${input.q ?? ""}" placeholder="name, email, phone, notes"></div>
  <div><button type="submit">Search</button></div>
  <div><a class="button secondary" href="/api/staff/leads.csv" download>Export all leads as CSV</a></div>
</form>
${
  input.items.length === 0
    ? html`<p class="card">No leads here yet.</p>`
    : html`<table>
  <caption class="visually-hidden">Leads: call-back requests not yet handled first, then new leads by urgency, then the rest; newest first within each</caption>
  <thead><tr><th scope="col">Lead</th><th scope="col">Fit and urgency</th><th scope="col">Received</th><th scope="col">Status and notes</th></tr></thead>
  <tbody>${input.items.map(
    (lead) => html`<tr>
    <td><strong>${lead.name}</strong> ${intentBadge(lead)}<br>${contactLines(lead)}${lead.conversationId ? html`<br><a href="/staff/conversations/${encodeURIComponent(lead.conversationId)}">Conversation<span class="visually-hidden"> with ${lead.name}</span></a>` : ""}</td>
    <td>${levelBadge(lead.level)} ${lead.fit ?? "—"}${problemLine(lead)}</td>
    <td>${formatTime(lead.createdAt, input.staff.clinicTimeZone)}</td>
    <td>${appointmentLine(lead, input.staff.clinicTimeZone)}${leadEditor(lead, input.csrfToken, returnTo)}</td>
  </tr>`,
  )}</tbody>
</table>`
}
${pager("/staff/leads", { status: input.status, q: input.q }, input.page, input.pageSize, input.total)}`,
  );
}
