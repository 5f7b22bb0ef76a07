import type { StaffMember } from "../../db/staff.js";
import { html } from "hono/html";
import type { UnansweredQuestion } from "../unanswered-report.js";
import { formatTime, page } from "./layout.js";

// Questions visitors asked that the clinic's articles could not answer, most asked first:
// a to-do list for the next article. Visitor words are escaped by the html tag.

export function unansweredPage(input: {
  staff: StaffMember;
  csrfToken: string;
  questions: UnansweredQuestion[];
  from: string;
  to: string;
}): string {
  return page(
    { title: "Unanswered questions", staff: input.staff, csrfToken: input.csrfToken, current: "/staff/unanswered" },
    html`<h1>Unanswered questions</h1>
<p>Questions visitors asked that our articles could not answer. The assistant told them it had no information and suggested asking the clinic. The most asked are the best candidates for a new article.</p>
<form class="card filters" method="get" action="/staff/unanswered" aria-label="Period">
  <div><label for="unanswered-from">From</label><input type="date" id="unanswered-from" name="from" value="${input.from}"></div>
  <div><label for="unanswered-to">To (inclusive)</label><input type="date" id="unanswered-to" name="to" value="${input.to}"></div>
  <div><button type="submit">Show</button></div>
</form>
<section class="card" aria-labelledby="unanswered-heading">
  <h2 id="unanswered-heading">From ${input.from} to ${input.to} (UTC)</h2>
  ${
    input.questions.length === 0
      ? html`<p>No unanswered questions in this period.</p>`
      : html`<table>
    <caption class="visually-hidden">Unanswered questions, most asked first</caption>
    <thead><tr><th scope="col">Question (visitor's words)</th><th scope="col">Times asked</th><th scope="col">Last asked</th></tr></thead>
    <tbody>${input.questions.map((item) => html`<tr><td>${item.question}</td><td>${item.count}</td><td>${formatTime(item.lastAskedAt, input.staff.clinicTimeZone)}</td></tr>`)}</tbody>
  </table>`
  }
</section>`,
  );
}
