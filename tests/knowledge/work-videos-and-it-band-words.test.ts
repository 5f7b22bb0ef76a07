import { describe, expect, it } from "vitest";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, twenty-first round. Held-outs 87 (trail runners and hillwalkers), 89 (knee-hard jobs),
// 90 (carers of older people) and 92 (heavier people getting active) told their work in a word,
// said the exercises off YouTube "haven't budged" the pain, and called a tight thigh the IT band;
// the search refused them. Each case failed before its change; each negative
// case keeps its refusal or its answer.

describe("who the writer is, in a word or two", () => {
  it("reads 'I'm a postie' as who asks, not as what is asked", () => {
    expect(anchors("runners knee if i dont even run?? im a postie")[0]).toBe("what-it-is");
  });

  it("still weighs those words anywhere else, and a health word told that way (review)", () => {
    // Told first: asked first, the aside after it no longer decides (twenty-sixth round).
    expect(refused("my postie has it too. runners knee if i dont even run??")).toBe(true);
    expect(refused("I'm a smoker, will that slow my knee recovery?")).toBe(true);
    expect(refused("im a haemophiliac and my knee has blown up after a bump")).toBe(true);
    expect(refused("I'm a bleeder and my knee has blown up after a bump")).toBe(true);
  });
});

describe("the IT band, felt down the outside of the thigh", () => {
  it("answers a tight thigh the physio called the IT band from the IT band section", () => {
    expect(
      anchors(
        "The outside of my husband's thigh is really tight, the physio called it the IT band. He's 67 and cycles a lot. YouTube says roll it hard every day, but it makes him yelp. Should he be rolling that bit at all?",
      )[0],
    ).toBe("it-band");
  });

  it("still refuses the thigh's own complaint, and the hip's beside the IT band (review)", () => {
    expect(refused("my thigh is tight on the outside, should I stretch it?")).toBe(true);
    expect(refused("my IT band is tight and my hip aches when I lie on it, what helps the hip?")).toBe(true);
    expect(refused("pulled my thigh at football, the outside of it is sore, ice or heat?")).toBe(true);
  });
});

describe("exercises off YouTube that have not helped", () => {
  it("answers from the articles' generic exercises from the internet, or exercises that haven't helped", () => {
    const found = anchors(
      "done youtube knee exercises for a month and nothing has changed, is it worth paying to see someone",
    );
    expect(["gait-and-education", "keep-it-going"]).toContain(found[0]);
    expect(found).toContain("gait-and-education");
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
