import type { Intake, IntakeField } from "../../src/triage/index.js";
import type { KneeUIMessage, QuestionData } from "../../src/chat/ui-message.js";
import { NONE_OF_THESE, NOT_SURE_SOME } from "../../src/chat/guided/question-plan.js";
import { questionOf, recordedFields, type TestChatClient } from "./chat-client.js";

// Plays a vignette as a visitor would: the opening sentence, then an answer to each question
// taken from the vignette's intake, until there is no question left.

export type AnswerMode = "structured" | "labels" | "words";

export interface PlayResult {
  questions: QuestionData[];
  /** Fields a question asked although the visitor had already answered them. */
  reAsked: IntakeField[];
  last: KneeUIMessage;
}

const wordsFor: Record<string, string> = { yes: "yep", no: "nope, not really", unsure: "I am not sure" };

function durationWords(days: number): string | undefined {
  if (days === 0) return "today";
  if (days < 1) return `${Math.round(days * 24)} hours ago`;
  if (Number.isInteger(days)) return `${days} days ago`;
  return undefined;
}

/** The visitor's reply to one question: [text, structured answers]. */
export function replyTo(question: QuestionData, intake: Intake, mode: AnswerMode): [string, Record<string, unknown> | undefined] {
  const values = Object.fromEntries(question.fields.map((field) => [field, intake[field]]));
  if (question.fields.some((field) => intake[field] === undefined)) {
    throw new Error(`asked ${question.fields.join(",")} which the vignette does not answer`);
  }
  if (mode === "structured") return ["", values];
  if (question.kind === "multi") {
    if (question.fields.some((field) => intake[field] === "unsure")) return [NOT_SURE_SOME, undefined];
    const chosen = question.options?.filter((option) => Object.entries(option.answers).some(([field, value]) => value === "yes" && intake[field as IntakeField] === "yes")) ?? [];
    return [chosen.length === 0 ? NONE_OF_THESE : chosen.map((option) => option.label).join(", "), undefined];
  }
  const field = question.fields[0] as IntakeField;
  const value = intake[field];
  if (question.kind === "number") return [mode === "words" ? `about ${String(value)}` : String(value), undefined];
  if (field === "daysSinceOnset") {
    const words = durationWords(value as number);
    return words ? [words, undefined] : ["", { daysSinceOnset: value }];
  }
  const option = question.options?.find((candidate) => candidate.answers[field] === value);
  if (!option) throw new Error(`no option for ${field}=${String(value)}`);
  if (mode === "words" && typeof value === "string" && wordsFor[value] && question.options?.length === 3) return [wordsFor[value], undefined];
  return [option.label, undefined];
}

export async function playVignette(client: TestChatClient, opening: string, intake: Intake, mode: AnswerMode, maxTurns = 60): Promise<PlayResult> {
  await client.send();
  let last = await client.send(opening);
  const questions: QuestionData[] = [];
  const answered = new Set<string>();
  const reAsked: IntakeField[] = [];
  for (let turn = 0; turn < maxTurns; turn += 1) {
    recordedFields(last).forEach((field) => answered.add(field));
    const question = questionOf(last);
    if (!question) return { questions, reAsked, last };
    reAsked.push(...question.fields.filter((field) => answered.has(field)));
    questions.push(question);
    const [text, answers] = replyTo(question, intake, mode);
    last = await client.send(text, answers);
  }
  throw new Error("conversation did not finish");
}
