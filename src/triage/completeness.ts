import { alarmingValues } from "./alarming-values.js";
import { hasSwelling, isAcuteInjury, isChild, yesOrUnsure } from "./facts.js";
import type { Intake, IntakeField } from "./intake-schema.js";
import { emergencyRules } from "./rules-emergency.js";

// Completeness of spec §5: which fields must be answered for this intake, and the order the
// chat asks them in.

const alwaysNeeded: IntakeField[] = [
  "age",
  "injury",
  "daysSinceOnset",
  "walkFourStepsNow",
  "footColdPale",
  "numbnessTingling",
  "footWeakness",
  "swelling",
  "hotRed",
  "feverOrUnwell",
  "calfPainSwelling",
  "locked",
  "catching",
  "givingWay",
  "nightPain",
  "painScore",
  "trend",
  "limitsActivity",
  "backPainRadiating",
  // Ruleset 2026.12: post-operative knees are a large part of a clinic's visitors, and a
  // leaking wound with a fever matters even when the joint is cool (spec §5).
  "recentSurgeryOrInjection",
];

const acuteInjuryBranch: IntakeField[] = [
  "deformity",
  "walkFourStepsImmediately",
  "flexTo90",
  "tenderPatellaOnly",
  "tenderFibularHead",
  "straightLegRaise",
  "patellaDislocation",
  "openWound",
  "severePainOutOfProportion",
];

/** Every field spec §5 needs answered for this intake, given the answers so far. */
export function neededFields(intake: Intake): Set<IntakeField> {
  const needed = new Set<IntakeField>(alwaysNeeded);
  const add = (...fields: IntakeField[]) => fields.forEach((field) => needed.add(field));

  if (intake.backPainRadiating === "yes" || yesOrUnsure(intake.footWeakness) || yesOrUnsure(intake.numbnessTingling)) {
    add("saddleNumbnessOrBladder");
  }
  if (isAcuteInjury(intake)) {
    add(...acuteInjuryBranch);
    if (hasSwelling(intake)) add("rapidSwelling", "anticoagulants");
  } else {
    add("otherJointsSwollen", "effusionAfterActivity");
    if (isChild(intake)) add("hipOrGroinPain", "limp");
  }
  if (yesOrUnsure(intake.hotRed)) add("kneeReplacement", "immunosuppressed");
  if (intake.recentSurgeryOrInjection === "yes") add("woundProblem");
  if (yesOrUnsure(intake.calfPainSwelling)) add("breathlessOrChestPain");
  if (intake.nightPain === "yes") add("cancerHistory", "weightLoss", "boneLump");
  return needed;
}

/**
 * The asking order, most safety-critical first. The three context questions lead because
 * every emergency rule depends on them (acute injury, child); then the call-emergency-services
 * flags, the emergency-department flags, the urgent ones, and last what only shapes routine care.
 */
export const questionPriority: IntakeField[] = [
  "injury",
  "daysSinceOnset",
  "age",
  "footColdPale",
  "breathlessOrChestPain",
  "saddleNumbnessOrBladder",
  "severePainOutOfProportion",
  "deformity",
  "patellaDislocation",
  "openWound",
  "walkFourStepsNow",
  "straightLegRaise",
  "numbnessTingling",
  "footWeakness",
  "swelling",
  "hotRed",
  "feverOrUnwell",
  "kneeReplacement",
  "recentSurgeryOrInjection",
  "immunosuppressed",
  "woundProblem",
  "rapidSwelling",
  "anticoagulants",
  "hipOrGroinPain",
  "calfPainSwelling",
  "walkFourStepsImmediately",
  "flexTo90",
  "tenderPatellaOnly",
  "tenderFibularHead",
  "locked",
  "givingWay",
  "limp",
  "otherJointsSwollen",
  "nightPain",
  "cancerHistory",
  "weightLoss",
  "boneLump",
  "catching",
  "effusionAfterActivity",
  "backPainRadiating",
  "painScore",
  "trend",
  "limitsActivity",
];

// Facts that only set the scene (an acute injury, a child): a rule they complete is not
// "half answered" yet, and the static order already asks them first.
const sceneFields: ReadonlySet<IntakeField> = new Set(["injury", "daysSinceOnset", "age"]);

/** The most alarming answers a question could still turn up. */
function probeAnswers(field: IntakeField): readonly unknown[] {
  if (field === "age") return [10, 60];
  if (field === "daysSinceOnset") return [0];
  const alarming = alarmingValues(field);
  return alarming ? [alarming[0]] : [];
}

function isAlarming(field: IntakeField, value: unknown): boolean {
  return !sceneFields.has(field) && (alarmingValues(field)?.includes(String(value)) ?? false);
}

/**
 * Questions whose alarming answer would complete an emergency rule together with an alarming
 * fact the visitor already gave (a hot knee with a fever: swelling decides E-SEPTIC). They
 * jump the queue (spec §5 and §7: "asks what is still needed, most safety-critical first").
 */
function completingQuestions(intake: Intake, pending: readonly IntakeField[]): Set<IntakeField> {
  const completing = new Set<IntakeField>();
  const halfAnswered = emergencyRules.filter((rule) => rule.reads?.some((field) => isAlarming(field, intake[field])));
  if (halfAnswered.length === 0 || emergencyRules.some((rule) => rule.match(intake) !== undefined)) return completing;
  const probe: Record<string, unknown> = { ...intake };
  for (const rule of halfAnswered) {
    for (const field of rule.reads ?? []) {
      if (completing.has(field) || !pending.includes(field)) continue;
      for (const value of probeAnswers(field)) {
        probe[field] = value;
        if (rule.match(probe as Intake) !== undefined) completing.add(field);
      }
      probe[field] = undefined;
    }
  }
  return completing;
}

/** The unanswered fields that could still change the outcome, most safety-critical first. */
export function nextQuestions(intake: Intake): IntakeField[] {
  const needed = neededFields(intake);
  const pending = questionPriority.filter((field) => needed.has(field) && intake[field] === undefined);
  const completing = completingQuestions(intake, pending);
  return completing.size === 0
    ? pending
    : [...pending.filter((field) => completing.has(field)), ...pending.filter((field) => !completing.has(field))];
}
