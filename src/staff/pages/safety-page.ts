import type { StaffMember } from "../../db/staff.js";
import type { ConversationSummary } from "../conversation-list.js";
import { html } from "hono/html";
import { csrfField, formatTime, levelBadge, page } from "./layout.js";

// Emergency and urgent conversations wait here until a clinician stamps them as reviewed.

export function safetyPage(input: {
  staff: StaffMember;
  csrfToken: string;
  waiting: ConversationSummary[];
  total: number;
  notice?: string;
}): string {
  return page(
    {
      title: "Safety queue",
      staff: input.staff,
      csrfToken: input.csrfToken,
      current: "/staff/safety",
      ...(input.notice ? { notice: input.notice } : {}),
    },
    html`<h1>Safety queue</h1>
<p>Emergency and urgent conversations waiting for a clinician's review: ${input.total}.</p>
${
  input.waiting.length === 0
    ? html`<p class="card">Nothing is waiting for review.</p>`
    : html`<table class="stack">
  <caption class="visually-hidden">Conversations waiting for review, newest first</caption>
  <thead><tr><th scope="col">Started</th><th scope="col">Level</th><th scope="col">First words</th><th scope="col">Lead</th><th scope="col">Review</th></tr></thead>
  <tbody>${input.waiting.map(
    (item) => html`<tr>
    <td data-label="Started"><a href="/staff/conversations/${encodeURIComponent(item.id)}">${formatTime(item.createdAt, input.staff.clinicTimeZone)}</a></td>
    <td data-label="Level">${levelBadge(item.level)}</td>
    <td data-label="First words">${item.preview}</td>
    <td data-label="Lead">${item.leadName ?? html`<span class="muted">None</span>`}</td>
    <td data-label="Review"><form method="post" action="/staff/conversations/${encodeURIComponent(item.id)}/review">${csrfField(input.csrfToken)}<input type="hidden" name="returnTo" value="/staff/safety"><button type="submit">Mark reviewed<span class="visually-hidden"> (conversation of ${formatTime(item.createdAt, input.staff.clinicTimeZone)})</span></button></form></td>
  </tr>`,
  )}</tbody>
</table>`
}`,
  );
}
