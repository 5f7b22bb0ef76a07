import type { ModelMessage } from "ai";
import type { StoredMessage } from "../../../db/conversations.js";
import { actionHeadline, type Disposition, type Intake } from "../../../triage/index.js";
import type { QuestionSummary } from "../../tools/next-question-summary.js";

// What the model sees of the conversation is rebuilt from the server's stored messages,
// never from the client (interfaces.md: client-sent assistant or tool parts are not trusted),
// and kept compact: the words only, newest last, within a character budget. The facts travel
// separately as a summary, so nothing depends on the model re-reading old tool calls.

export const MAX_HISTORY_MESSAGES = 16;
export const MAX_HISTORY_CHARS = 8_000;
export const MAX_MESSAGE_CHARS = 1_200;
export const MAX_USER_TEXT_CHARS = 2_000;

interface StoredPart {
  type?: unknown;
  text?: unknown;
}

function clip(text: string, maxLength: number): string {
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1)}…`;
}

function wordsOf(message: StoredMessage): string {
  const texts = (message.parts as StoredPart[]).flatMap((part) =>
    part.type === "text" && typeof part.text === "string" ? [part.text] : [],
  );
  if (texts.length > 0) return texts.join("\n\n");
  const answers = (message.metadata as { answers?: unknown } | undefined)?.answers;
  return answers ? `(chose: ${JSON.stringify(answers)})` : "";
}

/** The stored conversation as model messages, oldest dropped first to fit the budget. */
export function historyMessages(history: StoredMessage[]): ModelMessage[] {
  const messages: ModelMessage[] = [];
  let budget = MAX_HISTORY_CHARS;
  for (const message of [...history].reverse()) {
    if (messages.length >= MAX_HISTORY_MESSAGES) break;
    const content = clip(wordsOf(message), MAX_MESSAGE_CHARS);
    if (content.trim() === "") continue;
    if (content.length > budget) break;
    budget -= content.length;
    messages.unshift({ role: message.role, content });
  }
  return messages;
}

export function userMessage(text: string): ModelMessage {
  return { role: "user", content: clip(text.trim(), MAX_USER_TEXT_CHARS) };
}

/** The server's facts for this turn, appended to the system prompt (not a visitor message). */
export function conversationContext(input: {
  intake: Intake;
  disposition: Disposition;
  nextQuestion: QuestionSummary | undefined;
  recordedFromReply: Record<string, unknown>;
}): string {
  const { intake, disposition, nextQuestion } = input;
  const lines = [
    "# This conversation so far (facts from the server)",
    `Recorded intake: ${Object.keys(intake).length > 0 ? JSON.stringify(intake) : "nothing yet"}.`,
  ];
  if (Object.keys(input.recordedFromReply).length > 0) {
    lines.push(
      `From the visitor's latest message the server already recorded: ${JSON.stringify(input.recordedFromReply)}. Do not record these again; correct one only if the visitor clearly said otherwise.`,
    );
  }
  if (nextQuestion) {
    lines.push(
      `The interview is not complete. The next question to ask: "${nextQuestion.prompt}" (fields: ${nextQuestion.fields.join(", ")}).`,
      "Do not state or guess a recommendation yet.",
    );
  } else {
    lines.push(
      `The interview is complete. The engine's recommendation, shown by the server as a card: ${actionHeadline[disposition.action]} (level ${disposition.level}).`,
      "Do not state any other level or timing.",
    );
  }
  return lines.join("\n");
}
