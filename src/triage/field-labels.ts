import type { IntakeField } from "./intake-schema.js";

// One catalogue of what each intake field is called in plain words: the visitor's "what I
// understood" summary and every staff screen, CSV and email read it from here. Where staff see
// the raw value (a number of days, a score), the staff label says what the number is.

const staffUnits: Partial<Record<IntakeField, string>> = {
  daysSinceOnset: "Days since it started",
  painScore: "Worst pain (0–10)",
};

export const fieldLabels: Readonly<Record<IntakeField, string>> = {
  age: "Age",
  sex: "Sex",
  side: "Knee",
  injury: "Started with an injury",
  mechanism: "How it happened",
  daysSinceOnset: "Started",
  walkFourStepsImmediately: "Could take 4 steps right after",
  walkFourStepsNow: "Can take 4 steps now",
  flexTo90: "Can bend to a right angle",
  tenderPatellaOnly: "Only the kneecap is tender",
  tenderFibularHead: "Bony point below the outside of the knee tender",
  straightLegRaise: "Can lift the straight leg",
  deformity: "Knee or kneecap out of place",
  patellaDislocation: "Kneecap slipped out",
  openWound: "Deep cut or wound",
  footColdPale: "Foot cold, pale or blue",
  numbnessTingling: "Numbness or pins and needles",
  footWeakness: "Trouble lifting the foot",
  severePainOutOfProportion: "Severe worsening pain, tight calf or shin",
  swelling: "Swelling",
  rapidSwelling: "Swelled within hours",
  anticoagulants: "Blood thinners",
  hotRed: "Knee hot or red",
  feverOrUnwell: "Fever or feeling very unwell",
  kneeReplacement: "Knee replacement",
  recentSurgeryOrInjection: "Surgery or injection in last 3 months",
  woundProblem: "Wound red, hot or leaking",
  immunosuppressed: "Weakened immune system or diabetes",
  calfPainSwelling: "Calf pain or swelling",
  breathlessOrChestPain: "Breathless or chest pain",
  locked: "Knee locked",
  catching: "Painful catching",
  givingWay: "Giving way",
  otherJointsSwollen: "Other joints swollen",
  hipOrGroinPain: "Hip or groin pain",
  limp: "Limping most of the time",
  backPainRadiating: "Back pain down the leg",
  saddleNumbnessOrBladder: "Saddle numbness or bladder/bowel trouble",
  nightPain: "Constant night pain",
  weightLoss: "Unexplained weight loss",
  cancerHistory: "History of cancer",
  boneLump: "Hard lump on the bone",
  painScore: "Worst pain",
  trend: "Trend",
  limitsActivity: "Stops daily activities or sport",
  effusionAfterActivity: "Puffs up after activity",
  aggravators: "Worse with",
  activity: "Activity",
};

/** What staff see beside a field's raw value. */
export function staffFieldLabel(field: IntakeField): string {
  return staffUnits[field] ?? fieldLabels[field];
}
