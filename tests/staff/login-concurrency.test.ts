import { describe, expect, it } from "vitest";
import { staffSessions } from "../../src/db/schema.js";
import { MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_EMAIL } from "../../src/staff/login-throttle.js";
import { postJson } from "../helpers/test-app.js";
import { PASSWORD, useClockedClinics } from "./staff-helpers.js";

// Sign-in attempts sent all at once, as a script would: the throttle must count each attempt
// before its password is checked, or every attempt in a burst is checked against a count of 0.

const setup = useClockedClinics();

function login(test: Awaited<ReturnType<typeof setup>>["test"], email: string, password: string) {
  return postJson(test.app, "/api/staff/login", { email, password });
}

describe("sign-in throttle under concurrency", () => {
  it("100 wrong passwords for one account sent at once: at most five are checked, the rest answer 429", async () => {
    const { test } = await setup();
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, index) => login(test, "owner@demo.test", `guess number ${index}`)),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(MAX_FAILURES_PER_EMAIL);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(100 - MAX_FAILURES_PER_EMAIL);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
  });

  it("the right password inside a burst, after the limit is used up, is refused and opens no session", async () => {
    const { test } = await setup();
    const wrong = Array.from({ length: 20 }, (_, index) => login(test, "owner@demo.test", `guess number ${index}`));
    const right = login(test, "owner@demo.test", PASSWORD);
    await Promise.all(wrong);
    expect((await right).status).toBe(429);
    expect(await test.db.select().from(staffSessions)).toEqual([]);
  });

  it("100 wrong sign-ins for 100 different emails from one address at once: at most 30 are checked", async () => {
    const { test } = await setup();
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, index) => login(test, `someone-${index}@demo.test`, "not the password")),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(MAX_FAILURES_PER_ADDRESS);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(100 - MAX_FAILURES_PER_ADDRESS);
  });

  it("a right password after a few wrong ones still signs in, and clears that account's count", async () => {
    const { test } = await setup();
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL - 1; attempt += 1)
      expect((await login(test, "owner@demo.test", `guess ${attempt}`)).status).toBe(401);
    expect((await login(test, "owner@demo.test", PASSWORD)).status).toBe(200);
    // The count started again: four more wrong guesses are still answered 401, not 429.
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL - 1; attempt += 1)
      expect((await login(test, "owner@demo.test", `again ${attempt}`)).status).toBe(401);
  });
});
