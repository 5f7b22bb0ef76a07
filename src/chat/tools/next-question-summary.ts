import { nextQuestions, type Intake, type IntakeField } from "../../triage/index.js";
import { planNextQuestion } from "../interview/question-plan.js";

// What a model needs to ask the engine's next question in its own words: the wording and
// the answers the visitor can tap. The same plan the server attaches as `data-question`.

export interface QuestionSummary {
  fields: IntakeField[];
  prompt: string;
  kind: "single" | "multi" | "number";
  options?: string[];
  help?: string;
}

export function nextQuestionSummary(intake: Intake, askSingly: IntakeField[] = []): QuestionSummary | undefined {
  const question = planNextQuestion(intake, askSingly, 0);
  if (!question) return undefined;
  return {
    fields: question.fields,
    prompt: question.prompt,
    kind: question.kind,
    ...(question.options ? { options: question.options.map((option) => option.label) } : {}),
    ...(question.help ? { help: question.help } : {}),
  };
}

export function remainingFields(intake: Intake): IntakeField[] {
  return nextQuestions(intake);
}
