import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { staffUsers } from "../../src/db/schema.js";
import { postJson } from "../helpers/test-app.js";
import { PASSWORD, postForm, signIn, useClockedClinics } from "./staff-helpers.js";

// Owners add their own team. Accounts belong to one clinic, so an address in use at another
// clinic is nobody else's business: adding it answers exactly as adding a new address does.

const setup = useClockedClinics();

const member = (csrf: string, email: string, password = "a fresh password") => ({
  _csrf: csrf,
  email,
  password,
  role: "staff",
});

describe("adding team members", () => {
  it("ten adds of the same new address at once: one account, nine 409s, no server error", async () => {
    const { test } = await setup();
    const owner = await signIn(test, "owner@demo.test");
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        postForm(test, owner, "/staff/team", member(owner.csrfToken, "same.physio@demo.test")),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([303, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    expect(await test.db.select().from(staffUsers).where(eq(staffUsers.email, "same.physio@demo.test"))).toHaveLength(
      1,
    );
  });

  it("an address with an account at another clinic gets the same answer as a new one", async () => {
    const { test } = await setup();
    const owner = await signIn(test, "owner@demo.test");
    const elsewhere = await postForm(test, owner, "/staff/team", member(owner.csrfToken, "owner@harbour.test"));
    const fresh = await postForm(test, owner, "/staff/team", member(owner.csrfToken, "nobody.yet@demo.test"));
    expect([elsewhere.status, elsewhere.headers.get("location")]).toEqual([
      fresh.status,
      fresh.headers.get("location"),
    ]);
    expect([await elsewhere.text(), elsewhere.headers.get("content-type")]).toEqual([
      await fresh.text(),
      fresh.headers.get("content-type"),
    ]);
    const team = await (await test.app.request("/staff/team", { headers: { cookie: owner.cookie } })).text();
    expect(team).toContain("owner@harbour.test");
    expect(team).toContain("nobody.yet@demo.test");
  });

  it("an address already on the owner's own team is refused with 409", async () => {
    const { test } = await setup();
    const owner = await signIn(test, "owner@demo.test");
    expect((await postForm(test, owner, "/staff/team", member(owner.csrfToken, "twice@demo.test"))).status).toBe(303);
    const again = await postForm(test, owner, "/staff/team", member(owner.csrfToken, "Twice@Demo.test"));
    expect(again.status).toBe(409);
    expect(await again.text()).toMatch(/already on your team/);
  });

  it("one address with accounts at two clinics: each password opens its own clinic's account", async () => {
    const { test } = await setup();
    const owner = await signIn(test, "owner@demo.test");
    expect(
      (await postForm(test, owner, "/staff/team", member(owner.csrfToken, "owner@harbour.test", "the demo password")))
        .status,
    ).toBe(303);
    const clinicOf = async (password: string) => {
      const response = await postJson(test.app, "/api/staff/login", { email: "owner@harbour.test", password });
      return response.status === 200
        ? ((await response.json()) as { staff: { clinic: { slug: string } } }).staff.clinic.slug
        : response.status;
    };
    expect(await clinicOf(PASSWORD)).toBe("harbour");
    expect(await clinicOf("the demo password")).toBe("demo");
    expect(await clinicOf("neither of them")).toBe(401);
  });
});
