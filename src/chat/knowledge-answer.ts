import type { KnowledgeBase, KnowledgeResult } from "../knowledge/knowledge-base.js";
import type { Disposition } from "../triage/index.js";
import { urgentReminder } from "./disposition-card.js";
import type { TurnWriter } from "./turn-writer.js";

// Answers from the clinic's own articles, cited; an honest "I don't know" below the search
// threshold. An answer never contradicts the safety disposition: urgent advice is repeated.

const NO_ANSWER =
  "I don't have information on that in our articles, so I'd rather not guess. A physical therapist can answer it at an assessment.";

/** The first sentences of a passage, without markdown list markers or notes, up to a length. */
export function excerpt(text: string, maxLength = 420): string {
  const plain = text
    .split("\n")
    .filter((line) => !line.trim().startsWith(">"))
    .map((line) => line.replace(/^\s*[-*]\s+/, "").replace(/\*\*/g, "").trim())
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

/** Write a cited answer; returns false when the knowledge base has nothing good enough. */
export function answerFromKnowledge(input: {
  knowledge: KnowledgeBase;
  question: string;
  disposition: Disposition | undefined;
  writer: TurnWriter;
  baseUrl: string;
}): boolean {
  const results = input.knowledge.search(input.question, 3);
  const best = results[0];
  if (!best) {
    input.writer.text(NO_ANSWER + safetyReminder(input.disposition));
    return false;
  }
  const related = results.slice(1).filter((result) => result.articleId !== best.articleId).slice(0, 1);
  const seeAlso = related.map((result) => `\n\nSee also "${result.title}": ${result.section}.`).join("");
  input.writer.text(
    `From our article "${best.title}" (${best.section}): ${excerpt(best.text)}${seeAlso}${safetyReminder(input.disposition)}`,
  );
  citeResults(input.writer, [best, ...related], input.baseUrl);
  return true;
}
