import type { Intake, IntakeField } from "./intake-schema.js";

// Plain-language phrases for the visitor's own answers, used in every reason so a visitor
// and a clinician can both see which facts made a rule fire (spec §1.4). Phrases describe
// what the visitor told us; they never name a diagnosis (spec §1.5).

type PhraseSet = Partial<Record<string, string>>;

const phrases: Partial<Record<IntakeField, PhraseSet>> = {
  injury: { yes: "it started with an injury", unsure: "it may have started with an injury" },
  walkFourStepsImmediately: {
    no: "you could not take 4 steps right after the injury",
    unsure: "you are not sure you could take 4 steps right after the injury",
  },
  walkFourStepsNow: {
    no: "you cannot take 4 steps on it now",
    unsure: "you are not sure you can take 4 steps on it now",
  },
  flexTo90: {
    no: "you cannot bend the knee to a right angle",
    unsure: "you are not sure you can bend the knee to a right angle",
  },
  tenderPatellaOnly: {
    yes: "the kneecap is the tender spot",
    unsure: "the kneecap may be the tender spot",
  },
  tenderFibularHead: {
    yes: "the bony point below the outside of the knee is tender",
    unsure: "the bony point below the outside of the knee may be tender",
  },
  straightLegRaise: {
    no: "you cannot lift the straight leg off the bed",
    unsure: "you are not sure you can lift the straight leg off the bed",
  },
  deformity: {
    yes: "the knee or kneecap looks out of place",
    unsure: "the knee or kneecap may look out of place",
  },
  patellaDislocation: {
    still_out: "the kneecap is still out of place",
    went_back_first_time: "the kneecap slipped out and went back, for the first time",
    recurrent: "the kneecap has slipped out more than once",
  },
  openWound: { yes: "there is a deep cut or wound over the knee", unsure: "there may be a deep wound over the knee" },
  footColdPale: { yes: "the foot is cold, pale or blue", unsure: "the foot may be cold, pale or blue" },
  numbnessTingling: {
    yes: "you have new numbness or pins and needles below the knee",
    unsure: "you may have new numbness or pins and needles below the knee",
  },
  footWeakness: {
    yes: "you have trouble lifting the foot or toes",
    unsure: "you may have trouble lifting the foot or toes",
  },
  severePainOutOfProportion: {
    yes: "the pain is severe and getting worse despite painkillers, with a tight calf or shin",
    unsure: "the pain may be severe and worsening with a tight calf or shin",
  },
  swelling: { mild: "the knee is a little swollen", marked: "the knee is clearly swollen" },
  rapidSwelling: {
    yes: "it swelled up within a few hours of the injury",
    unsure: "it may have swelled up within a few hours of the injury",
  },
  anticoagulants: {
    yes: "you take blood thinners or have a bleeding disorder",
    unsure: "you may take blood thinners or have a bleeding disorder",
  },
  hotRed: { yes: "the knee is hot or red", unsure: "the knee may be hot or red" },
  feverOrUnwell: {
    yes: "you have a fever or feel very unwell",
    unsure: "you may have a fever or feel very unwell",
  },
  kneeReplacement: { yes: "you have a knee replacement in that knee" },
  recentSurgeryOrInjection: { yes: "you had knee surgery or an injection in the last 3 months" },
  woundProblem: {
    yes: "the surgical wound is red, hot or leaking",
    unsure: "the surgical wound may be red, hot or leaking",
  },
  immunosuppressed: {
    yes: "you have a weakened immune system or diabetes",
    unsure: "you may have a weakened immune system or diabetes",
  },
  calfPainSwelling: {
    yes: "you have pain or swelling in one calf",
    unsure: "you may have pain or swelling in one calf",
  },
  breathlessOrChestPain: {
    yes: "you have new breathlessness, chest pain or are coughing blood",
    unsure: "you may have new breathlessness, chest pain or be coughing blood",
  },
  locked: {
    yes: "the knee is stuck and will not straighten fully",
    unsure: "the knee may be stuck and unable to straighten fully",
  },
  catching: { yes: "the knee catches or clicks painfully" },
  givingWay: {
    episodes: "the knee has buckled or given way",
    unstable_now: "the knee feels unstable and will not hold you now",
  },
  otherJointsSwollen: { yes: "other joints are swollen and stiff too" },
  hipOrGroinPain: { yes: "you have hip or groin pain as well", unsure: "you may have hip or groin pain as well" },
  limp: { yes: "you are limping most of the time" },
  backPainRadiating: { yes: "you have back or buttock pain spreading down the leg" },
  saddleNumbnessOrBladder: {
    yes: "you have numbness around the genitals or buttocks, or new bladder or bowel trouble",
    unsure: "you may have numbness around the genitals or buttocks, or new bladder or bowel trouble",
  },
  nightPain: { yes: "you have constant pain at rest or at night" },
  weightLoss: { yes: "you have lost weight without explanation" },
  cancerHistory: { yes: "you have had cancer" },
  boneLump: { yes: "there is a hard lump on the bone near the knee", unsure: "there may be a hard lump on the bone" },
  limitsActivity: { yes: "it stops you doing daily activities or your sport" },
  effusionAfterActivity: { yes: "it puffs up after activity" },
  trend: { worse: "it is getting worse", improving: "it is getting better", same: "it is about the same" },
};

const mechanismWords: Record<NonNullable<Intake["mechanism"]>, string> = {
  fall: "a fall",
  direct_blow: "a blow to the knee",
  twist: "a twist",
  landing: "a landing",
  hyperextension: "the knee bending backwards",
  other: "the injury",
};

// Whole days and whole weeks, never rounded up: a reason must not say "6 weeks" for a rule
// that needs more than 42 days, nor "14 days" for 13.6 days when the 14-day rule stayed silent.
export function describeDuration(days: number): string {
  if (days < 1) {
    const hours = Math.max(1, Math.round(days * 24));
    return `${hours} hour${hours === 1 ? "" : "s"}`;
  }
  if (days < 14) {
    const whole = Math.floor(days);
    return `${whole} day${whole === 1 ? "" : "s"}`;
  }
  const weeks = Math.floor(days / 7);
  return days === weeks * 7 ? `${weeks} weeks` : `over ${weeks} weeks`;
}

/** One fact in plain words, or undefined when the value carries no meaning worth saying. */
export function describeFact(field: IntakeField, intake: Intake): string | undefined {
  const value = intake[field];
  if (value === undefined) return undefined;
  switch (field) {
    case "age":
      return `you are ${String(value)}`;
    case "daysSinceOnset":
      return `it has been ${describeDuration(value as number)}`;
    case "painScore":
      return `your pain is ${String(value)} out of 10 at its worst`;
    default:
      return phrases[field]?.[String(value)];
  }
}

/** "after a fall 2 days ago", for rules that depend on an acute injury. */
export function describeInjuryContext(intake: Intake): string {
  const what = intake.mechanism ? mechanismWords[intake.mechanism] : "the injury";
  if (intake.daysSinceOnset === undefined) return `after ${what}`;
  return `after ${what} ${describeDuration(intake.daysSinceOnset)} ago`;
}

export function joinPhrases(parts: string[]): string {
  const kept = parts.filter((part) => part.length > 0);
  if (kept.length <= 1) return kept[0] ?? "";
  return `${kept.slice(0, -1).join(", ")} and ${kept[kept.length - 1]}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
