import { mayRecordFromFreeText, worseValueStillPossible } from "./alarming-values.js";
import { ACUTE_WINDOW_DAYS } from "./facts.js";
import type { Intake, IntakeField } from "./intake-schema.js";

// Spec §7: the one place that decides what the visitor's free words may record. Everything
// read from text passes here: the extractor's facts, the emergency screen's, and a model's
// record_intake calls. Only a tap or a structured answer to a question skips it.

export interface GateInput {
  /** Facts read from the words. */
  answers: Intake;
  /** The visitor's words behind each fact. */
  evidence: Partial<Record<IntakeField, string>>;
  /** Fields of the question the words answer (the pending question); empty for unprompted text. */
  answering: readonly IntakeField[];
  /** What is already known: decides whether an onset would close the acute-injury branch. */
  intake: Intake;
}

export interface WithheldFact {
  value: unknown;
  words: string;
}

export interface GatedFacts {
  /** Safe to record now. */
  record: Intake;
  evidence: Partial<Record<IntakeField, string>>;
  /** §7.3: branch-closing facts to show back for a one-tap confirmation before relying on them. */
  confirm: Intake;
  /** §7.1: reassuring words that did not answer the field's question, kept for staff; the field is still asked. */
  withheld: Partial<Record<IntakeField, WithheldFact>>;
  /** §7.1: enums recorded while a more alarming value is still possible: the question is still asked. */
  askAgain: IntakeField[];
}

/** §7.3: this fact would stop questions from being asked (no injury; an injury that is no longer acute). */
function closesBranch(field: IntakeField, value: unknown, input: GateInput): boolean {
  if (field === "injury") return value === "no";
  if (field !== "daysSinceOnset" || typeof value !== "number" || value <= ACUTE_WINDOW_DAYS) return false;
  // The onset closes the acute branch unless "no injury" is already known: recorded, or the
  // direct answer to the injury question now (an unconfirmed "no" from free text does not count).
  const injury = input.answering.includes("injury") ? (input.answers.injury ?? input.intake.injury) : input.intake.injury;
  return injury !== "no";
}

export function gateFreeText(input: GateInput): GatedFacts {
  const gated: GatedFacts = { record: {}, evidence: {}, confirm: {}, withheld: {}, askAgain: [] };
  const record = gated.record as Record<string, unknown>;
  const confirm = gated.confirm as Record<string, unknown>;
  for (const [name, value] of Object.entries(input.answers) as Array<[IntakeField, unknown]>) {
    if (value === undefined) continue;
    const words = input.evidence[name] ?? "";
    const answersItsQuestion = input.answering.includes(name);
    if (!answersItsQuestion && !mayRecordFromFreeText(name, value)) {
      gated.withheld[name] = { value, words };
      continue;
    }
    if (!answersItsQuestion && closesBranch(name, value, input)) {
      confirm[name] = value;
      continue;
    }
    record[name] = value;
    if (words) gated.evidence[name] = words;
    if (!answersItsQuestion && worseValueStillPossible(name, value)) gated.askAgain.push(name);
  }
  return gated;
}
