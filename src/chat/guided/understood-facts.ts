import { describeDuration } from "../../triage/fact-phrases.js";
import { questionFor, questionPriority, type Intake, type IntakeField } from "../../triage/index.js";
import type { UnderstoodFact } from "../ui-message.js";

// The "what I understood" summary: short, in plain words, so the visitor can correct it.

const labels: Partial<Record<IntakeField, string>> = {
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

function valueText(field: IntakeField, intake: Intake): string {
  const value = intake[field];
  if (field === "daysSinceOnset" && typeof value === "number")
    return value < 1 && value > 0
      ? `${describeDuration(value)} ago`
      : value === 0
        ? "today"
        : `${describeDuration(value)} ago`;
  if (field === "painScore") return `${String(value)}/10`;
  if (Array.isArray(value)) return value.join(", ");
  const option = questionFor(field)?.options?.find((candidate) => candidate.answers[field] === value);
  if (option) return option.label;
  return String(value);
}

const summaryOrder: IntakeField[] = [
  "age",
  "sex",
  "side",
  "injury",
  "mechanism",
  "daysSinceOnset",
  ...questionPriority.slice(3),
  "aggravators",
  "activity",
];

export function understoodFacts(intake: Intake, only?: IntakeField[]): UnderstoodFact[] {
  const fields = [...new Set(summaryOrder)].filter(
    (field) => intake[field] !== undefined && (!only || only.includes(field)),
  );
  return fields.map((field) => ({
    field,
    value: intake[field],
    text: `${labels[field] ?? field}: ${valueText(field, intake)}`,
  }));
}

export function factsAsText(facts: UnderstoodFact[]): string {
  return facts.map((fact) => `- ${fact.text}`).join("\n");
}
