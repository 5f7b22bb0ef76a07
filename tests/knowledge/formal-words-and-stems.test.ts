import { describe, expect, it } from "vitest";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, twentieth round. Held-out 85 (older visitors writing formal letters) asked in words no
// article uses ("of any genuine benefit", "a gentleman of seventy-nine") and in words whose stems
// collide with a topic ("several" with Sever's disease, "grateful" with a grating knee, knees that
// "knock inwards" with a knock). Each case failed before its change; each negative case keeps its
// refusal or its answer.

describe("a question framed formally", () => {
  it("answers through the formal frame", () => {
    expect(anchors("Is massage of any genuine benefit for a bad knee?")).toContain("hands-on-treatments");
    expect(refused("Which exercises would be suitable for a gentleman of eighty with arthritis in the knee?")).toBe(
      false,
    );
  });

  it("still refuses what the articles leave out, however formally asked", () => {
    expect(refused("Is glucosamine of any genuine benefit for my knees?")).toBe(true);
    expect(refused("Which supplements would be suitable for a lady of seventy-five?")).toBe(true);
  });
});

describe("words whose stems collide with a topic", () => {
  it("reads 'several weeks off' as a time, not Sever's disease", () => {
    expect(anchors("How should I build back up after several weeks off with a painful knee?")).toContain(
      "building-back-up",
    );
    expect(refused("My son has Sever's disease, can he still play football?")).toBe(true);
  });

  it("reads knees that knock inwards as the collapsing knee, not a knock", () => {
    expect(
      anchors("I notice my knees tend to knock inwards when I rise from an armchair. Is this of any significance?")[0],
    ).toBe("collapsing");
    expect(anchors("I took a knock to the knee in a tackle, can I keep playing?")).not.toContain("collapsing");
  });

  it("reads 'grateful' as thanks, not a grating knee", () => {
    expect(
      anchors(
        "I would be grateful for instructions for the exercise where one lies down and lifts the straight leg, as my sheet has been mislaid.",
      ),
    ).toContain("straight-leg-raises");
  });
});

describe("a doctor's surgery and children's knees", () => {
  it("reads 'the physio at the surgery' as the GP's practice, not an operation", () => {
    expect(
      refused(
        "The physiotherapist at the surgery remarked that my ankle is stiff. Why should a stiff ankle affect my knee?",
      ),
    ).toBe(false);
    expect(refused("how long after surgery can I run?")).toBe(true);
  });

  it("reads 'childrens knees' as children, as 'kids' knees' already were", () => {
    expect(anchors("is running bad for childrens knees")[0]).toBe("is-running-bad");
    expect(refused("are joint supplements safe for childrens knees?")).toBe(true);
  });
});
