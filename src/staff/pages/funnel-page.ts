import type { StaffMember } from "../../db/staff.js";
import { funnelChart } from "../funnel-chart.js";
import type { FeedbackFigures } from "../feedback.js";
import type { FollowUpOutcomes } from "../follow-up-outcomes.js";
import type { FunnelStep } from "../funnel.js";
import { html } from "hono/html";
import type { Markup } from "../../lib/page-markup.js";
import { page } from "./layout.js";

function feedbackSummary(feedback: FeedbackFigures | undefined): Markup {
  if (!feedback) return html``;
  const answered = feedback.helpful + feedback.notHelpful;
  return html`<section class="card" aria-labelledby="feedback-heading">
  <h2 id="feedback-heading">Was this helpful?</h2>
  ${
    answered === 0
      ? html`<p class="muted">No visitor answered in this period.</p>`
      : html`<p><strong>${Math.round((feedback.helpful / answered) * 100)}%</strong> said yes: ${feedback.helpful} yes and ${feedback.notHelpful} no, from ${answered} visitor${answered === 1 ? "" : "s"} who answered at the end of their chat.</p>`
  }
  <p class="small muted">Each conversation's answer is on its page and in the Conversations list.</p>
</section>`;
}

function followUpSummary(outcomes: FollowUpOutcomes | undefined): Markup {
  if (!outcomes) return html``;
  return html`<section class="card" aria-labelledby="follow-up-heading">
  <h2 id="follow-up-heading">Follow-up: did visitors get the right care?</h2>
  ${
    outcomes.placed === 0
      ? html`<p class="muted">No follow-up answers to count yet (${outcomes.sent} follow-up email${outcomes.sent === 1 ? "" : "s"} sent, ${outcomes.answered} answered).</p>`
      : html`<p><strong>${Math.round((outcomes.appropriate / outcomes.placed) * 100)}%</strong> got care at the recommended level or higher ("appropriate care"): ${outcomes.appropriate} of ${outcomes.placed}. ${outcomes.sent} follow-up email${outcomes.sent === 1 ? "" : "s"} sent, ${outcomes.answered} answered.</p>`
  }
  <p class="small muted">For comparison, the best published figure for a symptom checker is 64%. Answers of "somewhere else" are not counted in the share.</p>
</section>`;
}

export function funnelPage(input: {
  staff: StaffMember;
  csrfToken: string;
  steps: FunnelStep[];
  from: string;
  to: string;
  brandColor: string;
  error?: string;
  feedback?: FeedbackFigures;
  followUps?: FollowUpOutcomes;
}): string {
  return page(
    {
      title: "Funnel",
      staff: input.staff,
      csrfToken: input.csrfToken,
      current: "/staff/funnel",
      ...(input.error ? { alert: input.error } : {}),
    },
    html`<h1>Funnel</h1>
<form class="card filters" method="get" action="/staff/funnel" aria-label="Funnel period">
  <div><label for="funnel-from">From</label><input type="date" id="funnel-from" name="from" value="${input.from}"></div>
  <div><label for="funnel-to">To (inclusive)</label><input type="date" id="funnel-to" name="to" value="${input.to}"></div>
  <div><button type="submit">Show</button></div>
</form>
<section class="card" aria-labelledby="funnel-heading">
  <h2 id="funnel-heading">From ${input.from} to ${input.to} (UTC)</h2>
  ${funnelChart(input.steps, input.brandColor)}
  <div class="table-wrap"><table>
    <caption class="visually-hidden">Funnel figures</caption>
    <thead><tr><th scope="col">Step</th><th scope="col">Count</th><th scope="col">Of widget opens</th></tr></thead>
    <tbody>${input.steps.map((step) => {
      const first = input.steps[0]?.count ?? 0;
      return html`<tr><td>${step.label}</td><td>${step.count}</td><td>${first > 0 ? `${Math.round((step.count / first) * 100)}%` : "—"}</td></tr>`;
    })}</tbody>
  </table></div>
  <p class="small muted">Booked counts leads from this period that are now booked or attended.</p>
</section>
${feedbackSummary(input.feedback)}
${followUpSummary(input.followUps)}`,
  );
}
