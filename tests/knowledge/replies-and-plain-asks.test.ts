import { describe, expect, it } from "vitest";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, seventeenth round. Held-outs 65 (visitors answering the assistant and asking in one
// message), 66 (teenagers), 67 (dictated to a phone) and 68 (cyclists and gym-goers) ask plainly
// in words the search read as a topic the articles leave out, or as too little of a question.
// Each case failed before its change; each negative case keeps its answer or its refusal.

describe("a reply to the assistant, then the visitor's own question", () => {
  it("lets the question after a short reply decide that the articles answer, however short the message", () => {
    expect(
      anchors("no, im 16 and only run for school cross country. does running wreck your knees when your older")[0],
    ).toBe("is-running-bad");
    expect(refused("left only. ok to keep doing spin classes or should i stop?")).toBe(false);
  });

  it("still leads with the warning signs the reply tells (the whole message orders the passages)", () => {
    expect(anchors("yeah I couldn't take four steps after the tackle. ice?")[0]).toBe("get-help-now");
    // A kneecap out and back, first time or not yet said, is the same-day section's (nineteenth
    // round); the emergency list, whose words it shares, follows it.
    expect(anchors("no. kneecap slipped out then went back. can I keep playing?").slice(0, 2)).toEqual([
      "get-seen-soon",
      "get-help-now",
    ]);
    expect(anchors("yeah my kneecap went out and back. stretches?")[0]).toBe("get-seen-soon");
    expect(anchors("yes it swelled up within an hour. is that bad?")[0]).toBe("get-seen-soon");
    expect(anchors("yes, my calf is swollen and hot. should I foam roll it?")[0]).toBe("get-seen-soon");
  });
});

describe("what physical therapy involves", () => {
  it("answers 'what does a physio actually do?' with the assessment and the rehab, not only with when to see one", () => {
    expect(anchors("what does a physio actually do for knees")).toEqual(
      expect.arrayContaining(["assessment", "strength-mobility-balance"]),
    );
    expect(anchors("what happens at the first physio appointment")[0]).toBe("assessment");
    // When to see one is still answered by when to see one.
    expect(anchors("when should I see a physio")).toContain("when-to-see-a-pt");
  });
});

describe("whether to be seen", () => {
  it("reads 'bad enough to book in?' as whether to be seen, not as the clinic's diary", () => {
    expect(anchors("knee pain of like 8/10 going downstairs after training, is that bad enough to book in")[0]).toBe(
      "book-an-assessment",
    );
    // Asking how to book is the clinic's business.
    expect(refused("how do i book in with you")).toBe(true);
    expect(refused("how do I book in or should I wait and see?")).toBe(false);
    expect(refused("can you book me in for thursday morning")).toBe(true);
  });
});

describe("slang around a plain question", () => {
  it("reads 'mad stiff', 'mess with' and 'non-runners' as phrasing, not topics the articles leave out", () => {
    expect(anchors("my ankles are mad stiff, can that actually mess with my knees??")[0]).toBe("ankle-and-big-toe");
    expect(anchors("no i don't run. can non-runners get runners knee?")[0]).toBe("what-it-is");
    // A topic the articles leave out is still refused in the same words.
    expect(refused("my ankles are mad stiff, is it gout?")).toBe(true);
  });

  it("reads 'or is it just a warm up thing' as a doubt, not a question about warming up", () => {
    expect(
      anchors("does standing on one leg actually do anything for a weak knee or is it just a warm up thing"),
    ).toContain("single-leg-balance");
    // A health topic in the alternative is still asked about.
    expect(refused("is this my knee or is it just gout?")).toBe(true);
    expect(refused("does my knee hurt from running or is it just sciatica?")).toBe(true);
    // Asked about, warming up is still left to the clinic.
    expect(refused("should I warm up before my run or is it just a waste of time?")).toBe(true);
  });
});

describe("another sport while the knee settles", () => {
  it("answers 'swap my runs for bike sessions?' with keeping active in comfortable ways", () => {
    expect(
      anchors("knee sore on runs but fine on the bike. ok to swap my runs for bike sessions while it calms down?")[0],
    ).toBe("keep-active");
    expect(anchors("should i do the bike instead of my runs for now?")[0]).toBe("keep-active");
    // Swapping running shoes is about the shoes.
    expect(anchors("should I swap my running shoes for a lower drop pair?")[0]).toBe("shoes");
  });
});

describe("a school's running words", () => {
  it("reads cross country and 'xc' as running", () => {
    expect(anchors("which muscles should i strengthen if my knees hurt from cross country")).toEqual(
      expect.arrayContaining(["why-strength", "which-exercises"]),
    );
    expect(anchors("xc season starts monday and my knee hurts, can i still run?")).toContain("keep-active");
  });
});

describe("what the articles leave out, asked in a sport's or a school's words", () => {
  it("leaves how much fitness a break costs to the clinic, and still answers whether to take the break", () => {
    expect(refused("if i take 3 weeks off the bike for my knee how much FTP will i lose")).toBe(true);
    expect(refused("will I lose my fitness if I rest the knee for a fortnight?")).toBe(true);
    expect(anchors("do i need to take 3 weeks off running for my knee or can i keep going?")).toContain("keep-active");
  });

  it("leaves a note to get out of PE to the clinic", () => {
    expect(refused("can you write me a note to get out of pe")).toBe(true);
    expect(refused("can the physio write him a note for school")).toBe(true);
  });
});

describe("a topic the articles name in other words", () => {
  it("answers back pain spreading down the leg beside a sore knee from the sections that name it", () => {
    expect(
      anchors("my hip and groin hurt and my knee aches, plus some back pain going down my leg. what should I do?"),
    ).toEqual(expect.arrayContaining(["book-an-assessment", "when-to-get-checked"]));
    // Words apart name a topic only when joined by "or" or "and": "legs and feet line up" is not "feet up".
    expect(refused("should I put my feet up with runner's knee?")).toBe(true);
    // Back pain asked about on its own is still the clinic's.
    expect(refused("what stretches help lower back pain?")).toBe(true);
    expect(refused("is back pain from deadlifts normal?")).toBe(true);
  });
});
