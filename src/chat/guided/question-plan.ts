import { nextQuestions, questionFor, type Intake, type IntakeField } from "../../triage/index.js";
import type { QuestionData } from "../ui-message.js";

// How the guided brain asks the engine's next questions: singly, or as a checklist where a
// person would group them ("Do any of these apply?" with "None of these"; spec §5).

interface Checklist {
  id: string;
  prompt: string;
  labels: Partial<Record<IntakeField, string>>;
}

const checklists: Checklist[] = [
  {
    id: "red-flags",
    prompt: "Do any of these apply to you right now? Tick all that do.",
    labels: {
      footColdPale: "The foot is cold, pale or blue",
      breathlessOrChestPain: "New shortness of breath, chest pain or coughing blood",
      saddleNumbnessOrBladder: "Numbness around the genitals or buttocks, or new bladder or bowel trouble",
      severePainOutOfProportion: "Severe pain getting worse despite painkillers, with a tight calf or shin",
      deformity: "The knee or kneecap looks out of place, or the knee bent the wrong way and clunked back",
      openWound: "A deep cut or wound over the knee",
      numbnessTingling: "New numbness or pins and needles below the knee",
      footWeakness: "Trouble lifting the foot or toes, or the foot slaps when walking",
    },
  },
  {
    id: "infection-clot",
    prompt: "Do any of these apply? Tick all that do.",
    labels: {
      hotRed: "The knee joint itself is hot or red",
      feverOrUnwell: "Fever (38 °C or more), chills, or feeling very unwell",
      calfPainSwelling: "Pain or swelling in one calf",
    },
  },
  {
    id: "infection-risk",
    prompt: "Do any of these apply? Tick all that do.",
    labels: {
      kneeReplacement: "I have a knee replacement in that knee",
      recentSurgeryOrInjection: "Knee surgery or an injection into the knee in the last 3 months",
      immunosuppressed: "A weakened immune system or diabetes (e.g. chemotherapy, steroid tablets)",
    },
  },
  {
    id: "night-pain-history",
    prompt: "A few more, to be safe. Do any of these apply? Tick all that do.",
    labels: {
      cancerHistory: "I have had cancer",
      weightLoss: "I have lost weight without explanation",
      boneLump: "There is a hard lump on the bone near the knee",
    },
  },
  {
    id: "knee-behaviour",
    prompt: "Does your knee do any of these? Tick all that do.",
    labels: {
      catching: "It catches or clicks painfully (painless clicking doesn't count)",
      effusionAfterActivity: "It puffs up after activity",
      otherJointsSwollen: "Other joints (fingers, wrists, ankles, toes) are swollen and stiff too",
      backPainRadiating: "Back or buttock pain that spreads down the leg",
    },
  },
];

export const NONE_OF_THESE = "None of these";
export const NOT_SURE_SOME = "I'm not sure about some of these";

function checklistFor(field: IntakeField): Checklist | undefined {
  return checklists.find((list) => field in list.labels);
}

function singleQuestion(field: IntakeField, questionNumber: number): QuestionData {
  const question = questionFor(field);
  if (!question) throw new Error(`No question wording for ${field}`);
  return {
    id: `q-${questionNumber}-${field}`,
    prompt: question.prompt,
    kind: question.kind,
    fields: [field],
    ...(question.options ? { options: question.options } : {}),
    ...(question.help ? { help: question.help } : {}),
    ...(question.min !== undefined ? { min: question.min } : {}),
    ...(question.max !== undefined ? { max: question.max } : {}),
  };
}

function checklistQuestion(list: Checklist, fields: IntakeField[], questionNumber: number): QuestionData {
  const noToAll = Object.fromEntries(fields.map((field) => [field, "no"])) as Intake;
  return {
    id: `q-${questionNumber}-${list.id}`,
    prompt: list.prompt,
    kind: "multi",
    fields,
    options: [
      ...fields.map((field) => ({ label: list.labels[field] ?? field, answers: { [field]: "yes" } as Intake })),
      { label: NONE_OF_THESE, answers: noToAll },
      { label: NOT_SURE_SOME, answers: {} },
    ],
  };
}

/**
 * The next question for this intake, or undefined when the interview is complete.
 * `askSingly` holds fields the visitor was unsure about in a checklist: they are asked one
 * at a time, with a "Not sure" choice.
 */
export function planNextQuestion(intake: Intake, askSingly: IntakeField[], questionNumber: number): QuestionData | undefined {
  const pending = nextQuestions(intake);
  const first = pending[0];
  if (first === undefined) return undefined;
  const list = checklistFor(first);
  if (!list || askSingly.includes(first)) return singleQuestion(first, questionNumber);
  const fields = pending.filter((field) => field in list.labels && !askSingly.includes(field));
  return fields.length > 1 ? checklistQuestion(list, fields, questionNumber) : singleQuestion(first, questionNumber);
}
