import { describe, expect, it } from "vitest";
import { describeFailure } from "../../src/widget/app/chat-controller.js";
import { ApiError, NetworkError } from "../../src/widget/app/chat-api.js";
import {
  failedMessage,
  initialState,
  reduce,
  type ChatAction,
  type ChatState,
} from "../../src/widget/app/chat-state.js";
import { applyChunk } from "../../src/widget/app/message-state.js";
import type { ChatMessage, UiChunk } from "../../src/widget/app/protocol.js";
import { StreamDroppedError } from "../../src/widget/app/ui-stream.js";

const chunk = (value: UiChunk): ChatAction => ({ type: "chunk", chunk: value });
const run = (state: ChatState, ...actions: ChatAction[]) => actions.reduce(reduce, state);
const user = (text: string, id = "u1"): ChatMessage => ({ id, role: "user", parts: [{ type: "text", text }] });

describe("applying stream chunks to the assistant message", () => {
  it("streams text parts by id and closes them on text-end", () => {
    let message: ChatMessage = { id: "a", role: "assistant", parts: [] };
    for (const value of [
      { type: "text-start", id: "t1" },
      { type: "text-delta", id: "t1", delta: "Hel" },
      { type: "text-delta", id: "t1", delta: "lo" },
      { type: "text-end", id: "t1" },
      { type: "text-start", id: "t2" },
      { type: "text-delta", id: "t2", delta: "Next" },
    ]) {
      message = applyChunk(message, value);
    }
    expect(message.parts).toEqual([
      { type: "text", text: "Hello", id: "t1", state: "done" },
      { type: "text", text: "Next", id: "t2", state: "streaming" },
    ]);
  });

  it("replaces a data part re-sent with the same id, and appends ones with new ids", () => {
    let message: ChatMessage = { id: "a", role: "assistant", parts: [] };
    message = applyChunk(message, { type: "data-triage", id: "triage", data: { level: "routine" } });
    message = applyChunk(message, { type: "data-question", id: "q-1", data: { id: "q-1" } });
    message = applyChunk(message, { type: "data-triage", id: "triage", data: { level: "urgent" } });
    message = applyChunk(message, { type: "data-notice", data: { text: "hi" } });
    message = applyChunk(message, { type: "data-notice", data: { text: "skip" }, transient: true });
    expect(message.parts.map((part) => part.type)).toEqual(["data-triage", "data-question", "data-notice"]);
    expect(message.parts[0]).toEqual({ type: "data-triage", id: "triage", data: { level: "urgent" } });
  });

  it("assembles tool parts from input and output chunks, and keeps source-url citations", () => {
    let message: ChatMessage = { id: "a", role: "assistant", parts: [] };
    message = applyChunk(message, {
      type: "tool-input-available",
      toolCallId: "c1",
      toolName: "record_intake",
      input: { answers: { age: 30 } },
    });
    message = applyChunk(message, { type: "tool-output-available", toolCallId: "c1", output: { recorded: ["age"] } });
    message = applyChunk(message, {
      type: "source-url",
      sourceId: "s1",
      url: "http://x.test/knowledge/a#b",
      title: "A",
    });
    expect(message.parts).toEqual([
      {
        type: "tool-record_intake",
        toolCallId: "c1",
        state: "output-available",
        input: { answers: { age: 30 } },
        output: { recorded: ["age"] },
      },
      { type: "source-url", sourceId: "s1", url: "http://x.test/knowledge/a#b", title: "A" },
    ]);
  });

  it("returns the same message for chunks it does not show, so the view can skip it", () => {
    const message: ChatMessage = { id: "a", role: "assistant", parts: [] };
    expect(applyChunk(message, { type: "reasoning-delta", id: "r", delta: "hmm" })).toBe(message);
    expect(applyChunk(message, { type: "start-step" })).toBe(message);
  });
});

