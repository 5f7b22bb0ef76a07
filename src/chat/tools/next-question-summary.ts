import type { IntakeField } from "../../triage/index.js";
import type { ConversationState } from "../interview/conversation-state.js";
import { nextQuestion } from "../interview/next-step.js";
import type { TurnSession } from "../guard/turn-session.js";

// What a model needs to ask the next question in its own words: the wording and the answers
// the visitor can tap. Taken from the server's own next step (interview/next-step.ts), so it
// is the `data-question` the visitor sees: a pending confirmation, a recheck, "their knee".

export interface QuestionSummary {
  fields: IntakeField[];
  prompt: string;
  kind: "single" | "multi" | "number";
  options?: string[];
  help?: string;
}

export function nextQuestionSummary(session: TurnSession, state: ConversationState): QuestionSummary | undefined {
  const question = nextQuestion(session, state);
  if (!question) return undefined;
  return {
    fields: question.fields,
    prompt: question.prompt,
    kind: question.kind,
    ...(question.options ? { options: question.options.map((option) => option.label) } : {}),
    ...(question.help ? { help: question.help } : {}),
  };
}
