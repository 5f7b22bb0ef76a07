import { describe, expect, it } from "vitest";
import { asStaff, signIn, useClockedClinics } from "./staff-helpers.js";

// Pages show a fixed notice chosen by ?notice=; a key that is not one of ours shows nothing,
// including the names every JavaScript object inherits.

const setup = useClockedClinics();

describe("dashboard notices", () => {
  for (const key of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]) {
    it(`?notice=${key} shows no notice`, async () => {
      const { test } = await setup();
      const session = await signIn(test, "owner@demo.test");
      for (const path of ["/staff", "/staff/safety", "/staff/leads", "/staff/settings", "/staff/team"]) {
        const response = await asStaff(test, session, "GET", `${path}?notice=${key}`);
        expect(response.status, path).toBe(200);
        const page = await response.text();
        expect(page, path).not.toMatch(/function |\[native code\]|\[object Object\]/);
      }
    });
  }

  it("a known notice is still shown", async () => {
    const { test } = await setup();
    const session = await signIn(test, "owner@demo.test");
    expect(await (await asStaff(test, session, "GET", "/staff/settings?notice=settings-saved")).text()).toContain(
      "Settings saved.",
    );
  });
});
