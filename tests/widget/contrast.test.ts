import { describe, expect, it } from "vitest";
import { accessibleBrand, contrastRatio } from "../../src/widget/shared/contrast.js";

describe("brand colours reach AA contrast with white text", () => {
  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#fff", "#ffffff")).toBeCloseTo(1, 5);
    expect(contrastRatio("#0f766e", "#ffffff")).toBeGreaterThan(4.5);
  });

  it("keeps a colour that already passes", () => {
    expect(accessibleBrand("#0f766e")).toBe("#0f766e");
  });

  it("darkens a colour that fails until it passes", () => {
    for (const light of ["#ffcc00", "#7dd3fc", "#22c55e", "#ff7f50"]) {
      const darker = accessibleBrand(light);
      expect(darker).not.toBe(light);
      expect(contrastRatio(darker, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("falls back to the default for something that is not a hex colour", () => {
    expect(accessibleBrand("red; background:url(x)")).toBe("#0f766e");
  });
});
