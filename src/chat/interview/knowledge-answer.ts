import { composeAnswer } from "../../knowledge/compose-answer.js";
import type { KnowledgeBase, KnowledgeResult } from "../../knowledge/knowledge-base.js";
import { unansweredEvent } from "../../knowledge/unanswered-questions.js";
import type { Disposition } from "../../triage/index.js";
import { urgentReminder } from "./disposition-card.js";
import type { TurnWriter } from "../protocol/turn-writer.js";

// Answers from the clinic's own articles: a direct answer in the article's own words, then
// the citation; an honest "I don't have information" when no section answers, which is also
// recorded so the clinic sees which questions its articles leave open. An answer never
// contradicts the safety disposition: urgent advice is repeated.

export const NO_ANSWER = "I don't have information on that in our articles, so I'd rather not guess.";

function askTheClinic(clinicName: string | undefined): string {
  return clinicName
    ? `You're welcome to ask the team at ${clinicName} directly: a physical therapist can answer it at an assessment.`
    : "You're welcome to ask the clinic directly: a physical therapist can answer it at an assessment.";
}

/** The first sentences of a passage, without markdown list markers or notes, up to a length. */
export function excerpt(text: string, maxLength = 420): string {
  const plain = text
    .split("\n")
    .filter((line) => !line.trim().startsWith(">"))
    .map((line) =>
      line
        .replace(/^\s*[-*]\s+/, "")
        .replace(/\*\*/g, "")
        .trim(),
    )
    .filter(Boolean)
    .join(" ");
  const sentences = plain.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [plain];
  let result = "";
  for (const sentence of sentences) {
    if (result.length + sentence.length > maxLength && result !== "") break;
    result += sentence;
  }
  return result.trim().slice(0, maxLength + 80);
}

export function absoluteUrl(baseUrl: string, path: string): string {
  return new URL(path, baseUrl).toString();
}

function safetyReminder(disposition: Disposition | undefined): string {
  if (!disposition || (disposition.level !== "urgent" && disposition.level !== "emergency")) return "";
  return `\n\n${urgentReminder(disposition)}`;
}

export function citeResults(writer: TurnWriter, results: KnowledgeResult[], baseUrl: string): void {
  const seen = new Set<string>();
  for (const result of results) {
    if (seen.has(result.url)) continue;
    seen.add(result.url);
    writer.sourceUrl(absoluteUrl(baseUrl, result.url), `${result.title}: ${result.section}`);
  }
}

/**
 * Write a cited answer to the visitor's question; returns false when the articles have
 * nothing that answers it. With a `session`, an unanswered question is recorded as a
 * `knowledge_unanswered` turn event for the clinic's report.
 */
export function answerFromKnowledge(input: {
  knowledge: KnowledgeBase;
  question: string;
  disposition: Disposition | undefined;
  writer: TurnWriter;
  baseUrl: string;
  session?: { events: Array<{ type: string; data?: unknown }>; clinic?: { name: string } };
}): boolean {
  const answer = composeAnswer(input.knowledge, input.question);
  if (answer.kind === "none") {
    input.writer.text(`${NO_ANSWER} ${askTheClinic(input.session?.clinic?.name)}${safetyReminder(input.disposition)}`);
    const event = unansweredEvent(input.question);
    if (event && input.session) input.session.events.push(event);
    return false;
  }
  const { source, related } = answer;
  const seeAlso = related ? ` See also "${related.title}": ${related.section}.` : "";
  input.writer.text(
    `${answer.answer}\n\n(From our article "${source.title}": ${source.section}.)${seeAlso}${safetyReminder(input.disposition)}`,
  );
  citeResults(input.writer, [source, ...(related ? [related] : [])], input.baseUrl);
  return true;
}
