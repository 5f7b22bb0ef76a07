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

// Review of the twenty-fourth round: each rule narrowed to what it is for.
describe("the round's rules kept to what they are for", () => {
  it("answers whether needling works, physio sessions and the exercises beside it, and how long the relief lasts", () => {
    expect(
      anchors(
        "my physio wants to try dry needling on my quads for the kneecap pain. does it actually work and does it hurt?",
      ),
    ).toContain("hands-on-treatments");
    expect(
      anchors("Had a few sessions of dry needling. How many sessions of physio does runners knee usually take?"),
    ).toContain("recovery-time");
    expect(
      anchors("my physio did dry needling, my knee feels great today! how long will it last before it comes back?"),
    ).toContain("pain-relief");
    expect(
      anchors(
        "My mum had a steroid jab in her knee a while back. She wants to try physio. How many sessions will she need?",
      ),
    ).toContain("recovery-time");
    expect(refused("is dry needling painful?")).toBe(true);
  });

  it("keeps 'have to lose', a denied claim, 'replace running', 'back at uni' and clinic questions after 'if I book in' as before", () => {
    expect(
      anchors("Do I have to lose my long runs completely while my runners knee settles, or can I just cut back?"),
    ).toContain("building-back-up");
    expect(
      anchors("I don't want to claim anything, I just want to know if I should keep going to the gym with a sore knee"),
    ).toContain("keep-active");
    expect(refused("Can walking replace running for my knees?")).toBe(true);
    expect(
      refused(
        "Since I've been back at uni I've been taking naproxen for my knee every day. Is it ok to keep running on it?",
      ),
    ).toBe(true);
    expect(refused("If I book in, how soon can I be seen?")).toBe(true);
  });

  it("does not read stopping as 'once better' when the knee is hot, aches at night, or 'it' is a brace", () => {
    expect(anchors("The knee's been fine but it went hot and red yesterday, should i stop the rehab now?")[0]).not.toBe(
      "keep-it-going",
    );
    expect(
      anchors(
        "It's been fine in the day since I started the exercises but it aches at night and wakes me up, can I stop them now?",
      )[0],
    ).not.toBe("keep-it-going");
    expect(
      anchors("I've worn the brace for a month while doing my exercises and it's been fine. Can I ditch it now?")[0],
    ).toBe("taping-and-supports");
  });

  it("does not steer locking, a limping child or a numb knee to painless clicking or to what to do when exercises fail", () => {
    expect(
      anchors(
        "My knee crunches but it's pain-free most of the time. Sometimes it locks and I have to wiggle it to straighten. Is that bad?",
      )[0],
    ).toBe("get-seen-soon");
    expect(
      anchors(
        "my son's knee clicks when he runs, he says it doesn't hurt but he's started limping. should we get it checked?",
      )[0],
    ).toBe("when-to-get-checked");
    expect(anchors("Exercises didn't help, knee is numb on the outside now, what should I do?")[0]).toBe(
      "when-to-get-checked",
    );
    expect(refused("I read online that it's runner's knee, but it still hurts after 3 months. What should I do?")).toBe(
      false,
    );
  });
});

// Second review of the twenty-fourth round.
describe("the round's rules after a second look", () => {
  it("refuses 'does it hurt?' after the treatment is named, and BFR's too, but not an 'it hurt' that asks something else", () => {
    expect(refused("My physio wants to try shockwave next week. Does it hurt?")).toBe(true);
    expect(refused("The physio suggested dry needling. Is it painful?")).toBe(true);
    expect(refused("Is BFR training painful?")).toBe(true);
    expect(
      anchors("I had shockwave for my knee in January. Does it hurt more because I sit at a desk all day?"),
    ).toContain("symptoms");
    expect(anchors("Shockwave prices are crazy round here. What can I do myself for runner's knee?")).toContain(
      "what-it-is",
    );
  });

  it("keeps weight told in the story, a recent time at uni, a stuck knee and arthritis as before", () => {
    expect(
      anchors("Been told I have to lose some weight. My knee aches after parkrun. Should I keep running?"),
    ).toContain("keep-active");
    expect(refused("I've been on crutches since I had surgery at uni two weeks ago. When can I start running?")).toBe(
      true,
    );
    expect(
      anchors(
        "Knee pops when I get up, no pain. But sometimes it gets stuck and I have to wiggle it. What is that?",
      )[0],
    ).toBe("when-to-get-checked");
    expect(
      anchors(
        "My physio said it's arthritis. I've tried the exercises for a month, hasn't helped. Is there any point?",
      ),
    ).toContain("gait-and-education");
    expect(refused("If I book in what happens if it turns out I need a scan?")).toBe(true);
  });
});
