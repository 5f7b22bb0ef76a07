import { describe, expect, it } from "vitest";
import { composeAnswer } from "../../src/knowledge/compose-answer.js";
import { testKnowledge } from "../helpers/test-app.js";

// Issue 15, sixteenth round: visitors in the middle of the interview answer the assistant's
// question and ask their own in one message ("no it isn't swollen. should I be icing it
// though?"). The chat words around such a question are phrasing, not what it asks.

const knowledge = testKnowledge();
const answerTo = (message: string) => {
  const answer = composeAnswer(knowledge, message);
  return answer.kind === "answer" ? `${answer.source.anchor}: ${answer.answer}` : "none";
};

describe("the words around a question do not pick the answer", () => {
  it("answers 'should I be icing it though?' with what a cold pack does, not with the caveat that says 'though'", () => {
    expect(answerTo("no it isn't swollen. should i be icing it though?")).toMatch(
      /^ice: .*can ease pain after activity/,
    );
    expect(answerTo("should i be icing it though?")).toMatch(/^ice: .*can ease pain after activity/);
    // Asked whether icing treats the cause, the caveat is the answer.
    expect(answerTo("does icing treat the cause of the pain?")).toMatch(
      /^ice: Icing calms the symptom rather than its cause/,
    );
  });
});
