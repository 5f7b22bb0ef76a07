import { APICallError } from "ai";
import { MockLanguageModelV3 } from "ai/test";
import { beforeEach, describe, expect, it } from "vitest";
import { TestChatClient, latestTriage, questionOf, recordedFields, textOf } from "../helpers/chat-client.js";
import { callTool, say, scriptedModel, streamOf } from "./scripted-model.js";
import { answerFromIntake } from "../../src/eval/play-conversation.js";
import { dataOf, llmApp, openLlmChat, partsOfType, quietFallbackLog, urgentOttawaIntake } from "./llm-setup.js";

// A failing model never leaves the visitor with an empty reply or a 500: that turn falls back
// to the guided brain, with a short notice.

let fallbackLog: ReturnType<typeof quietFallbackLog>;
beforeEach(() => {
  fallbackLog = quietFallbackLog();
});

/** The kind of failure the fallback logged, e.g. "timeout". */
function loggedFailureKind(): string | undefined {
  const error = fallbackLog.mock.calls.at(-1)?.[1] as { kind?: string } | undefined;
  return error?.kind;
}

function failingModel(error: unknown) {
  return new MockLanguageModelV3({
    doStream: async () => {
      throw error;
    },
  });
}

/** A provider that accepts the request and then never sends a byte, ignoring the abort signal. */
function hangingModel() {
  return new MockLanguageModelV3({
    doStream: async () => ({ stream: new ReadableStream({ start() {} }) }),
  });
}

function expectGuidedFallback(reply: Awaited<ReturnType<Awaited<ReturnType<typeof openLlmChat>>["client"]["send"]>>) {
  expect(dataOf(reply, "notice")).toMatchObject({ kind: "fallback" });
  expect(questionOf(reply)).toBeDefined();
  expect(textOf(reply).trim()).not.toBe("");
}

describe("when the model fails, the guided brain answers that turn", () => {
  it("a model that throws falls back to the guided brain with a notice", async () => {
    const { client } = await openLlmChat(failingModel(new Error("model exploded")));
    const reply = await client.send("I'm 34 and my knee has hurt for 3 weeks when I run, no injury");
    expectGuidedFallback(reply);
    // The reply was read before the model ran: the guided brain continues from it.
    expect(recordedFields(reply)).toContain("age");
    expect(questionOf(reply)?.id).toMatch(/^q-confirm-/);
    expect(textOf(reply)).not.toMatch(/didn't catch that|only help with knee/i);
  });

  it.each([1, 2, 3, 4])(
    "a model that fails on turn %i leaves that turn to the guided brain, which goes on from the reply already recorded",
    async (failingTurn) => {
      const model = new MockLanguageModelV3({
        doStream: async (options) => {
          const visitorTurns = options.prompt.filter((message) => message.role === "user").length;
          if (visitorTurns === failingTurn) throw new Error("model exploded");
          return streamOf(say("Thanks."));
        },
      });
      const { client } = await openLlmChat(model);
      let reply = await client.send("I'm 55 and I twisted my knee skiing yesterday");
      for (let turn = 2; turn <= failingTurn; turn += 1) {
        const question = questionOf(reply);
        if (!question) throw new Error("the interview ended early");
        const [text, answers] = answerFromIntake(question, urgentOttawaIntake, "labels");
        reply = await client.send(text, answers);
        if (turn < failingTurn) continue;
        // The reply was recorded once, before the model ran, and the fallback moves on from it.
        expect(recordedFields(reply)).toEqual(expect.arrayContaining(question.fields));
        expect(questionOf(reply)?.id).not.toBe(question.id);
      }
      expectGuidedFallback(reply);
      expect(textOf(reply)).not.toMatch(/didn't catch that|only help with knee/i);
    },
  );

  it("a model that times out (LLM_TIMEOUT_MS) falls back to the guided brain with a notice", async () => {
    const { client } = await openLlmChat(hangingModel(), { LLM_TIMEOUT_MS: "1000" });
    const started = Date.now();
    const reply = await client.send("my knee hurts when I run");
    expect(Date.now() - started).toBeLessThan(4_000);
    expectGuidedFallback(reply);
    expect(loggedFailureKind()).toBe("timeout");
  });

  it("a rate limit (429 from the provider) falls back to the guided brain with a notice", async () => {
    const rateLimited = new APICallError({
      message: "Rate limit reached",
      url: "http://model.test/v1/chat/completions",
      requestBodyValues: {},
      statusCode: 429,
      responseHeaders: { "retry-after": "20" },
      isRetryable: true,
    });
    const { client } = await openLlmChat(failingModel(rateLimited));
    expectGuidedFallback(await client.send("my knee hurts when I run"));
    expect(loggedFailureKind()).toBe("rate_limited");
  });

  it("an error the AI SDK reports only inside the stream, after partial text, still ends cleanly in the guided brain", async () => {
    const model = new MockLanguageModelV3({
      doStream: async () =>
        streamOf([
          { type: "text-start", id: "t1" },
          { type: "text-delta", id: "t1", delta: "Thanks, let me just " },
          { type: "error", error: new Error("upstream connection reset") },
        ]),
    });
    const { client } = await openLlmChat(model);
    const reply = await client.send("my knee hurts when I run");
    expectGuidedFallback(reply);
    const partial = partsOfType(reply, "text").find((part) => part.text.startsWith("Thanks, let me just"));
    expect(partial?.state).toBe("done");
  });

  it("facts the model recorded before failing are kept, and the guided brain does not ask them again", async () => {
    const model = scriptedModel([
      [callTool("record_intake", { age: 34, injury: "no", daysSinceOnset: 21 })],
      () => {
        throw new Error("second step failed");
      },
    ]);
    const { client } = await openLlmChat(model);
    const reply = await client.send("34, no injury, three weeks of pain");
    expectGuidedFallback(reply);
    expect(questionOf(reply)?.fields).not.toEqual(expect.arrayContaining(["age"]));
    expect(questionOf(reply)?.fields).not.toContain("daysSinceOnset");
  });

  it("the emergency card wins even when the model fails right after recording a red flag", async () => {
    const model = scriptedModel([
      [callTool("record_intake", { injury: "yes", daysSinceOnset: 0, breathlessOrChestPain: "yes" })],
      () => {
        throw new Error("second step failed");
      },
    ]);
    const { client } = await openLlmChat(model);
    const reply = await client.send("hurt my knee today and I feel odd");
    expect(latestTriage(client)?.level).toBe("emergency");
    expect(dataOf(reply, "emergency")).toBeDefined();
    expect(dataOf(reply, "notice")).toBeUndefined();
  });

  it("a greeting is never shown twice when the first message of a new chat falls back", async () => {
    const { app } = await llmApp(failingModel(new Error("down")));
    // The first request of this chat already carries a message.
    const reply = await new TestChatClient(app).send("my knee hurts when I run");
    expectGuidedFallback(reply);
    expect(textOf(reply).match(/not a clinician/g)).toHaveLength(1);
  });
});
