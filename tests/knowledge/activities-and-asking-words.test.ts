import { describe, expect, it } from "vitest";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, twentieth round. Held-outs 81 (golfers, bowlers and gardeners) and 82 (swimmers,
// rowers and paddlers) asked whether to stop the sport they do, told who they are or when it
// hurts in their sport's words, and asked whether to be seen with a pain score; the search refused
// them or led with the same-day section. Each case failed before its change; each negative case
// keeps its refusal or its lead.

describe("stopping an activity altogether", () => {
  it("answers whether to stop swimming or cycling completely from keeping active", () => {
    expect(anchors("my knee aches after sessions, do I need to stop swimming altogether until it settles?")[0]).toBe(
      "keep-active",
    );
    expect(["keep-active", "rest-is-not-enough"]).toContain(
      anchors("should I stop cycling completely or just cut back while my knee calms down?")[0],
    );
  });

  it("still refuses a question about the activity itself", () => {
    expect(refused("is swimming good for bad knees?")).toBe(true);
    expect(refused("is breaststroke bad for your knees?")).toBe(true);
    expect(refused("swimming or cycling, which is kinder on a sore knee?")).toBe(true);
    // Stopping named alone, or beside a question about the sport, still asks about the sport (review).
    expect(refused("should I stop swimming completely?")).toBe(true);
    expect(refused("should I quit golf altogether? which clubs are lighter?")).toBe(true);
  });
});

describe("when it hurts and who asks, in the sport's own words", () => {
  it("reads a two-word occasion and 'for a swimmer' as context, not as what is asked", () => {
    expect(anchors("is icing my knee after rowing outings worth doing?")[0]).toBe("ice");
    expect(refused("land exercises for a swimmer with sore knees")).toBe(false);
    expect(anchors("lads at the rowing club reckon running will wreck my knees, is that true?")[0]).toBe(
      "is-running-bad",
    );
  });

  it("still refuses a topic the articles leave out when it is what is asked", () => {
    expect(refused("do fins put extra strain on your knees when you kick?")).toBe(true);
    expect(refused("is deep water running as good as real running while my knee heals?")).toBe(true);
    expect(refused("which brace is best for a footballer with a torn ACL?")).toBe(true);
    // Who asks is a sport's player, not a habit or a condition; an occasion's second word is a
    // session, not the thing asked about (review).
    expect(refused("can I run with knee pain as a smoker?")).toBe(true);
    expect(refused("after runs magnesium for knee aches?")).toBe(true);
    // A grandchild is a child, as a son is: a lump below the kneecap leads with the same-day section,
    // never with home exercises (the round's first review found it answered from massage).
    expect(
      anchors("my grandson is 12 and has a lump below his kneecap that hurts after football, what exercises?")[0],
    ).toBe("get-seen-soon");
  });
});

describe("a thigh told smaller", () => {
  it("answers a thigh gone skinnier on the bad leg from the articles' sign", () => {
    expect(refused("the thigh on my bad leg is noticeably skinnier than the other one, does that matter?")).toBe(false);
  });

  it("still refuses the thigh's own complaint", () => {
    expect(refused("my thigh is sore and tight after squats, what should I do?")).toBe(true);
    // A thigh injured, or another part's complaint, is not made the knee's by a thinner thigh (review).
    expect(refused("strained my hamstring and my thigh looks thinner, can I run?")).toBe(true);
    expect(refused("my shoulder aches when I lift my arm and my thigh looks smaller, what should I do?")).toBe(true);
  });
});

describe("whether to be seen, with nothing but a pain score", () => {
  it("leads with booking an assessment, the engine's reading, when no sign is told", () => {
    expect(anchors("pain about 8 out of 10 most days, should i be seen")[0]).toBe("book-an-assessment");
  });

  it("still leads with the same-day section when a sign is told", () => {
    expect(anchors("my knee is red hot and swollen, should I be seen?")[0]).toBe("get-seen-soon");
    // A sign told in words the reader may miss keeps the more urgent lead (the round's second review).
    expect(
      anchors(
        "I twisted my knee at netball yesterday and it went up like a balloon. Pain about 8 out of 10. Should I be seen?",
      )[0],
    ).toBe("get-seen-soon");
    expect(
      anchors("My knee got stuck and wouldn't straighten this morning. Pain is 8/10. Should I be seen?")[0],
    ).not.toBe("book-an-assessment");
  });
});
