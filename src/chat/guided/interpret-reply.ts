import { extractFacts, type Extraction } from "../../triage/extract/index.js";
import type { Intake, IntakeField } from "../../triage/index.js";
import type { QuestionData } from "../ui-message.js";
import { NOT_SURE_SOME } from "./question-plan.js";

// Read a visitor's reply against the question just asked: option labels and structured
// answers first (they win), then the visitor's own words.

export interface Interpretation {
  /** Answers from chosen options or structured metadata. */
  chosen: Record<string, unknown>;
  extraction: Extraction;
  /** The visitor chose "not sure about some" on a checklist. */
  unsureAboutChecklist: boolean;
  /** The message reads as a question to us rather than an answer. */
  isQuestion: boolean;
}

const QUESTION_START =
  /^(what|what's|whats|how|why|when|where|which|who|is|are|can|could|should|would|will|do|does|did|am|may|shall|any)\b/;

export function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z0-9' ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function matchOption(piece: string, question: QuestionData) {
  const wanted = normalizeLabel(piece);
  if (wanted === "") return undefined;
  return question.options?.find((option) => normalizeLabel(option.label) === wanted);
}

/** The chosen options when the whole reply is made of option labels, else undefined. */
function chosenOptions(text: string, question: QuestionData) {
  const whole = matchOption(text, question);
  if (whole) return [whole];
  if (question.kind !== "multi") return undefined;
  const pieces = text.split(/[,;\n]+/).map((piece) => piece.trim()).filter(Boolean);
  const matches = pieces.map((piece) => matchOption(piece, question));
  if (pieces.length < 2 || matches.some((match) => match === undefined)) return undefined;
  return matches.filter((match) => match !== undefined);
}

export function looksLikeQuestion(text: string): boolean {
  const normalized = text.trim().toLowerCase();
  return normalized.endsWith("?") || QUESTION_START.test(normalized);
}

/** On a checklist, fields the visitor did not tick are answered "no" (interfaces.md). */
function completeChecklist(question: QuestionData, chosen: Record<string, unknown>): Record<string, unknown> {
  const touched = question.fields.some((field) => chosen[field] !== undefined);
  if (!touched) return chosen;
  const filled: Record<string, unknown> = { ...chosen };
  for (const field of question.fields) filled[field] ??= "no";
  return filled;
}

export function interpretReply(input: {
  text: string;
  structured: Record<string, unknown> | undefined;
  pending: QuestionData | undefined;
  now: Date;
}): Interpretation {
  const { text, pending } = input;
  let chosen: Record<string, unknown> = { ...(input.structured ?? {}) };
  let unsureAboutChecklist = false;
  let wholeReplyWasOptions = false;

  const options = pending && text.trim() !== "" ? chosenOptions(text, pending) : undefined;
  if (options && pending) {
    wholeReplyWasOptions = true;
    for (const option of options) {
      if (option.label === NOT_SURE_SOME) unsureAboutChecklist = true;
      // Structured answers win over the text.
      for (const [field, value] of Object.entries(option.answers)) chosen[field] ??= value;
    }
  }
  if (pending?.kind === "multi" && !unsureAboutChecklist) chosen = completeChecklist(pending, chosen);

  const expecting: IntakeField[] | undefined = pending && !wholeReplyWasOptions ? pending.fields : undefined;
  const extraction: Extraction = wholeReplyWasOptions
    ? { answers: {}, evidence: {}, uncertain: [] }
    : extractFacts(text, { now: input.now, ...(expecting ? { expecting } : {}) });
  // Structured answers win: drop extracted values for fields chosen explicitly.
  const extracted: Intake = Object.fromEntries(
    Object.entries(extraction.answers).filter(([field]) => chosen[field] === undefined),
  ) as Intake;

  const answeredSomething = Object.keys(chosen).length > 0 || Object.keys(extracted).length > 0;
  return {
    chosen,
    extraction: { ...extraction, answers: extracted },
    unsureAboutChecklist,
    isQuestion: !answeredSomething && !wholeReplyWasOptions && looksLikeQuestion(text),
  };
}
