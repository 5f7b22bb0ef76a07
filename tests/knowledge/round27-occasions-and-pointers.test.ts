import { describe, expect, it } from "vitest";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, twenty-seventh round. Each positive case failed before its change; each negative case
// keeps its answer or its refusal.

describe("a day spent somewhere, told as when it hurts", () => {
  it("answers the question asked about it", () => {
    expect(anchors("should I be icing the knee after a long day sat on the bank?")[0]).toBe("ice");
  });

  it("still refuses a topic the articles leave out, asked about the same day", () => {
    expect(refused("can I use a heat pad after a long day sat on the bank?")).toBe(true);
  });
});

describe("keenness told in the story", () => {
  it("answers the question when a burst of motivation is only the story", () => {
    expect(anchors("just bought a foam roller in a burst of motivation, where should I roll for knee pain?")[0]).toBe(
      "foam-rolling",
    );
  });

  it("still refuses how to stay motivated", () => {
    expect(refused("how do I stay motivated to keep doing my exercises?")).toBe(true);
  });
});

describe("the clinic's staff and a shorter leg", () => {
  it("refuses asking for a female physiotherapist and a heel lift in a boot", () => {
    expect(refused("Is there a female physiotherapist I could see? For modesty I would prefer a sister.")).toBe(true);
    expect(
      refused("One of my legs is a bit shorter than the other. Would a heel lift in my boot sort my knee out?"),
    ).toBe(true);
  });

  it("still answers what the physiotherapist checks, and icing after a walk in work boots", () => {
    expect(anchors("will the physiotherapist check my kneecap?")[0]).toBe("assessment");
    expect(anchors("my knee hurts after a long walk in my work boots, should I ice it?")[0]).toBe("ice");
  });
});

describe("how a physio works out what is wrong", () => {
  it("answers 'figure it out' and 'poke it' from the assessment", () => {
    expect(
      anchors(
        "never been to a physio before. for kneecap pain what do they actually do to figure it out, do they just poke it?",
      ).slice(0, 3),
    ).toContain("assessment");
  });

  it("still refuses working it out over a video call", () => {
    expect(refused("can you figure out my knee over a video call?")).toBe(true);
  });
});

describe("knees that go in towards each other", () => {
  it("answers from collapsing", () => {
    expect(
      anchors(
        "Filmed myself doing jump squats for my HIIT app to check my form (mostly just saw how messy my living room is). When I land my knees sort of cave in towards each other and my feet go flat. Is that a problem and why does it happen?",
      )[0],
    ).toBe("collapsing");
    expect(anchors("my knees dive inwards when I squat, is that bad?")[0]).toBe("collapsing");
  });

  it("does not read people sat facing each other as collapsing", () => {
    expect(
      anchors("we sat facing towards each other on the floor all evening and now my knee aches, why?").slice(0, 3),
    ).not.toContain("collapsing");
  });

  it("still leads a warning sign asked about as 'a problem' with the same-day list", () => {
    expect(anchors("My knee locked and I can't straighten it. Is that a problem?")[0]).toBe("get-seen-soon");
  });
});
