import { describe, expect, it } from "vitest";
import { findClinicBySlug } from "../../src/db/clinics.js";
import { insertStaff } from "../../src/db/staff.js";
import { hashPassword } from "../../src/staff/password.js";
import { MAX_FAILURES_PER_EMAIL } from "../../src/staff/login-throttle.js";
import { newVisitorAddress, postJson, testDb, workerFetch } from "./worker-fetch.js";

// The sign-in throttle on D1: each attempt is counted, and refused past the limit, by one
// statement before the password is checked, so a burst of parallel guesses is held to the limit.

const PASSWORD = "correct horse battery";

describe("the sign-in throttle on the Worker", () => {
  it("checks at most five of 40 wrong passwords sent at once, and refuses the right one sent after them", async () => {
    const email = `burst-${crypto.randomUUID().slice(0, 8)}@demo.test`;
    // The first request builds the app, which seeds the demo clinic.
    await workerFetch("/healthz");
    const demo = await findClinicBySlug(testDb(), "demo");
    if (!demo) throw new Error("the Worker did not seed the demo clinic");
    await insertStaff(testDb(), {
      clinicId: demo.id,
      email,
      passwordHash: await hashPassword(PASSWORD),
      role: "owner",
      now: Date.now(),
    });
    const address = newVisitorAddress();
    const wrong = Array.from({ length: 40 }, (_, index) =>
      postJson("/api/staff/login", { email, password: `guess ${index}` }, {}, address),
    );
    const statuses = (await Promise.all(wrong)).map((response) => response.status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(MAX_FAILURES_PER_EMAIL);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(40 - MAX_FAILURES_PER_EMAIL);
    // Sent once the burst has been answered: the Worker may run requests sent together in any order,
    // and a right password that lands among the first five is accepted and starts the pair again.
    const right = await postJson("/api/staff/login", { email, password: PASSWORD }, {}, address);
    expect(right.status).toBe(429);
  });
});
