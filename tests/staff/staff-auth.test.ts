import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, staffSessions, staffUsers } from "../../src/db/schema.js";
import { disableStaff } from "../../src/db/staff.js";
import { PASSWORD_ITERATIONS, hashPassword, verifyPassword } from "../../src/staff/password.js";
import { postJson } from "../helpers/test-app.js";
import { PASSWORD, asStaff, postForm, signIn, useClockedClinics } from "./staff-helpers.js";

const setup = useClockedClinics();

describe("passwords", () => {
  it("are PBKDF2-SHA256 with 100,000 iterations, the count stored in the hash", async () => {
    const hash = await hashPassword("a long enough password");
    expect(hash).toMatch(/^pbkdf2-sha256\$100000\$[\w-]+\$[\w-]+$/);
    expect(PASSWORD_ITERATIONS).toBe(100_000);
    expect(await verifyPassword("a long enough password", hash)).toBe(true);
    expect(await verifyPassword("a long enough passworD", hash)).toBe(false);
  });

  it("a hash made with an older, lower count still verifies because the count travels with it", async () => {
    const hash = await hashPassword("older password", 20_000);
    expect(hash.split("$")[1]).toBe("20000");
    expect(await verifyPassword("older password", hash)).toBe(true);
  });
});

describe("signing in", () => {
  it("sets an HttpOnly, SameSite=Lax session cookie and returns the CSRF token", async () => {
    const { test } = await setup();
    const response = await postJson(test.app, "/api/staff/login", { email: "Owner@Demo.test", password: PASSWORD });
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith("knee_staff="));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const body = (await response.json()) as { csrfToken: string; staff: { role: string; clinic: { slug: string } } };
    expect(body.staff).toMatchObject({ role: "owner", clinic: { slug: "demo" } });
    expect(body.csrfToken.length).toBeGreaterThan(20);
    const [session] = await test.db.select().from(staffSessions);
    expect(session?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(cookie).not.toContain(session?.tokenHash ?? "-");
  });

  it("marks the cookie Secure when the request came over https", async () => {
    const { test } = await setup();
    const response = await test.app.request("https://clinic.example/api/staff/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "owner@demo.test", password: PASSWORD }),
    });
    expect(response.headers.getSetCookie().find((line) => line.startsWith("knee_staff="))).toMatch(/Secure/);
  });

  it("a wrong password and an unknown email get the same 401 answer", async () => {
    const { test } = await setup();
    const wrong = await postJson(test.app, "/api/staff/login", {
      email: "owner@demo.test",
      password: "not the password",
    });
    const unknown = await postJson(test.app, "/api/staff/login", {
      email: "nobody@demo.test",
      password: "not the password",
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const messages = [
      ((await wrong.json()) as { error: { message: string } }).error.message,
      ((await unknown.json()) as { error: { message: string } }).error.message,
    ];
    expect(messages[0]).toBe(messages[1]);
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it("five failures for one email lock it for 15 minutes with 429 and Retry-After, even for the right password", async () => {
    const { test, clock } = await setup();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(
        (await postJson(test.app, "/api/staff/login", { email: "owner@demo.test", password: `guess ${attempt}` }))
          .status,
      ).toBe(401);
    }
    const locked = await postJson(test.app, "/api/staff/login", { email: "owner@demo.test", password: PASSWORD });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBe(15 * 60);
    clock.now += 10 * 60 * 1000;
    expect(
      Number(
        (await postJson(test.app, "/api/staff/login", { email: "owner@demo.test", password: PASSWORD })).headers.get(
          "retry-after",
        ),
      ),
    ).toBe(5 * 60);
    // Another account from the same address is not locked by this one's failures.
    expect(
      (await postJson(test.app, "/api/staff/login", { email: "owner@harbour.test", password: PASSWORD })).status,
    ).toBe(200);
    clock.now += 5 * 60 * 1000 + 1;
    expect(
      (await postJson(test.app, "/api/staff/login", { email: "owner@demo.test", password: PASSWORD })).status,
    ).toBe(200);
  });

  it("the HTML sign-in form is throttled too and shows the wait", async () => {
    const { test } = await setup();
    const form = await test.app.request("/staff/login");
    const loginCookie =
      form.headers
        .getSetCookie()
        .find((line) => line.startsWith("knee_login_csrf="))
        ?.split(";")[0] ?? "";
    const token = loginCookie.split("=")[1] ?? "";
    let last: Response | undefined;
    for (let attempt = 0; attempt < 6; attempt += 1) {
      last = await test.app.request("/staff/login", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: loginCookie },
        body: new URLSearchParams({
          _csrf: token,
          email: "owner@demo.test",
          password: "wrong guess",
          next: "/staff",
        }).toString(),
      });
    }
    expect(last?.status).toBe(429);
    expect(last?.headers.get("retry-after")).toBeTruthy();
    expect(await last?.text()).toContain("Too many failed sign-ins");
  });

  it("the HTML sign-in form refuses a post without its CSRF cookie", async () => {
    const { test } = await setup();
    const response = await postForm(test, undefined, "/staff/login", {
      _csrf: "forged",
      email: "owner@demo.test",
      password: PASSWORD,
    });
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie().some((line) => line.startsWith("knee_staff="))).toBe(false);
  });

  it("a disabled account cannot sign in and its open sessions stop working", async () => {
    const { test } = await setup();
    const session = await signIn(test, "owner@demo.test");
    const [user] = await test.db.select().from(staffUsers).where(eq(staffUsers.email, "owner@demo.test"));
    await disableStaff(test.db, user?.id ?? "", Date.now());
    expect((await asStaff(test, session, "GET", "/api/staff/leads")).status).toBe(401);
    const again = await postJson(test.app, "/api/staff/login", { email: "owner@demo.test", password: PASSWORD });
    expect(again.status).toBe(403);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/disabled/);
  });

  it("records sign-ins, failures and sign-outs in the audit log", async () => {
    const { test } = await setup();
    await postJson(test.app, "/api/staff/login", { email: "owner@demo.test", password: "wrong one!" });
    const session = await signIn(test, "owner@demo.test");
    await asStaff(test, session, "POST", "/api/staff/logout");
    const actions = (await test.db.select().from(auditLog)).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["login_failed", "login", "logout"]));
  });
});
