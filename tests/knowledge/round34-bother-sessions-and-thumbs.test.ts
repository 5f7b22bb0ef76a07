import { describe, expect, it } from "vitest";
import { composeAnswer } from "../../src/knowledge/compose-answer.js";
import { testKnowledge } from "../helpers/test-app.js";
import { refused } from "../helpers/knowledge-search.js";

// Issue 15, thirty-fourth round: the words that made the round's questions look unanswered (court
// players, dog walkers, musicians), each with a case the change must leave alone.

const cited = (message: string) => {
  const answer = composeAnswer(testKnowledge(), message);
  return answer.kind === "answer" ? answer.source.anchor : "none";
};

describe("'bother' frames whether to act, it is not the topic", () => {
  // Held-out 169: "when should i actually bother seeing a physio about this knee? been about 2
  // months now" and "knee clicks getting off the drum stool, no pain. bother?" were refused.
  it("answers whether to bother from what the articles say", () => {
    expect(cited("when should i actually bother seeing a physio about this knee? been about 2 months now")).toBe(
      "when-to-see-a-pt",
    );
    expect(cited("knee clicks getting off the drum stool, no pain. bother?")).not.toBe("none");
  });
  it("still refuses what no article answers", () => {
    expect(refused("should I bother with glucosamine for my knee?")).toBe(true);
    expect(refused("is it worth bothering with a steroid injection?")).toBe(true);
  });
});

describe("matches and games to come are when, not what", () => {
  // Held-out 166: "does taping the knee for matches actually do anything" was refused.
  it("answers the question about the tape", () => {
    expect(cited("does taping the knee for matches actually do anything")).toBe("taping-and-supports");
    expect(cited("should i bother with a knee brace for games")).toBe("taping-and-supports");
  });
  it("keeps sessions and games gone to as what is asked (review)", () => {
    expect(cited("is it normal to need to go for sessions for months with a knee")).toBe("recovery-time");
    expect(cited("how long do people usually come in for sessions with knee pain")).toBe("recovery-time");
    expect(cited("how much homework for sessions for knee rehab")).toBe("strength-mobility-balance");
    expect(cited("is tennis ok for matches with bad knees")).not.toBe("hands-on-treatments");
  });
  it("still refuses what no article answers", () => {
    expect(refused("how much do you charge for sessions")).toBe(true);
    expect(refused("which studs are best for matches on a wet pitch?")).toBe(true);
  });
});

describe("playing through pain and a rule of thumb", () => {
  // Held-out 169: "how do you know if knee pain is ok to play through, like is there a rule of
  // thumb" was refused: the thumb was another part of the body.
  it("answers from the advice on carrying on", () => {
    expect(cited("how do you know if knee pain is ok to play through, like is there a rule of thumb")).toBe(
      "keep-active",
    );
  });
  it("still refuses a thumb, and what no article answers", () => {
    expect(refused("my thumb is swollen, what should I do?")).toBe(true);
    expect(refused("is there a rule of thumb for how much glucosamine to take")).toBe(true);
  });
});
