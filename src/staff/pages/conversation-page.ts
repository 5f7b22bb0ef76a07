import type { StaffMember } from "../../db/staff.js";
import type { ConversationDetail } from "../conversation-detail.js";
import { html } from "hono/html";
import type { Markup } from "../../lib/page-markup.js";
import { fieldLabel, levelLabel } from "../intake-labels.js";
import { toTranscript, type TranscriptEntry, type TranscriptMessage } from "../transcript.js";
import { helpfulText } from "./conversations-page.js";
import { PLACE_OPTIONS } from "../../follow-ups/follow-up-answer.js";
import { csrfField, formatTime, levelBadge, page, statusBadge } from "./layout.js";
import { appointmentLine } from "./appointment-line.js";
import { contactLines, intentBadge, leadEditor } from "./lead-form.js";

// A conversation as a clinician reviews it: the transcript beside the intake card, the
// disposition with the rules that fired and the ruleset version, the lead, the review stamp.

function entryHtml(entry: TranscriptEntry): Markup {
  switch (entry.kind) {
    case "text":
      return html`<p class="entry">${entry.text}</p>`;
    case "question":
      return html`<p class="entry meta question">Asked: ${entry.prompt}${entry.options.length > 0 ? html` <span class="muted">[${entry.options.join(" / ")}]</span>` : ""}</p>`;
    case "recorded":
      return html`<ul class="entry meta recorded">${entry.items.map(
        (item) =>
          html`<li>${item.corrected ? "corrected" : "recorded"}: ${item.label} = <strong>${item.value}</strong>${item.visitorSaid ? html` (visitor said: “${item.visitorSaid}”)` : ""}</li>`,
      )}${entry.rejected.map((problem) => html`<li>not recorded: ${problem}</li>`)}</ul>`;
    case "triage":
      return html`<p class="entry meta triage">Triage: ${levelLabel(entry.level)}, ${entry.action.replace(/_/g, " ")}${entry.complete || entry.level === "emergency" ? "" : " (not finished)"}</p>`;
    case "emergency":
      return html`<p class="entry meta emergency">Emergency card shown: ${entry.headline}</p>`;
    case "actions":
      return html`<p class="entry meta">Offered: ${entry.labels.join("; ")}</p>`;
    case "notice":
      return html`<p class="entry meta">Notice: ${entry.text}</p>`;
    case "source":
      return html`<p class="entry meta">Cited: ${entry.title} <span class="muted small">${entry.url}</span></p>`;
  }
}

function transcriptHtml(messages: TranscriptMessage[], timeZone: string): Markup {
  if (messages.length === 0) return html`<p>No messages.</p>`;
  return html`<ol class="transcript">${messages.map(
    (message) =>
      html`<li class="${message.role}"><span class="who">${message.role === "user" ? "Visitor" : "Assistant"}</span> <span class="small muted">${formatTime(message.createdAt, timeZone)}</span>${message.entries.map(entryHtml)}</li>`,
  )}</ol>`;
}

function intakeHtml(detail: ConversationDetail): Markup {
  if (detail.intakeCard.length === 0) return html`<p class="muted">Nothing recorded yet.</p>`;
  return html`<dl class="intake">${detail.intakeCard.map(
    (field) =>
      html`<dt>${field.label}</dt><dd>${field.value}${field.visitorSaid ? html`<span class="said">Visitor said: “${field.visitorSaid}”</span>` : html`<span class="said">From a ${field.source.replace(/_/g, " ")} answer</span>`}</dd>`,
  )}</dl>`;
}

function dispositionHtml(detail: ConversationDetail, timeZone: string): Markup {
  const disposition = detail.disposition;
  if (!disposition) return html`<p class="muted">No disposition yet.</p>`;
  return html`<p>${levelBadge(disposition.level)} ${disposition.action.replace(/_/g, " ")} ${disposition.complete || disposition.level === "emergency" ? "" : html`<span class="small muted">(triage not finished)</span>`}</p>
<p class="small">Ruleset version <strong>${disposition.rulesetVersion}</strong></p>
<h3>Rules that fired</h3>
${disposition.reasons.length > 0 ? html`<ul>${disposition.reasons.map((reason) => html`<li><strong>${reason.rule}</strong>: ${reason.summary}</li>`)}</ul>` : html`<p class="muted">None yet.</p>`}
${disposition.missing.length > 0 ? html`<p class="small muted">Still unanswered: ${disposition.missing.map(fieldLabel).join(", ")}</p>` : ""}
${changesHtml(detail, timeZone)}`;
}

/** Level or action changes only: a new answer that keeps the same advice is not a change. */
function changesHtml(detail: ConversationDetail, timeZone: string): Markup {
  const changes = detail.dispositionHistory.filter((step, index, all) => {
    const previous = all[index - 1];
    return (
      !previous ||
      previous.level !== step.level ||
      previous.action !== step.action ||
      previous.complete !== step.complete
    );
  });
  if (changes.length < 2) return html``;
  return html`<h3>How it changed</h3><ol class="small">${changes.map((step) => html`<li>${formatTime(step.createdAt, timeZone)}: ${levelLabel(step.level)}, ${step.action.replace(/_/g, " ")}${step.complete || step.level === "emergency" ? "" : " (not finished)"}</li>`)}</ol>`;
}

