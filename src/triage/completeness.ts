import { hasSwelling, isAcuteInjury, isChild, yesOrUnsure } from "./facts.js";
import type { Intake, IntakeField } from "./intake-schema.js";

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
  if (yesOrUnsure(intake.hotRed)) add("kneeReplacement", "recentSurgeryOrInjection", "immunosuppressed");
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

/** The unanswered fields that could still change the outcome, most safety-critical first. */
export function nextQuestions(intake: Intake): IntakeField[] {
  const needed = neededFields(intake);
  return questionPriority.filter((field) => needed.has(field) && intake[field] === undefined);
}
