import { severityOrder } from "../../triage/alarming-values.js";
import { emptyExtraction, extractFacts, type Extraction } from "../../triage/extract/index.js";
import { classifyReply } from "../../triage/extract/reply.js";
import type { SpeakingFor } from "../../triage/extract/subject.js";
import { negativeValue } from "../../triage/extract/values.js";
import type { Intake, IntakeField } from "../../triage/index.js";
import type { QuestionData } from "../protocol/ui-message.js";
import { NOT_SURE_SOME } from "./checklists.js";
import { checklistWords } from "./checklist-words.js";
import { replyIntent, type ReplyIntent } from "./reply-intent.js";

// Read a visitor's reply against the question just asked: option labels and structured
// answers first (they win), then the visitor's own words through the extractor and its
// spec §7 gate (which lets a reassuring answer through only for the question asked).

export interface Interpretation {
  /** Answers from chosen options, structured metadata, or a checklist answered in words. */
  chosen: Record<string, unknown>;
  extraction: Extraction;
  /** The visitor chose "not sure about some" on a checklist. */
  unsureAboutChecklist: boolean;
  intent: ReplyIntent;
  /** The message reads as a question to us (answered from the articles; its facts still count). */
  isQuestion: boolean;
}

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
  const pieces = text
    .split(/[,;\n]+/)
    .map((piece) => piece.trim())
    .filter(Boolean);
  const matches = pieces.map((piece) => matchOption(piece, question));
  if (pieces.length < 2 || matches.some((match) => match === undefined)) return undefined;
  return matches.filter((match) => match !== undefined);
}

/**
 * A bare yes / no / not sure to a single question whose options start that way ("Yes, that's
 * right" / "No, it was more recent"), when exactly one option does.
 */
function optionByReply(text: string, question: QuestionData) {
  if (question.kind !== "single" || !question.options) return undefined;
  const normalized = normalizeLabel(text);
  const reply = classifyReply(normalized, normalized, normalized);
  if (!reply || normalized.split(" ").length > 6) return undefined;
  const lead = { yes: /^yes\b/, no: /^no\b/, unsure: /^(?:not sure|i'm not sure|i don't know)\b/ }[reply];
  const candidates = question.options.filter((option) => lead.test(normalizeLabel(option.label)));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Two ticks for one field (given way at times, and unstable now): the more alarming one. */
function worse(field: IntakeField, current: unknown, next: unknown): unknown {
  const order = severityOrder[field];
  if (current === undefined || !order) return current ?? next;
  return order.indexOf(String(next)) > order.indexOf(String(current)) ? next : current;
}

// A mechanism given to "How did it happen?" is an injury (a fall, a blow, a twist, a landing,
// bending backwards); "something else" says nothing of one.
const injuryMechanisms: ReadonlySet<unknown> = new Set(["fall", "direct_blow", "twist", "landing", "hyperextension"]);
function injuryByMechanism(chosen: Record<string, unknown>, intake: Intake | undefined): Record<string, unknown> {
  const known = chosen.injury ?? intake?.injury;
  return injuryMechanisms.has(chosen.mechanism) && (known === undefined || known === "unsure") ? { injury: "yes" } : {};
}

/** On a checklist, fields the visitor did not tick get their "nothing of the sort" answer (interfaces.md). */
function completeChecklist(question: QuestionData, chosen: Record<string, unknown>): Record<string, unknown> {
  if (!question.fields.some((field) => chosen[field] !== undefined)) return {};
  const filled: Record<string, unknown> = {};
  for (const field of question.fields) if (chosen[field] === undefined) filled[field] = negativeValue(field);
  return filled;
}

export function interpretReply(input: {
  text: string;
  structured: Record<string, unknown> | undefined;
  pending: QuestionData | undefined;
  now: Date;
  intake?: Intake;
  /** Whose knee the visitor said it is ("My child"): "she can't walk" is then the patient's (spec §7.2). */
  patient?: SpeakingFor;
}): Interpretation {
  const { text, pending } = input;
  const chosen: Record<string, unknown> = { ...(input.structured ?? {}) };
  let unsureAboutChecklist = false;

  const exactOptions = pending && text.trim() !== "" ? chosenOptions(text, pending) : undefined;
  // "No, but it's really hot now": the leading answer picks the option, and the rest of the
  // words are still read, so what else the visitor said is never lost.
  const byReply = pending && text.trim() !== "" && !exactOptions ? optionByReply(text, pending) : undefined;
  const options = exactOptions ?? (byReply ? [byReply] : []);
  for (const option of options) {
    if (option.label === NOT_SURE_SOME) unsureAboutChecklist = true;
    for (const [field, value] of Object.entries(option.answers)) {
      if (input.structured?.[field] === undefined) chosen[field] = worse(field as IntakeField, chosen[field], value);
    }
  }
  const wholeReplyWasOptions = exactOptions !== undefined && exactOptions.length > 0;
  Object.assign(chosen, injuryByMechanism(chosen, input.intake));

  const expecting: IntakeField[] = pending && !wholeReplyWasOptions ? pending.fields : [];
  const extraction: Extraction = wholeReplyWasOptions
    ? emptyExtraction()
    : extractFacts(text, {
        now: input.now,
        expecting,
        ...(input.intake ? { intake: input.intake } : {}),
        ...(input.patient ? { patient: input.patient } : {}),
      });
  if (pending?.kind === "multi" && !unsureAboutChecklist) {
    // Taps and structured answers leave the unticked items "none of these"; typed words say
    // which items they name ("just the numbness", "the first two", "none of the others").
    // "Dunno", "no idea tbh", naming no item: "not sure about some" (each item then asked on
    // its own), never an unclear reply asked again as it was.
    const typed = !wholeReplyWasOptions && input.structured === undefined;
    const ticked = typed ? checklistWords(text, pending, extraction) : completeChecklist(pending, chosen);
    const normalized = normalizeLabel(text);
    if (
      typed &&
      Object.keys(ticked).length === 0 &&
      (classifyReply(normalized, normalized, normalized) === "unsure" ||
        pending.fields.every((field) => extraction.uncertain.includes(field))) &&
      pending.fields.every((field) => extraction.answers[field] === undefined)
    )
      unsureAboutChecklist = true;
    else Object.assign(chosen, ticked);
  }
  // Structured answers win: drop extracted values for fields chosen explicitly.
  const extracted: Intake = Object.fromEntries(
    Object.entries(extraction.answers).filter(([field]) => chosen[field] === undefined),
  ) as Intake;

  // Words about the knee that we could not record yet (a denial we must still ask, a fact to
  // confirm) still make the message an answer, not an unclear one.
  const saidSomething =
    Object.keys(chosen).length > 0 ||
    Object.keys(extracted).length > 0 ||
    Object.keys(extraction.withheld).length > 0 ||
    Object.keys(extraction.confirm).length > 0 ||
    extraction.uncertain.length > 0;
  const intent = wholeReplyWasOptions || byReply || input.structured ? "answer" : replyIntent(text, saidSomething);
  return {
    chosen,
    extraction: { ...extraction, answers: extracted },
    unsureAboutChecklist,
    intent,
    isQuestion: intent === "question",
  };
}
