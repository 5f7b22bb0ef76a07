import { describe, expect, it } from "vitest";
import { newId } from "../../src/db/database.js";

describe("row ids", () => {
  it("are version-7 UUIDs whose text order follows creation time", async () => {
    const first = newId();
    await new Promise((resolve) => setTimeout(resolve, 3));
    const later = Array.from({ length: 50 }, newId);
    for (const id of [first, ...later])
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(later.every((id) => id > first)).toBe(true);
    expect(new Set(later).size).toBe(later.length);
    const millis = parseInt(first.slice(0, 8) + first.slice(9, 13), 16);
    expect(Math.abs(millis - Date.now())).toBeLessThan(60_000);
  });
});
