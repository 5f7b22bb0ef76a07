import { describe, expect, it, vi } from "vitest";
import { useClockedClinics, signIn } from "./staff-helpers.js";

// Dashboard forms post urlencoded or multipart bodies. One that cannot be parsed is the
// sender's mistake: a 400 page, not a 500 with a stack trace in the server log.

const setup = useClockedClinics();

const broken = { "content-type": "multipart/form-data; boundary=zzz" };
const brokenBody = '--zzz\r\nContent-Disposition: form-data; name="email"\r\n\r\nowner@demo.test';

describe("malformed form posts", () => {
  it("the sign-in form answers 400, without a session and without logging an error", async () => {
    const { test } = await setup();
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const response = await test.app.request("/staff/login", { method: "POST", headers: broken, body: brokenBody });
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/text\/html/);
      expect(await response.text()).not.toMatch(/at .*\.ts:\d+/);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it("a signed-in dashboard form answers 400 too", async () => {
    const { test } = await setup();
    const session = await signIn(test, "owner@demo.test");
    const response = await test.app.request("/staff/settings/rotate-secret", {
      method: "POST",
      headers: { ...broken, cookie: session.cookie },
      body: brokenBody,
    });
    expect(response.status).toBe(400);
  });
});
