import type { Intake, IntakeField } from "./intake-schema.js";

// How each intake field is asked: wording, help text and quick-reply options (spec §3).
// The chat turns these into `data-question` parts; the engine decides which to ask.

export interface QuestionOption {
  label: string;
  answers: Intake;
}

export interface FieldQuestion {
  field: IntakeField;
  prompt: string;
  help?: string;
  kind: "single" | "number";
  options?: QuestionOption[];
  min?: number;
  max?: number;
}

type Spec = Omit<FieldQuestion, "field" | "kind" | "options"> & {
  kind?: "single" | "number";
  choices?: Array<[string, unknown]>;
};

const yesNoUnsureChoices: Array<[string, unknown]> = [
  ["Yes", "yes"],
  ["No", "no"],
  ["Not sure", "unsure"],
];
const yesNoChoices: Array<[string, unknown]> = [
  ["Yes", "yes"],
  ["No", "no"],
];

const specs: Record<Exclude<IntakeField, "aggravators" | "activity" | "sex">, Spec> = {
  age: {
    prompt: "How old are you?",
    kind: "number",
    min: 0,
    max: 120,
    help: "Age in years. Some advice is different for children and for people over 55.",
  },
  side: {
    prompt: "Which knee is it?",
    choices: [
      ["Left", "left"],
      ["Right", "right"],
      ["Both", "both"],
    ],
  },
  injury: {
    prompt: "Did it start with a specific injury, like a fall, a blow, a twist, a landing or a collision?",
    choices: yesNoUnsureChoices,
  },
  mechanism: {
    prompt: "How did it happen?",
    choices: [
      ["A fall", "fall"],
      ["A blow to the knee", "direct_blow"],
      ["A twist", "twist"],
      ["Landing from a jump", "landing"],
      ["It bent backwards", "hyperextension"],
      ["Something else", "other"],
    ],
  },
  daysSinceOnset: {
    prompt: "How long ago did it start?",
    help: 'Since the injury if there was one, otherwise since the pain began. You can also type it, e.g. "3 weeks".',
    choices: [
      ["Today", 0],
      ["1–7 days ago", 3],
      ["8–13 days ago", 10],
      ["2–6 weeks ago", 28],
      ["More than 6 weeks ago", 60],
    ],
  },
  walkFourStepsImmediately: {
    prompt: "Right after the injury, could you take 4 steps on it? A limp counts as yes.",
    choices: yesNoUnsureChoices,
  },
  walkFourStepsNow: { prompt: "Can you take 4 steps on it now? A limp counts as yes.", choices: yesNoUnsureChoices },
  flexTo90: { prompt: "Can you bend the knee to a right angle, like sitting on a chair?", choices: yesNoUnsureChoices },
  tenderPatellaOnly: {
    prompt: "If you press around the knee, is the kneecap itself the only bony spot that hurts?",
    choices: yesNoUnsureChoices,
  },
  tenderFibularHead: {
    prompt: "Is the bony point just below the outside of the knee tender to press?",
    choices: yesNoUnsureChoices,
  },
  straightLegRaise: {
    prompt: "Lying on your back, can you lift the whole leg off the bed, keeping the knee as straight as it goes?",
    choices: yesNoUnsureChoices,
  },
  deformity: {
    prompt:
      "Since the injury, does the knee or kneecap look out of place, or did the knee bend the wrong way and clunk back?",
    help: "Swelling or a bump is not this.",
    choices: yesNoUnsureChoices,
  },
  patellaDislocation: {
    prompt: "Has your kneecap slipped out of place?",
    choices: [
      ["No", "none"],
      ["Yes, and it is still out", "still_out"],
      ["Yes, it went back (first time)", "went_back_first_time"],
      ["Yes, it has happened before", "recurrent"],
    ],
  },
  openWound: { prompt: "Is there a deep cut or wound over the knee?", choices: yesNoUnsureChoices },
  footColdPale: { prompt: "Is the foot cold, pale or blue?", choices: yesNoUnsureChoices },
  numbnessTingling: {
    prompt: "Do you have new numbness or pins and needles below the knee?",
    choices: yesNoUnsureChoices,
  },
  footWeakness: {
    prompt: "Do you have trouble lifting the foot or toes, or does the foot slap when you walk?",
    choices: yesNoUnsureChoices,
  },
  severePainOutOfProportion: {
    prompt: "Is the pain severe and getting worse despite painkillers, with a tight calf or shin?",
    choices: yesNoUnsureChoices,
  },
  swelling: {
    prompt: "How swollen is the knee?",
    choices: [
      ["Not swollen", "none"],
      ["A little puffy", "mild"],
      ["Clearly swollen, bigger than the other knee", "marked"],
    ],
  },
  rapidSwelling: { prompt: "After the injury, did it swell up within a few hours?", choices: yesNoUnsureChoices },
  anticoagulants: { prompt: "Do you take blood thinners, or have a bleeding disorder?", choices: yesNoUnsureChoices },
  hotRed: {
    prompt: "Is the knee joint itself hot or red?",
    help: "Not only the skin around a cut or wound.",
    choices: yesNoUnsureChoices,
  },
  feverOrUnwell: {
    prompt: "Do you have a fever (38 °C or more), shivers or chills, or feel generally very unwell?",
    choices: yesNoUnsureChoices,
  },
  kneeReplacement: {
    prompt: "Do you have an artificial knee joint (a knee replacement) in that knee?",
    choices: yesNoChoices,
  },
  recentSurgeryOrInjection: {
    prompt: "Have you had knee surgery or an injection into the knee in the last 3 months?",
    choices: yesNoChoices,
  },
  woundProblem: { prompt: "Is the surgical wound red, hot or leaking?", choices: yesNoUnsureChoices },
  immunosuppressed: {
    prompt: "Do you have a weakened immune system or diabetes?",
    help: "For example chemotherapy, steroid tablets or transplant drugs.",
    choices: yesNoUnsureChoices,
  },
  calfPainSwelling: { prompt: "Do you have pain or swelling in one calf?", choices: yesNoUnsureChoices },
  breathlessOrChestPain: {
    prompt: "Do you have new shortness of breath, chest pain, or are you coughing blood?",
    choices: yesNoUnsureChoices,
  },
  locked: {
    prompt: "Is the knee stuck, unable to straighten fully, as if something is jammed?",
    choices: yesNoUnsureChoices,
  },
  catching: {
    prompt: "Does it catch or click painfully?",
    help: "Painless clicking counts as no.",
    choices: yesNoChoices,
  },
  givingWay: {
    prompt: "Has the knee buckled or given way?",
    choices: [
      ["No", "none"],
      ["Yes, it has buckled at times", "episodes"],
      ["It feels unstable and won't hold me now", "unstable_now"],
    ],
  },
  otherJointsSwollen: {
    prompt: "Are joints other than the knees, like fingers, wrists, ankles or toes, swollen and stiff too?",
    choices: yesNoChoices,
  },
  hipOrGroinPain: { prompt: "Is there pain in the hip or groin as well?", choices: yesNoUnsureChoices },
  limp: { prompt: "Are you limping most of the time?", choices: yesNoChoices },
  backPainRadiating: { prompt: "Do you have back or buttock pain that spreads down the leg?", choices: yesNoChoices },
  saddleNumbnessOrBladder: {
    prompt: "Do you have numbness around the genitals or buttocks, or new trouble with your bladder or bowels?",
    choices: yesNoUnsureChoices,
  },
  nightPain: {
    prompt: "Do you have constant pain at rest or at night that doesn't ease when you change position?",
    choices: yesNoChoices,
  },
  weightLoss: { prompt: "Have you lost weight without trying or knowing why?", choices: yesNoChoices },
  cancerHistory: { prompt: "Have you ever had cancer?", choices: yesNoChoices },
  boneLump: { prompt: "Is there a hard lump on the bone near the knee?", choices: yesNoUnsureChoices },
  painScore: {
    prompt: "At its worst in the last day, how bad is the pain from 0 (none) to 10 (the worst imaginable)?",
    kind: "number",
    min: 0,
    max: 10,
  },
  trend: {
    prompt: "Is it getting better, staying the same, or getting worse?",
    choices: [
      ["Getting better", "improving"],
      ["About the same", "same"],
      ["Getting worse", "worse"],
    ],
  },
  limitsActivity: { prompt: "Does it stop you doing your daily activities or your sport?", choices: yesNoChoices },
  effusionAfterActivity: { prompt: "Does the knee puff up after activity?", choices: yesNoChoices },
};

export function questionFor(field: IntakeField): FieldQuestion | undefined {
  if (field === "aggravators" || field === "activity" || field === "sex") return undefined;
  const spec = specs[field];
  const { choices, kind, ...rest } = spec;
  const options = choices?.map(([label, value]) => ({ label, answers: { [field]: value } as Intake }));
  return { field, kind: kind ?? "single", ...rest, ...(options ? { options } : {}) };
}
