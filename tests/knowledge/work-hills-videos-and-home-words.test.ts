import { describe, expect, it } from "vitest";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, twenty-first round. Held-outs 87 (trail runners and hillwalkers), 89 (knee-hard jobs),
// 90 (carers of older people) and 92 (heavier people getting active) told their work in two
// words, climbed Munros, and said the exercises off YouTube "haven't budged" the pain; the search
// refused them. They also asked about things the articles leave out (thin bones, smoking, aids
// about the home, a new knee "put in") and were answered from a passage that does not say. Each
// case failed before its change; each negative case keeps its refusal or its answer.

describe("who the writer is, in a word or two", () => {
  it("reads 'I'm a postie' as who asks, not as what is asked", () => {
    expect(anchors("runners knee if i dont even run?? im a postie")[0]).toBe("what-it-is");
  });

  it("still weighs those words anywhere else, and still refuses a topic told that way", () => {
    expect(refused("runners knee if i dont even run?? my postie has it too")).toBe(true);
    expect(refused("I'm a smoker, will that slow my knee recovery?")).toBe(true);
  });
});

describe("hillwalking in its own words", () => {
  it("reads bagging Munros as hillwalking", () => {
    expect(anchors("got osteoarthritis in one knee, can i still bag munros")[0]).toBe("what-it-is");
  });

  it("still refuses kit for the hills", () => {
    expect(refused("which boots are best for munros")).toBe(true);
  });
});

describe("exercises off YouTube that have not helped", () => {
  it("answers from the articles' generic exercises from the internet", () => {
    expect(
      anchors("done youtube knee exercises for a month and nothing has changed, is it worth paying to see someone")[0],
    ).toBe("gait-and-education");
    expect(
      anchors(
        "Been doing knee exercises from youtube for about two months now, the standard ones, and my knee pain hasnt budged at all. starting to think its a waste of time. what now?",
      ),
    ).toContain("gait-and-education");
  });

  it("still refuses a request for a channel to follow", () => {
    expect(refused("can you recommend a youtube channel for knee exercises")).toBe(true);
  });
});

describe("topics the articles leave out", () => {
  it("refuses thin bones, smoking, aids about the home, a replacement in everyday words and weight to lose", () => {
    expect(
      refused("I have osteoporosis as well as sore knees. Are there exercises I ought to avoid because of my bones?"),
    ).toBe(true);
    expect(refused("mum needs a raised toilet seat and chair raisers because of her knees, which ones are best")).toBe(
      true,
    );
    expect(refused("do ankle weights on my walks help and are they bad for knees")).toBe(true);
    expect(refused("mum had her new knee put in six weeks ago, when can she drive again")).toBe(true);
    expect(refused("how much weight does dad need to lose to take the pressure off his knees")).toBe(true);
    expect(refused("is there a weight limit on treadmills, im worried about breaking one at the gym")).toBe(true);
    expect(refused("my thighs chafe so badly when i walk far, what can i wear to stop it")).toBe(true);
  });

  it("still answers a new sleeve, and a story that tells a condition before its own question", () => {
    expect(anchors("she's got a new knee sleeve, will it help her arthritis?")[0]).toBe("taping-and-supports");
    expect(
      refused("Am I just too heavy to run or is there something I can do? Knees ache after week 3 of couch to 5k"),
    ).toBe(false);
  });
});
