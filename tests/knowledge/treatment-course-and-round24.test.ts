import { describe, expect, it } from "vitest";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, twenty-fourth round. Each positive case failed before its change; each negative case
// keeps its answer or its refusal.

describe("a course of shockwave or needling", () => {
  it("refuses how many sessions it takes and whether it hurts: the articles never say", () => {
    expect(
      refused(
        "My physio wants to try shockwave on the outside of my knee next week. I've heard mixed things. How many sessions is normal and does it hurt?",
      ),
    ).toBe(true);
    expect(refused("How many sessions of shockwave does a knee usually need and does it hurt?")).toBe(true);
  });

  it("still answers whether it works, from the case study's note on the evidence", () => {
    expect(anchors("physio offered me shockwave for my knee, is there good evidence for it?")[0]).toBe(
      "assessment-example",
    );
    expect(anchors("is shockwave therapy any good for long-term knee pain")[0]).toBe("assessment-example");
  });

  it("still answers how many physio sessions recovery takes, where no such treatment is named", () => {
    expect(anchors("how many physio sessions will I need for runner's knee")).toContain("recovery-time");
  });
});

describe("how many injections, and how long they last", () => {
  it("refuses how many steroid injections can be had, pointed back at from the story", () => {
    expect(
      refused(
        "I've had two steroid injections in my left knee this year from my GP for the arthritis. The second one only lasted about six weeks. How many of those can you safely have in a year, and is a third worth it before my summer holiday?",
      ),
    ).toBe(true);
    expect(
      refused(
        "Dad's been offered a steroid injection in his knee by the GP. He's 83 and diabetic. How long do the knee ones usually last, and how often is he allowed to have them?",
      ),
    ).toBe(true);
  });

  it("still answers a hot, swollen knee after an injection from the warning list", () => {
    expect(
      anchors(
        "had a cortisone injection in my knee 2 weeks ago and now its hot red and swollen, how long does this usually last?",
      )[0],
    ).toBe("get-help-now");
  });
});

describe("topics the articles leave out, in visitors' words", () => {
  it("refuses how much weight to lose, a claim for an injury at work, and a heel lift for a short leg", () => {
    expect(
      refused(
        "Put on about 3 stone since I started nights. Knees are feeling it now, especially on the stairs. How much weight would I actually have to lose to take the pressure off them?",
      ),
    ).toBe(true);
    expect(
      refused(
        "I've been a postman for 25 years and my knees are shot. The union rep says I could claim it as an industrial injury. Would one of your physios write a report for that, and how long does it take?",
      ),
    ).toBe(true);
    expect(
      refused("One leg is slightly shorter than the other. Would a heel raise in my work shoe help my knee?"),
    ).toBe(true);
  });

  it("still answers heels that lift in a squat, and what to do when the knee aches on the stairs", () => {
    expect(anchors("my heels lift in my squat and my knee aches, is that my ankles?")[0]).toBe("ankle-and-big-toe");
    expect(refused("Knees are feeling it on the stairs up to the ward, what can I do?")).toBe(false);
  });

  it("reads 'replace strengthening' as one exercise for another, not a knee replacement", () => {
    expect(anchors("Do mobility drills replace strengthening or do I need both?")).toContain("mobility-in-practice");
    // A joint replaced, or shoes replaced, are still topics the articles leave out.
    expect(refused("how many miles before I need to replace my running shoes to protect my knees")).toBe(true);
    expect(refused("my knee needs replacing, how long is the recovery?")).toBe(true);
  });

  it("reads a sprain 'since… at uni' as history, and 'if I book in' as the condition of the question", () => {
    expect(
      anchors(
        "I've had stiff ankles ever since a bad sprain at uni. Could that be part of why my knee hurts when I get low for volleys?",
      ),
    ).toContain("ankle-and-big-toe");
    expect(
      anchors(
        "Never been to a physio in my life (58, pickleball 3 mornings a week). If I book in for my knee what actually happens at the first appointment?",
      ),
    ).toContain("assessment");
    expect(refused("I sprained my ankle last week, how long till I can play?")).toBe(true);
    expect(refused("can I book in for saturday morning?")).toBe(true);
  });
});

describe("what the question asks beyond its words", () => {
  it("answers stopping the routine now it doesn't hurt from keeping the exercises going", () => {
    expect(
      anchors(
        "Did my exercises religiously for about 8 weeks and it's been fine for a fortnight now. Honestly I'm knackered after shifts and would love to ditch the routine. Is it ok to stop now it doesnt hurt?",
      )[0],
    ).toBe("keep-it-going");
    // Still sore: whether to stop running is keeping active, not the exercises.
    expect(anchors("my knee is sore on runs. is it ok to stop now or push through?")[0]).not.toBe("keep-it-going");
  });

  it("answers noises that don't hurt from where the articles say painless clicking is common", () => {
    expect(
      anchors(
        "my knees crack and pop every time i crouch to the bottom shelf, loud enough that customers look round. it doesnt hurt at all, never has. should i be worried its wearing out?",
      ),
    ).toContain("symptoms");
  });

  it("answers self-care tried without change from what to do when it hasn't helped", () => {
    expect(anchors("been stretching every single day for a month and my knee is no different. now what?")).toContain(
      "when-to-get-checked",
    );
    expect(
      anchors("Had a knock to the knee in karate weeks ago, exercises off youtube haven't helped at all, what now?"),
    ).toContain("gait-and-education");
    // Tried and better is not "no change": how to do a bridge is still the bridge's own steps.
    expect(anchors("been doing bridges for a month and my knee is loads better. how do I do them properly?")[0]).toBe(
      "glute-bridges",
    );
  });
});
