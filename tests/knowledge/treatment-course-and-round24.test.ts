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
