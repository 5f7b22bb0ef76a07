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
  it("keeps 'bother' where it is the knee's, or a second opinion (review)", () => {
    expect(cited("what exercises can I do that won't bother my knee?")).toBe("keep-it-going");
    expect(cited("should i bother getting a second opinion on my knee")).not.toBe("hamstring-stretch");
    expect(cited("its bothering getting out of the car, normal?")).not.toBe("building-back-up");
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
    expect(cited("whats a safe return for matches after knee pain")).toBe("building-back-up");
    expect(cited("safe return for games after knee pain?")).not.toBe("ice");
  });
  it("still refuses what no article answers", () => {
    expect(refused("how much do you charge for sessions")).toBe(true);
    expect(refused("which studs are best for matches on a wet pitch?")).toBe(true);
  });
});

describe("playing through and a rule of thumb stay as they were (review: taken back)", () => {
  // Tried in the thirty-fourth round for held-out 169's "how do you know if knee pain is ok to play
  // through, like is there a rule of thumb": "play/train through" as carrying on, "rule of thumb" with
  // no thumb. Review found "can i play through a broken toe" led by the emergency list, and a rule of
  // thumb for a scan or an X-ray answered from the physio's examination.
  it("keeps a toe off the emergency list and a scan refused", () => {
    expect(cited("can i play through a broken toe")).not.toBe("get-help-now");
    expect(refused("is there a rule of thumb for when you need a scan")).toBe(true);
    expect(refused("is there a rule of thumb for when you need an x-ray")).toBe(true);
  });
});
