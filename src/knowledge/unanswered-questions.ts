// Questions the articles could not answer, as the chat records them (a `knowledge_unanswered`
// turn event) and as the clinic's report groups them. Visitor words are stored trimmed and
// capped, and grouped by a normalised form so "Is swimming OK??" and "is swimming ok" count
// together. They are shown escaped like every visitor word on the dashboard.

export const UNANSWERED_EVENT = "knowledge_unanswered";
export const MAX_STORED_QUESTION = 200;

/** The visitor's question as stored: one line, control characters removed, at most 200 characters. */
export function storedQuestion(question: string): string {
  const oneLine = question
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return Array.from(oneLine).slice(0, MAX_STORED_QUESTION).join("");
}

/** The form questions are grouped by: lower case, punctuation and extra spaces removed. */
export function normalizedQuestion(question: string): string {
  return storedQuestion(question)
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The turn event for an unanswered question, or undefined for an empty one. */
export function unansweredEvent(
  question: string,
): { type: typeof UNANSWERED_EVENT; data: { question: string } } | undefined {
  const text = storedQuestion(question);
  return text === "" ? undefined : { type: UNANSWERED_EVENT, data: { question: text } };
}
