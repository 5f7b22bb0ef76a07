import { describe, expect, it } from "vitest";
import { emergencyCard } from "../../src/chat/guard/emergency-card.js";
import { evaluate } from "../../src/triage/index.js";

// The card's headline is its first line; the steps under it go on from there rather than
// saying the same thing again.

const firstWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, "")
    .split(" ")
    .slice(0, 4)
    .join(" ");

describe("the emergency card", () => {
  for (const [label, intake] of [
    ["call emergency services", { footColdPale: "yes" }],
    ["go to the emergency department", { injury: "yes", daysSinceOnset: 0, deformity: "yes" }],
  ] as const) {
    it(`does not repeat its headline as the first step (${label})`, () => {
      const disposition = evaluate(intake);
      expect(disposition.level).toBe("emergency");
      const card = emergencyCard(disposition, { emergencyNumber: "911" });
      const [first] = card.instructions;
      expect(first).toBeDefined();
      expect(firstWords(first ?? "")).not.toBe(firstWords(card.headline));
      expect(card.instructions.some((step) => step.includes(card.headline.replace(/\.$/, "")))).toBe(false);
    });
  }
});
