import { describe, expect, it } from "vitest";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, twenty-eighth round. Each positive case failed before its change; each negative case
// (and each review guard) keeps its answer or its refusal.

describe("the exercise sheet an exercise was read from", () => {
  it("answers the exercise, not the clinic's sheets", () => {
    expect(
      anchors("what on earth is a monster walk, its on a knee exercise sheet my manager printed off for us")[0],
    ).toBe("monster-walks");
  });

  it("still refuses asking for a sheet (review)", () => {
    expect(refused("can you email me an exercise sheet?")).toBe(true);
    expect(refused("I lost the exercise sheet from my physio, can you send another?")).toBe(true);
    expect(refused("Can you put my exercises on an exercise sheet so I can take it home?")).toBe(true);
    expect(refused("Do you send the exercises home on a printed exercise sheet?")).toBe(true);
    expect(refused("Are the knee exercises written on an exercise sheet I can keep or is it all on an app?")).toBe(
      true,
    );
    expect(refused("my exercise sheet has gone missing, can you email me a new one with the glute bridges on?")).toBe(
      true,
    );
  });
});

describe("who is told, not asked", () => {
  it("reads a medic as a person, not medication", () => {
    expect(
      anchors(
        "One of the medics taped round my kneecap before a run last week and it felt loads better, first pain free run in ages. Can I just keep taping it and crack on as normal?",
      ),
    ).toContain("taping-and-supports");
  });

  it("still refuses medication, and a medic one takes (review)", () => {
    expect(refused("what medication should I take for my knee?")).toBe(true);
    expect(refused("Any medic I can take to help the swelling go down?")).toBe(true);
  });

  it("reads 'for a 40-something firefighter' as who asks", () => {
    expect(
      anchors(
        "Standing on one leg seems a bit pointless for a 40-something firefighter with a dodgy knee. Why do they have me doing it?",
      )[0],
    ).toBe("single-leg-balance");
  });

  it("still refuses shoes for a toddler, a younger runner or a wider foot (review)", () => {
    expect(refused("best shoes for a toddler who's just learning to walk")).toBe(true);
    expect(refused("is my knee pain normal for a younger runner still growing?")).toBe(true);
    expect(refused("what trainers are good for a wider foot with bunions")).toBe(true);
    expect(anchors("is running bad for your knees for a 60 year old firefighter?")[0]).toBe("is-running-bad");
  });
});

describe("a doubt's own word, and an appointment spent", () => {
  it("answers taping when the doubt is 'or is it placebo'", () => {
    expect(
      anchors(
        "A retired physio I met on the trail offered to tape up my kneecap. Does taping actually do anything or is it placebo?",
      ),
    ).toContain("taping-and-supports");
  });

  it("answers why a physio looks beyond the knee when half the appointment was spent on the hip", () => {
    expect(
      anchors(
        "Why did the physio spend half my appointment looking at my hip and feet when it's my knee that hurts?",
      )[0],
    ).toBe("why-look-beyond");
  });

  it("still refuses a supplement doubted as hype, and moving an appointment", () => {
    expect(refused("is glucosamine worth taking or is it all hype?")).toBe(true);
    expect(refused("can I move my appointment?")).toBe(true);
    expect(refused("Can my husband come in for part of my appointment? he does my exercises with me")).toBe(true);
    expect(refused("Can I use the rest of my appointment for my other knee as well?")).toBe(true);
  });
});

describe("what is done when the knee is asked about, and a knee that feels fine", () => {
  it("answers core strength when carrying a rucksack is the occasion", () => {
    expect(
      anchors(
        "Does core strength really matter for knees when you're carrying a 15kg rucksack all day? I assumed it was all legs",
      ).slice(0, 2),
    ).toContain("hip-and-core");
  });

  it("still refuses a scan when wearing a cast", () => {
    expect(refused("does my knee need a scan when wearing a cast?")).toBe(true);
  });

  it("answers stopping the exercises once the knee 'actually feels fine now'", () => {
    expect(
      anchors(
        "So I did the bridges and leg raises and all that most days for about a month and my knee actually feels fine now. Honestly the exercises are a pain to fit in. OK to stop them now?",
      )[0],
    ).toBe("keep-it-going");
  });

  it("still answers stopping running when the knee feels fine only on the bike", () => {
    expect(anchors("my knee feels fine on the bike but hurts on runs, should I stop running?")[0]).toBe("keep-active");
  });
});