function reviewHtml(detail: ConversationDetail, csrfToken: string, timeZone: string): Markup {
  const { conversation } = detail;
  if (conversation.reviewedAt)
    return html`<p>Reviewed by ${conversation.reviewedBy} at ${formatTime(conversation.reviewedAt, timeZone)}.</p>`;
  const needsReview = conversation.level === "emergency" || conversation.level === "urgent";
  return html`<p>${needsReview ? "This conversation is waiting for a clinician's review." : "Not reviewed."}</p>
<form method="post" action="/staff/conversations/${encodeURIComponent(conversation.id)}/review">${csrfField(csrfToken)}<button type="submit">Mark reviewed</button></form>`;
}

const SEEN_LABELS: Record<string, string> = { yes: "Yes", no: "No", not_yet: "Not yet (has an appointment)" };
const PLACE_LABELS: Record<string, string> = Object.fromEntries(PLACE_OPTIONS);

function followUpHtml(followUp: ConversationDetail["followUp"], timeZone: string): Markup {
  if (!followUp) return html``;
  if (followUp.sentAt === null)
    return html`<p class="small">Follow-up email: not sent yet${followUp.mailError ? html` (${followUp.mailError})` : ""}.</p>`;
  const answer = followUp.answer;
  if (!answer)
    return html`<p class="small">Follow-up email sent ${formatTime(followUp.sentAt, timeZone)}; no answer yet.</p>`;
  const place = answer.place ? PLACE_LABELS[answer.place] : undefined;
  return html`<p class="small">Follow-up (answered ${formatTime(followUp.answeredAt, timeZone)}): seen? <strong>${SEEN_LABELS[answer.seen] ?? answer.seen}</strong>${place ? html`, at <strong>${place}</strong>` : ""}${answer.where ? html` (“${answer.where}”)` : ""}.</p>`;
}

export function conversationPage(input: {
  staff: StaffMember;
  csrfToken: string;
  detail: ConversationDetail;
  notice?: string;
}): string {
  const { detail, csrfToken } = input;
  const { conversation, lead } = detail;
  const id = encodeURIComponent(conversation.id);
  const timeZone = input.staff.clinicTimeZone;
  return page(
    {
      title: "Conversation",
      staff: input.staff,
      csrfToken,
      current: "/staff",
      ...(input.notice ? { notice: input.notice } : {}),
    },
    html`<p><a href="/staff">Back to conversations</a></p>
<h1>Conversation of ${formatTime(conversation.createdAt, timeZone)}</h1>
<p>${levelBadge(conversation.level)} ${conversation.redFlag ? html`<span class="badge flag">Red flag</span>` : ""} <span class="muted small">${conversation.turnCount} turns · ${conversation.brain} assistant · id ${conversation.id}</span></p>
${
  // The contact first: whoever opens this page is usually about to call the visitor.
  lead
    ? html`<section aria-labelledby="contact-heading" class="card contact"><h2 id="contact-heading">Contact</h2>
<p><strong>${lead.name}</strong> ${intentBadge(lead)} ${statusBadge(lead.status)}<br>${contactLines(lead)}</p>
<p class="small"><a href="#lead-heading">Status and notes</a></p></section>`
    : ""
}
${conversation.level === "emergency" ? "" : html`<p>The visitor's answer to “Was this helpful?”: ${helpfulText(detail.helpful)}</p>`}
<p>Export transcript: <a href="/api/staff/conversations/${id}/transcript?format=text" download>as text</a> · <a href="/api/staff/conversations/${id}/transcript?format=json" download>as JSON</a></p>
<div class="split">
  <section aria-labelledby="transcript-heading" class="card"><h2 id="transcript-heading">Transcript</h2>${transcriptHtml(toTranscript(detail.messages), timeZone)}</section>
  <div>
    <section aria-labelledby="intake-heading" class="card"><h2 id="intake-heading">Intake</h2>${intakeHtml(detail)}</section>
    <section aria-labelledby="disposition-heading" class="card"><h2 id="disposition-heading">Disposition</h2>${dispositionHtml(detail, timeZone)}</section>
    <section aria-labelledby="review-heading" class="card"><h2 id="review-heading">Clinician review</h2>${reviewHtml(detail, csrfToken, timeZone)}</section>
    <section aria-labelledby="lead-heading" class="card"><h2 id="lead-heading">Lead</h2>${
      lead
        ? html`<p><strong>${lead.name}</strong> ${intentBadge(lead)} ${statusBadge(lead.status)}<br>${contactLines(lead)}</p>${appointmentLine(lead, timeZone)}<p>Fit: <strong>${lead.fit ?? "—"}</strong></p>${followUpHtml(detail.followUp, timeZone)}${leadEditor(lead, csrfToken, `/staff/conversations/${conversation.id}`)}`
        : html`<p class="muted">The visitor did not ask to be contacted.</p>`
    }</section>
  </div>
</div>`,
  );
}