describe("the chat reducer", () => {
  it("takes the token from the start chunk and builds the reply under the server's message id", () => {
    const state = run(
      initialState("c1"),
      { type: "request" },
      chunk({ type: "start", messageId: "m1", messageMetadata: { conversationId: "c1", visitorToken: "tok" } }),
      chunk({ type: "text-start", id: "t" }),
      chunk({ type: "text-delta", id: "t", delta: "Hi" }),
      chunk({ type: "finish" }),
      { type: "finished" },
    );
    expect(state.token).toBe("tok");
    expect(state.status).toBe("idle");
    expect(state.messages).toEqual([
      {
        id: "m1",
        role: "assistant",
        parts: [{ type: "text", text: "Hi", id: "t", state: "done" }],
        metadata: { conversationId: "c1", visitorToken: "tok" },
      },
    ]);
  });

  it("marks the visitor's message as sending, then clears it when the reply is complete", () => {
    let state = run(initialState("c1"), { type: "request", message: user("hello") });
    expect(state.messages[0]?.status).toBe("sending");
    expect(state.status).toBe("streaming");
    state = run(state, chunk({ type: "start", messageId: "m2" }), { type: "finished" });
    expect(state.messages.map((message) => [message.role, message.status])).toEqual([
      ["user", undefined],
      ["assistant", undefined],
    ]);
  });

  it("on failure drops the partial reply, keeps the visitor's message as failed, and a retry resends it", () => {
    let state = run(
      initialState("c1"),
      { type: "request", message: user("my knee hurts") },
      chunk({ type: "start", messageId: "m2" }),
      chunk({ type: "text-delta", id: "t", delta: "Tha" }),
      { type: "failed", error: { message: "dropped", retry: true } },
    );
    expect(state.messages).toEqual([{ ...user("my knee hurts"), status: "failed" }]);
    expect(state.error?.retry).toBe(true);
    expect(failedMessage(state)?.id).toBe("u1");
    state = run(state, { type: "retry" });
    expect(state.messages[0]?.status).toBe("sending");
    expect(state.error).toBeUndefined();
    expect(failedMessage(state)).toBeUndefined();
  });

  it("removes a refused message from the log (its text goes back to the input)", () => {
    const state = run(
      initialState("c1"),
      { type: "request", message: user("too long") },
      { type: "rejected", error: { message: "too long", retry: false } },
    );
    expect(state.messages).toEqual([]);
    expect(state.error?.message).toBe("too long");
  });

  it("a failed opening request leaves no message behind and can be retried", () => {
    const state = run(
      initialState("c1"),
      { type: "request" },
      { type: "failed", error: { message: "offline", retry: true } },
    );
    expect(state.messages).toEqual([]);
    expect(failedMessage(state)).toBeUndefined();
    expect(run(state, { type: "retry" }).status).toBe("streaming");
  });

  it("replaces everything with the server's copy on restore", () => {
    const restored = [user("from server", "s1")];
    const state = run(
      initialState("c1"),
      { type: "request", message: user("local") },
      { type: "restored", messages: restored },
    );
    expect(state.messages).toBe(restored);
    expect(state.status).toBe("idle");
  });

  it("keeps untouched messages identical so the view does not re-render them", () => {
    const first = run(
      initialState("c1"),
      { type: "request" },
      chunk({ type: "start", messageId: "m1" }),
      chunk({ type: "text-delta", id: "t", delta: "a" }),
      { type: "finished" },
    );
    const second = run(
      first,
      { type: "request", message: user("b", "u2") },
      chunk({ type: "start", messageId: "m2" }),
      chunk({ type: "text-delta", id: "t", delta: "c" }),
    );
    expect(second.messages[0]).toBe(first.messages[0]);
  });
});

describe("turning failures into what the visitor sees", () => {
  it("429 waits for Retry-After before a retry", () => {
    const { error } = describeFailure(new ApiError(429, "rate_limited", "slow down", undefined, 30), 1_000);
    expect(error).toMatchObject({ retry: true, retryAt: 31_000 });
    expect(error.message).toMatch(/wait 30 seconds/);
  });

  it("a refused message (400) is not retried; its text is restored", () => {
    expect(describeFailure(new ApiError(400, "validation_failed", "too long"))).toMatchObject({
      refused: true,
      error: { retry: false, message: "too long" },
    });
  });

  it("a lost conversation (403) offers to start over; a duplicate (409) reloads", () => {
    expect(describeFailure(new ApiError(403, "forbidden", "no")).error.restart).toBe(true);
    expect(describeFailure(new ApiError(409, "conflict", "dup")).reload).toBe(true);
  });

  it("server errors, network errors and dropped streams are retryable", () => {
    for (const error of [new ApiError(500, "internal_error", "x"), new NetworkError("x"), new StreamDroppedError()]) {
      expect(describeFailure(error).error.retry).toBe(true);
    }
  });
});
