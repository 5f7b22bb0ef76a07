import { expect } from "vitest";
import {
  evaluate,
  type Action,
  type CareSetting,
  type Disposition,
  type Intake,
  type Level,
} from "../../src/triage/index.js";

// Shared intakes and assertions for the rule tests. Each baseline is complete and flag-free,
// so a single changed answer decides which rule fires.

/** An adult with a few weeks of mild, improving pain and no injury: complete, self-care. */
export const quietKnee: Intake = {
  age: 35,
  sex: "female",
  side: "left",
  injury: "no",
  daysSinceOnset: 10,
  walkFourStepsNow: "yes",
  footColdPale: "no",
  numbnessTingling: "no",
  footWeakness: "no",
  swelling: "none",
  hotRed: "no",
  feverOrUnwell: "no",
  calfPainSwelling: "no",
  locked: "no",
  catching: "no",
  givingWay: "none",
  nightPain: "no",
  painScore: 3,
  trend: "improving",
  limitsActivity: "no",
  backPainRadiating: "no",
  recentSurgeryOrInjection: "no",
  otherJointsSwollen: "no",
  effusionAfterActivity: "no",
};

/** An adult who twisted the knee 2 days ago and passes every Ottawa item: complete, self-care. */
export const minorTwist: Intake = answer(quietKnee, {
  otherJointsSwollen: undefined,
  effusionAfterActivity: undefined,
  injury: "yes",
  mechanism: "twist",
  daysSinceOnset: 2,
  deformity: "no",
  walkFourStepsImmediately: "yes",
  flexTo90: "yes",
  tenderPatellaOnly: "no",
  tenderFibularHead: "no",
  straightLegRaise: "yes",
  patellaDislocation: "none",
  openWound: "no",
  severePainOutOfProportion: "no",
});

/** A 16-year-old with an ache and no injury: complete, self-care. */
export const quietChild: Intake = { ...quietKnee, age: 16, hipOrGroinPain: "no", limp: "no" };

/** The intake with some answers changed; `undefined` removes an answer. */
export function answer(base: Intake, changes: Partial<Record<keyof Intake, unknown>>): Intake {
  const merged: Record<string, unknown> = { ...base, ...changes };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return merged as Intake;
}

export function ruleIds(disposition: Disposition): string[] {
  return disposition.reasons.map((reason) => reason.rule);
}

// Words that would turn a reason into a diagnosis (spec §1.5). Hedged possibilities
// ("must be ruled out", "may be affected") are allowed; naming the condition is not.
export const diagnosisPatterns: RegExp[] = [
  /\byou(?:'ve| have) (?:a |an )?(?:fracture|broken|torn|tear|ruptur|dislocat|dvt|clot|infect|septic|gout|tumou?r|cancer\b)/i,
  /\bfractur/i,
  /\bACL\b/,
  /\bmenisc/i,
  /\bDVT\b/,
  /\bthrombos/i,
  /\bembolism/i,
  /\bseptic arthritis/i,
  /\bcompartment syndrome/i,
  /\bcauda equina/i,
  /\bhaemarthrosis|\bhemarthrosis/i,
  /\bligament (?:tear|rupture)/i,
  /\bosteosarcoma|\bsarcoma/i,
];

export function expectNoDiagnosis(disposition: Disposition): void {
  for (const reason of disposition.reasons) {
    for (const pattern of diagnosisPatterns) expect(reason.summary, reason.rule).not.toMatch(pattern);
  }
}

export interface Outcome {
  level: Level;
  action: Action;
  careSetting: CareSetting;
}

export const outcomes = {
  callEmergency: { level: "emergency", action: "call_emergency_services", careSetting: "emergency_services" },
  emergencyDepartment: {
    level: "emergency",
    action: "go_to_emergency_department",
    careSetting: "emergency_department",
  },
  urgentCareToday: { level: "urgent", action: "urgent_care_today", careSetting: "urgent_care" },
  doctorWithin24h: { level: "urgent", action: "see_doctor_within_24h", careSetting: "physician" },
  physioAssessment: { level: "routine", action: "book_pt_assessment", careSetting: "physical_therapist" },
  selfCare: { level: "self_care", action: "self_care", careSetting: "self_care" },
} as const satisfies Record<string, Outcome>;

/** The rule fires, decides the outcome, and explains itself without a diagnosis. */
export function expectFires(intake: Intake, rule: string, outcome: Outcome): Disposition {
  const disposition = evaluate(intake);
  expect(ruleIds(disposition)).toContain(rule);
  expect({ level: disposition.level, action: disposition.action, careSetting: disposition.careSetting }).toEqual(
    outcome,
  );
  const reason = disposition.reasons.find((candidate) => candidate.rule === rule);
  expect(reason?.summary.length ?? 0).toBeGreaterThan(20);
  expect(reason?.summary).not.toMatch(/undefined|NaN|^:/);
  expectNoDiagnosis(disposition);
  return disposition;
}

/** The rule stays silent; returns the disposition for further checks. */
export function expectSilent(intake: Intake, rule: string): Disposition {
  const disposition = evaluate(intake);
  expect(ruleIds(disposition)).not.toContain(rule);
  return disposition;
}

export function summaryOf(disposition: Disposition, rule: string): string {
  return disposition.reasons.find((reason) => reason.rule === rule)?.summary ?? "";
}
