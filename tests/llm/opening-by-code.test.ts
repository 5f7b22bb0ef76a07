import { MockLanguageModelV3 } from "ai/test";
import { describe, expect, it } from "vitest";
import { TestChatClient, questionOf, textOf } from "../helpers/chat-client.js";
import { dataOf, llmApp, quietFallbackLog } from "./llm-setup.js";

// With a model configured, the turns that need no judgement are still worded by code: the
// greeting and first prompt, and the answer to "about you or someone else?". The model is first
// asked about the visitor's own words.

/** A model that counts how often it is asked, and fails, so a call shows as a fallback notice. */
function countingModel() {
  const calls = { count: 0 };
  const model = new MockLanguageModelV3({
    doStream: async () => {
      calls.count += 1;
      throw new Error("down");
    },
  });
  return { model, calls };
}

describe("with a model configured, the opening is worded by code", () => {
  it("opening the chat and saying whose knee it is never call the model; the story does", async () => {
    quietFallbackLog();
    const { model, calls } = countingModel();
    const { app } = await llmApp(model);
    const client = new TestChatClient(app);

    const opening = await client.send();
    expect(textOf(opening)).toMatch(/not a clinician/);
    expect(questionOf(opening)).toMatchObject({ id: "q-patient" });
    expect(dataOf(opening, "notice")).toBeUndefined();

    const prompt = await client.send("My child");
    expect(textOf(prompt)).toMatch(/your child's knee/);
    expect(dataOf(prompt, "notice")).toBeUndefined();
    expect(calls.count).toBe(0);

    const story = await client.send("she fell off the trampoline yesterday and her knee is sore");
    expect(calls.count).toBe(1);
    expect(dataOf(story, "notice")).toMatchObject({ kind: "fallback" });
    expect(textOf(story).match(/not a clinician/g)).toBeNull();
  });
});
