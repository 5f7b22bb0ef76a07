import type { Intake, IntakeField } from "../../src/triage/index.js";
import type { KneeUIMessage, QuestionData } from "../../src/chat/protocol/ui-message.js";
import { answerFromIntake, type AnswerMode } from "../../src/eval/play-conversation.js";
import { questionOf, recordedFields, type TestChatClient } from "./chat-client.js";

// Plays a vignette as a visitor would, through TestChatClient, and watches for a question that
// asks a field the visitor has already answered (the eval player does not track that).

export type { AnswerMode };

export interface PlayResult {
  questions: QuestionData[];
  /** Fields a question asked although the visitor had already answered them. */
  reAsked: IntakeField[];
  last: KneeUIMessage;
}

export async function playVignette(
  client: TestChatClient,
  opening: string,
  intake: Intake,
  mode: AnswerMode,
  maxTurns = 60,
): Promise<PlayResult> {
  await client.send();
  let last = await client.send(opening);
  const questions: QuestionData[] = [];
  const answered = new Set<string>();
  const reAsked: IntakeField[] = [];
  for (let turn = 0; turn < maxTurns; turn += 1) {
    recordedFields(last).forEach((field) => answered.add(field));
    const question = questionOf(last);
    if (!question) return { questions, reAsked, last };
    // A recheck is asked again on purpose (spec §7.1: words that could still be worse, or that contradict an answer).
    if (!question.recheck) reAsked.push(...question.fields.filter((field) => answered.has(field)));
    questions.push(question);
    const unknown = question.fields.filter((field) => intake[field] === undefined);
    if (unknown.length > 0) throw new Error(`asked ${unknown.join(",")} which the vignette does not answer`);
    const [text, answers] = answerFromIntake(question, intake, mode);
    last = await client.send(text, answers);
  }
  throw new Error("conversation did not finish");
}
