import { describe, expect, it } from "vitest";
import type { StoredMessage } from "../../src/db/conversations.js";
import {
  MAX_HISTORY_CHARS,
  MAX_HISTORY_MESSAGES,
  MAX_USER_TEXT_CHARS,
  historyMessages,
  userMessage,
} from "../../src/chat/brains/llm/model-history.js";

function stored(role: "user" | "assistant", parts: unknown[], metadata?: unknown): StoredMessage {
  return { id: `m-${Math.random()}`, role, parts, createdAt: 0, ...(metadata ? { metadata } : {}) };
}

describe("the history sent to the model is compact", () => {
  it("keeps only the words: tool, data and source parts are left out", () => {
    const messages = historyMessages([
      stored("user", [{ type: "text", text: "my knee hurts" }]),
      stored("assistant", [
        { type: "tool-record_intake", input: { answers: { age: 40 } } },
        { type: "data-triage", data: { level: "routine" } },
        { type: "text", text: "How old are you?" },
        { type: "source-url", url: "http://x/knowledge/a" },
      ]),
    ]);
    expect(messages).toEqual([
      { role: "user", content: "my knee hurts" },
      { role: "assistant", content: "How old are you?" },
    ]);
  });

  it("shows an answer given only with buttons as the structured answer", () => {
    expect(historyMessages([stored("user", [], { answers: { walkFourStepsNow: "yes" } })])).toEqual([
      { role: "user", content: '(chose: {"walkFourStepsNow":"yes"})' },
    ]);
  });

  it("keeps the newest messages within the message and character limits", () => {
    const long = "x".repeat(1_000);
    const history = Array.from({ length: 40 }, (_, index) =>
      stored(index % 2 === 0 ? "user" : "assistant", [{ type: "text", text: `${index} ${long}` }]),
    );
    const messages = historyMessages(history);
    expect(messages.length).toBeLessThanOrEqual(MAX_HISTORY_MESSAGES);
    expect(messages.reduce((total, message) => total + String(message.content).length, 0)).toBeLessThanOrEqual(
      MAX_HISTORY_CHARS,
    );
    expect(String(messages[messages.length - 1]?.content)).toMatch(/^39 /);
  });

  it("caps the visitor's new message", () => {
    expect(String(userMessage("y".repeat(5_000)).content).length).toBe(MAX_USER_TEXT_CHARS);
  });
});
