import type { StaffMember } from "../../db/staff.js";
import { leadStatuses } from "../../db/leads.js";
import { isFinished, type ConversationFilters, type ConversationSummary } from "../conversation-list.js";
import { html } from "hono/html";
import type { Markup } from "../../lib/page-markup.js";
import { levelBadge, formatTime, page, pager, statusBadge } from "./layout.js";

function option(value: string, label: string, selected: string | undefined): Markup {
  return html`<option value="${value}"${selected === value ? html` selected` : ""}>${label}</option>`;
}

function filterForm(filters: ConversationFilters): Markup {
  return html`<form class="card filters" method="get" action="/staff" role="search" aria-label="Filter conversations">
  <div><label for="f-level">Level</label><select id="f-level" name="level">
    ${option("", "Any level", filters.level)}${option("emergency", "Emergency", filters.level)}${option("urgent", "Urgent", filters.level)}
    ${option("routine", "Routine", filters.level)}${option("self_care", "Self-care", filters.level)}${option("none", "Not triaged", filters.level)}
  </select></div>
  <div><label for="f-lead">Lead status</label><select id="f-lead" name="leadStatus">
    ${option("", "Any", filters.leadStatus)}${option("any", "Has a lead", filters.leadStatus)}${option("none", "No lead", filters.leadStatus)}
    ${leadStatuses.map((status) => option(status, status, filters.leadStatus))}
  </select></div>
  <div><label for="f-flag">Red flag</label><select id="f-flag" name="redFlag">
    ${option("", "Any", filters.redFlag)}${option("true", "Red flag", filters.redFlag)}${option("false", "No red flag", filters.redFlag)}
  </select></div>
  <div><label for="f-from">From</label><input type="date" id="f-from" name="from" value="${filters.from ?? ""}"></div>
  <div><label for="f-to">To</label><input type="date" id="f-to" name="to" value="${filters.to ?? ""}"></div>
  <div><label for="f-q">Search</label><input type="search" id="f-q" name="q" value="${filters.q ?? ""}" placeholder="words, name, email, phone"></div>
  <div><button type="submit">Filter</button> <a class="button secondary" href="/staff">Clear</a></div>
</form>`;
}

/** The visitor's answer to "Was this helpful?" (not asked under an emergency card). */
export function helpfulText(helpful: boolean | null, level?: string | null): Markup {
  if (helpful === null) return html`<span class="muted">${level === "emergency" ? "Not asked" : "No answer"}</span>`;
  return helpful ? html`<span class="badge ok">Yes</span>` : html`<span class="badge flag">No</span>`;
}

export function conversationRows(items: ConversationSummary[], timeZone: string): Markup {
  if (items.length === 0) return html`<p class="card">No conversations match.</p>`;
  return html`<div class="table-wrap"><table class="stack">
  <caption class="visually-hidden">Conversations, newest first</caption>
  <thead><tr><th scope="col">Started</th><th scope="col">First words</th><th scope="col">Level</th><th scope="col">Red flag</th><th scope="col">Lead</th><th scope="col">Helpful?</th><th scope="col">Reviewed</th></tr></thead>
  <tbody>${items.map(
    (item) => html`<tr>
    <td data-label="Started"><a href="/staff/conversations/${encodeURIComponent(item.id)}">${formatTime(item.createdAt, timeZone)}</a></td>
    <td data-label="First words">${item.preview || html`<span class="muted">(no words yet)</span>`}</td>
    <td data-label="Level">${levelBadge(item.level)}${isFinished(item) || !item.level ? "" : html` <span class="small muted">not finished</span>`}</td>
    <td data-label="Red flag">${item.redFlag ? html`<span class="badge flag">Red flag</span>` : html`<span class="muted">No</span>`}</td>
    <td data-label="Lead">${item.leadId ? html`${item.leadName} ${statusBadge(item.leadStatus ?? "new")}` : html`<span class="muted">None</span>`}</td>
    <td data-label="Helpful?">${helpfulText(item.helpful, item.level)}</td>
    <td data-label="Reviewed">${item.reviewedAt ? formatTime(item.reviewedAt, timeZone) : html`<span class="muted">No</span>`}</td>
  </tr>`,
  )}</tbody>
</table></div>`;
}

export function conversationsPage(input: {
  staff: StaffMember;
  csrfToken: string;
  filters: ConversationFilters;
  items: ConversationSummary[];
  total: number;
}): string {
  const { filters } = input;
  const params = {
    level: filters.level,
    leadStatus: filters.leadStatus,
    redFlag: filters.redFlag,
    from: filters.from,
    to: filters.to,
    q: filters.q,
    pageSize: filters.pageSize === 25 ? undefined : filters.pageSize,
  };
  return page(
    { title: "Conversations", staff: input.staff, csrfToken: input.csrfToken, current: "/staff" },
    html`<h1>Conversations</h1>
${filterForm(filters)}
${conversationRows(input.items, input.staff.clinicTimeZone)}
${pager("/staff", params, filters.page, filters.pageSize, input.total)}`,
  );
}
