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

/**
 * §7.3: this fact would stop questions from being asked (no injury; an onset that makes an
 * injury non-acute), given what is known for sure (`known`: recorded, or directly answered).
 */
export function needsConfirmation(field: IntakeField, value: unknown, known: Intake): boolean {
  if (field === "injury") return value === "no";
  if (field !== "daysSinceOnset" || typeof value !== "number" || value <= ACUTE_WINDOW_DAYS) return false;
  // Not a branch closer once "no injury" is known (an unconfirmed "no" from free text does not count).
  return known.injury !== "no";
}

/** What is known for sure: the intake, plus what the words directly answer now. */
function knownFor(input: GateInput): Intake {
  const direct = Object.fromEntries(
    input.answering.map((field) => [field, input.answers[field]]).filter(([, value]) => value !== undefined),
  );
  return { ...input.intake, ...direct } as Intake;
}

export function gateFreeText(input: GateInput): GatedFacts {
  const gated: GatedFacts = { record: {}, evidence: {}, confirm: {}, withheld: {}, askAgain: [] };
  const record = gated.record as Record<string, unknown>;
  const confirm = gated.confirm as Record<string, unknown>;
  for (const [name, value] of Object.entries(input.answers) as Array<[IntakeField, unknown]>) {
    if (value === undefined) continue;
    const words = input.evidence[name] ?? "";
    const answersItsQuestion = input.answering.includes(name);
    if (!answersItsQuestion && needsConfirmation(name, value, knownFor(input))) {
      confirm[name] = value;
      continue;
    }
    if (!answersItsQuestion && !mayRecordFromFreeText(name, value)) {
      gated.withheld[name] = { value, words };
      continue;
    }
    record[name] = value;
    if (words) gated.evidence[name] = words;
    if (!answersItsQuestion && worseValueStillPossible(name, value)) gated.askAgain.push(name);
  }
  // An injury from these same words goes with its onset to the confirmation: recorded alone,
  // an injury with no onset counts as acute (spec §5), so the engine would act on the very
  // assumption the visitor's "10 days ago" contradicts before they could confirm it.
  if (confirm.daysSinceOnset !== undefined && record.injury !== undefined && !input.answering.includes("injury")) {
    confirm.injury = record.injury;
    delete record.injury;
    delete gated.evidence.injury;
  }
  return gated;
}
