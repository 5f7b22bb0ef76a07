import { negativeValue } from "../../triage/extract/values.js";
import { nextQuestions, questionFor, type Intake, type IntakeField } from "../../triage/index.js";
import type { QuestionData } from "../protocol/ui-message.js";
import { checklistFor, checklists, itemsFor, NOT_SURE_SOME, type Checklist } from "./checklists.js";

// How the chat asks the engine's next questions: singly, or as a checklist where a person
// would group them (spec §5). Both brains ask through this plan.

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

function checklistQuestion(
  list: Checklist,
  fields: IntakeField[],
  intake: Intake,
  questionNumber: number,
): QuestionData {
  const items = itemsFor(list, fields, intake);
  const asked = [...new Set(items.map((item) => item.field))];
  const noneOfThese = Object.fromEntries(asked.map((field) => [field, negativeValue(field)])) as Intake;
  return {
    id: `q-${questionNumber}-${list.id}`,
    prompt: list.prompt,
    kind: "multi",
    fields: asked,
    options: [
      ...items.map((item) => ({ label: item.label, answers: { [item.field]: item.value } as Intake })),
      { label: list.noneLabel, answers: noneOfThese },
      { label: NOT_SURE_SOME, answers: {} },
    ],
  };
}

/** The question that asks these fields: one field singly, several as a checklist (their own, or one made of their items). */
export function questionAsking(
  fields: readonly IntakeField[],
  intake: Intake,
  questionNumber: number,
  askSingly: readonly IntakeField[] = [],
): QuestionData {
  const [first] = fields;
  if (first === undefined) throw new Error("a question needs a field");
  const grouped = fields.filter((field) => !askSingly.includes(field) && checklistFor(field, intake) !== undefined);
  const list = checklistFor(first, intake);
  if (!list || !grouped.includes(first) || grouped.length < 2) return singleQuestion(first, questionNumber);
  const items = checklists.flatMap((candidate) => itemsFor(candidate, grouped, intake));
  return checklistQuestion({ ...list, items }, grouped, intake, questionNumber);
}

/**
 * The next question for this intake, or undefined when the interview is complete.
 * `askSingly` holds fields the visitor was unsure about in a checklist: they are asked one
 * at a time, with a "Not sure" choice. `alsoAsk` holds fields recorded from free text that
 * are asked anyway (spec §7.1: a worse value is still possible).
 */
export function planNextQuestion(
  intake: Intake,
  askSingly: readonly IntakeField[],
  questionNumber: number,
  alsoAsk: readonly IntakeField[] = [],
): QuestionData | undefined {
  const pending = nextQuestions(intake);
  const first = pending[0] ?? alsoAsk[0];
  if (first === undefined) return undefined;
  const list = askSingly.includes(first) ? undefined : checklistFor(first, intake);
  const sameList = list ? pending.filter((field) => checklistFor(field, intake) === list) : [];
  return questionAsking(sameList.length > 1 ? sameList : [first], intake, questionNumber, askSingly);
}

/** About how many more questions the interview needs (a checklist counts once), if nothing new turns up. */
export function questionsLeft(
  intake: Intake,
  askSingly: readonly IntakeField[],
  alsoAsk: readonly IntakeField[] = [],
): number {
  const groups = new Set<string>();
  for (const field of [...nextQuestions(intake), ...alsoAsk]) {
    const list = askSingly.includes(field) ? undefined : checklistFor(field, intake);
    groups.add(list ? list.id : field);
  }
  return groups.size;
}
