import { describe, expect, it } from "vitest";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, twenty-seventh round. Each positive case failed before its change; each negative case
// (and each review guard) keeps its answer or its refusal.

describe("keenness told in the story", () => {
  it("answers the question when a burst of motivation is only the story", () => {
    expect(anchors("just bought a foam roller in a burst of motivation, where should I roll for knee pain?")[0]).toBe(
      "foam-rolling",
    );
  });

  it("still refuses how to stay motivated, or tips for a burst of it (review)", () => {
    expect(refused("how do I stay motivated to keep doing my exercises?")).toBe(true);
    expect(refused("do you have any tips for a burst of motivation? my knee rehab is so boring")).toBe(true);
  });
});

describe("asking for a female physiotherapist, and a heel lift in a boot", () => {
  it("refuses both", () => {
    expect(refused("Is there a female physiotherapist I could see? For modesty I would prefer a sister.")).toBe(true);
    expect(
      refused("One of my legs is a bit shorter than the other. Would a heel lift in my boot sort my knee out?"),
    ).toBe(true);
    expect(refused("should I wear heel lifts in my boots?")).toBe(true);
  });

  it("still answers what a female physio advised, and a heel that lifts in a boot (review)", () => {
    expect(anchors("My female physio told me to do monster walks, how many should I do a day?")[0]).toBe(
      "monster-walks",
    );
    expect(anchors("I'd always prefer a woman physio, but is foam rolling worth doing for my IT band?")[0]).toBe(
      "it-band",
    );
    expect(
      anchors("when I squat down at work my heel lifts in my boot, is that a stiff ankle causing my knee pain?")[0],
    ).toBe("ankle-and-big-toe");
  });

  it("still answers what the physiotherapist checks, and icing after a walk in work boots", () => {
    expect(anchors("will the physiotherapist check my kneecap?")[0]).toBe("assessment");
    expect(anchors("my knee hurts after a long walk in my work boots, should I ice it?")[0]).toBe("ice");
  });
});

describe("what a condition is, where an article says", () => {
  it("answers what chondromalacia patella is from the passage that says", () => {
    expect(anchors("What is chondromalacia patella? My cousin back home was told she has it.")[0]).toBe("causes");
    expect(anchors("what does chondromalacia mean")[0]).toBe("causes");
  });

  it("still refuses a condition the articles only name, and how to treat the one they define", () => {
    expect(refused("what is an ACL tear?")).toBe(true);
    expect(refused("how do you treat chondromalacia patella?")).toBe(true);
    // Third review: what it means for running, what the treatment is, what it feels like.
    expect(refused("what's the treatment for chondromalacia?")).toBe(true);
    expect(refused("what does chondromalacia mean for running?")).toBe(true);
    expect(refused("What is chondromalacia patella pain like?")).toBe(true);
  });
});

describe("how a physio works out what is wrong", () => {
  it("answers 'figure it out' and 'just poke it' from the assessment", () => {
    expect(
      anchors(
        "never been to a physio before. for kneecap pain what do they actually do to figure it out, do they just poke it?",
      ).slice(0, 3),
    ).toContain("assessment");
  });

  it("still refuses working it out over a video call, and answers figuring out whether running is bad (review)", () => {
    expect(refused("can you figure out my knee over a video call?")).toBe(true);
    expect(anchors("I'm trying to figure out if running is bad for my knees long term")[0]).toBe("is-running-bad");
    // Second review: the visitor working it out, or poking the knee, is no assessment.
    expect(anchors("I'll figure it out myself with some stretches, which ones help the IT band?")[0]).toBe("it-band");
    expect(anchors("I'm trying to figure it out myself, should I stop running or just cut back?")[0]).toBe(
      "keep-active",
    );
    expect(anchors("is it normal that it hurts when I just poke it after a long run? should I keep running?")[0]).toBe(
      "keep-active",
    );
  });
});

describe("knees that go in towards each other", () => {
  it("answers from collapsing", () => {
    expect(anchors("my knees dive inwards when I squat, is that bad?")[0]).toBe("collapsing");
    // "Bend" still brings the hinge first; collapsing now comes in the top 3.
    expect(
      anchors("my knees bend inwards toward each other when I stand up from the floor, what causes that?").slice(0, 3),
    ).toContain("collapsing");
  });

  it("does not read people sat facing each other, or feet turned towards each other, as collapsing", () => {
    expect(
      anchors("we sat facing towards each other on the floor all evening and now my knee aches, why?").slice(0, 3),
    ).not.toContain("collapsing");
    expect(anchors("my feet turn in towards each other, do I need orthotics for my knee pain?")[0]).toBe(
      "insoles-and-orthotics",
    );
  });
});
