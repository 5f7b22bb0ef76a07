import type { SentLead } from "../chat-api.js";
import { dataOf, type ChatMessage, type Disposition, type Part, type SourcePart } from "../protocol.js";
import {
  actionsRow,
  dispositionCard,
  emergencyCard,
  summaryCard,
  sourcesList,
  type CardHandlers,
} from "./render-cards.js";
import { renderQuestion, type Answer } from "./render-question.js";
import { renderText } from "./render-text.js";
import { h } from "./dom.js";

// One chat message as DOM. A text part written just before a card (emergency, call to action)
// is the plain-text version of that card for clients without cards: the card replaces it.

export interface MessageContext extends CardHandlers {
  answer: Answer;
  /** The question whose controls are live (the newest one, while nothing is streaming). */
  activeQuestionId: string | undefined;
  /** The latest disposition in the conversation up to and including this message. */
  disposition: Disposition | undefined;
  /** The request already sent to the clinic: its buttons become "Request sent ✓". */
  lead: SentLead | undefined;
}

const CARD_TYPES = ["data-emergency", "data-cta"];

function hiddenText(parts: Part[], index: number): boolean {
  const next = parts[index + 1];
  return next !== undefined && CARD_TYPES.includes(next.type);
}

function bubble(role: ChatMessage["role"], text: string): HTMLElement {
  return h("div", { className: `bubble bubble-${role}` }, renderText(text));
}

function assistantParts(message: ChatMessage, context: MessageContext): Array<HTMLElement | null> {
  const { parts } = message;
  const hasEmergency = parts.some((part) => part.type === "data-emergency");
  const disposition =
    [...parts]
      .reverse()
      .map((part) => dataOf(part, "triage"))
      .find(Boolean) ?? context.disposition;
  const sources = parts.filter((part): part is SourcePart => part.type === "source-url");
  const spoken = parts.map((part) => (part.type === "text" ? part.text : "")).join("\n");
  const nodes: Array<HTMLElement | null> = [];
  parts.forEach((part, index) => {
    if (part.type === "text") {
      if (part.text.trim() === "" || hiddenText(parts, index)) return;
      // The summary's intro keeps its first line; the facts move into the card below.
      const text = parts[index + 1]?.type === "data-summary" ? (part.text.split("\n")[0] ?? "") : part.text;
      nodes.push(bubble("assistant", text));
      return;
    }
    const summary = dataOf(part, "summary");
    if (summary) return void nodes.push(summaryCard(summary.facts, context));
    const emergency = dataOf(part, "emergency");
    if (emergency) return void nodes.push(emergencyCard(emergency, disposition));
    const cta = dataOf(part, "cta");
    // After an emergency the card's own call button is the only action worth showing.
    if (cta && !hasEmergency)
      return void nodes.push(
        disposition ? dispositionCard(disposition, cta.actions, context) : actionsRow(cta.actions, context),
      );
    const notice = dataOf(part, "notice");
    if (notice) return void nodes.push(h("p", { className: "notice" }, notice.text));
    const question = dataOf(part, "question");
    if (!question) return;
    // A brain that sends the question without saying it still gets its prompt shown, once.
    if (!spoken.includes(question.prompt.trim())) nodes.push(bubble("assistant", question.prompt));
    if (question.id === context.activeQuestionId) nodes.push(renderQuestion(question, context.answer));
  });
  nodes.push(sourcesList(sources));
  return nodes;
}

export function renderMessage(message: ChatMessage, context: MessageContext): HTMLElement {
  const isUser = message.role === "user";
  const text = isUser
    ? message.parts
        .map((part) => (part.type === "text" ? part.text : ""))
        .join("\n")
        .trim()
    : "";
  return h(
    "div",
    {
      className: `message message-${message.role}${message.status === "failed" ? " message-failed" : ""}`,
      "data-message-id": message.id,
    },
    h("span", { className: "sr-only" }, isUser ? "You said:" : "Assistant:"),
    ...(isUser ? [text ? bubble("user", text) : null] : assistantParts(message, context)),
    message.status === "failed" ? h("p", { className: "failed-note" }, "Not sent yet") : null,
  );
}

/** The newest question still awaiting an answer: on the last message, which is the assistant's. */
export function activeQuestionId(messages: ChatMessage[]): string | undefined {
  const last = messages[messages.length - 1];
  if (last?.role !== "assistant") return undefined;
  const questions = last.parts.map((part) => dataOf(part, "question")).filter(Boolean);
  return questions[questions.length - 1]?.id;
}
