import { intakeFields, intakeShape, yesNo, yesNoUnsure, type Intake, type IntakeField } from "./intake-schema.js";

// Spec §7.1: which answers can fire a rule of §4. Free text may record only these for a field
// a rule reads ("free text can raise, never lower"); the reassuring answer comes only from
// the visitor's answer to the question that asks the field. The question order uses the same
// table to find the questions whose answer could still raise the level.

/** Fields where "no" is the unsafe answer: can you walk, bend, lift the leg. */
export const abilityFields: ReadonlySet<IntakeField> = new Set([
  "walkFourStepsNow",
  "walkFourStepsImmediately",
  "flexTo90",
  "straightLegRaise",
]);

/** Enum values from least to most alarming, for the enums a rule reads. */
export const severityOrder: Partial<Record<IntakeField, readonly string[]>> = {
  swelling: ["none", "mild", "marked"],
  givingWay: ["none", "episodes", "unstable_now"],
  patellaDislocation: ["none", "recurrent", "went_back_first_time", "still_out"],
};

/**
 * The values of a field that can fire a rule, most alarming first; undefined for the
 * descriptive fields (age, onset, pain score, trend, side, mechanism, activity ...), which
 * free text may state plainly (spec §7.1, last sentence).
 */
export function alarmingValues(field: IntakeField): readonly string[] | undefined {
  return alarmingByField.get(field);
}

function alarmingOf(field: IntakeField): readonly string[] | undefined {
  const schema: unknown = intakeShape[field];
  if (schema === yesNoUnsure) return abilityFields.has(field) ? ["no", "unsure"] : ["yes", "unsure"];
  if (schema === yesNo) return ["yes"];
  const order = severityOrder[field];
  return order ? [...order.slice(1)].reverse() : undefined;
}

// Read on every evaluation (the question order), so worked out once.
const alarmingByField: ReadonlyMap<IntakeField, readonly string[] | undefined> = new Map(
  intakeFields.map((field) => [field, alarmingOf(field)]),
);

/** Spec §7.1: this value may be recorded for this field from words that do not answer its question. */
export function mayRecordFromFreeText(field: IntakeField, value: unknown): boolean {
  const alarming = alarmingValues(field);
  return alarming === undefined || alarming.includes(String(value));
}

/**
 * An enum recorded from free text with a value while a more alarming one is still possible
 * ("a bit puffy" could be marked): the question is still asked (spec §7.1).
 */
export function worseValueStillPossible(field: IntakeField, value: unknown, intake: Intake = {}): boolean {
  const order = severityOrder[field];
  if (!order) return false;
  const index = order.indexOf(String(value));
  // A kneecap still out is out of place: once the visitor has answered that nothing looks out of
  // place, the one worse value than "went back, first time" is ruled out.
  if (field === "patellaDislocation" && value === "went_back_first_time" && intake.deformity === "no") return false;
  return index >= 0 && index < order.length - 1;
}
