import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { eq } from "drizzle-orm";
import { staffSessions, staffUsers } from "../../src/db/schema.js";
import { SESSION_IDLE_MS, SESSION_MAX_MS } from "../../src/staff/sessions.js";
import {
  PASSWORD,
  addStaff,
  asStaff,
  createTwoClinics,
  conversationWithLead,
  postForm,
  signIn,
  useClockedClinics,
} from "./staff-helpers.js";

const setup = useClockedClinics();

describe("sessions", () => {
  it("end after 12 idle hours (injected clock) and are extended by use", async () => {
    const { test, clock } = await setup();
    const session = await signIn(test, "owner@demo.test");
    clock.now += SESSION_IDLE_MS - 60_000;
    expect((await asStaff(test, session, "GET", "/api/staff/me")).status).toBe(200);
    clock.now += SESSION_IDLE_MS - 60_000;
    expect((await asStaff(test, session, "GET", "/api/staff/me")).status).toBe(200);
    clock.now += SESSION_IDLE_MS + 1;
    const expired = await asStaff(test, session, "GET", "/api/staff/me");
    expect(expired.status).toBe(401);
    expect(await test.db.select().from(staffSessions)).toHaveLength(0);
  });

  it("end after 7 days however active", async () => {
    const { test, clock } = await setup();
    const session = await signIn(test, "owner@demo.test");
    for (let elapsed = 0; elapsed < SESSION_MAX_MS; elapsed += 6 * 3_600_000) {
      clock.now += 6 * 3_600_000;
      await asStaff(test, session, "GET", "/api/staff/me");
    }
    expect((await asStaff(test, session, "GET", "/api/staff/me")).status).toBe(401);
  });

  it("an expired session sends a dashboard page to the sign-in form, keeping where it was going", async () => {
    const { test, clock } = await setup();
    const session = await signIn(test, "owner@demo.test");
    clock.now += SESSION_IDLE_MS + 1;
    const response = await asStaff(test, session, "GET", "/staff/leads?status=new");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/staff/login?next=${encodeURIComponent("/staff/leads?status=new")}`);
  });

  it("signing out ends the session on the server, not only in the browser", async () => {
    const { test } = await setup();
    const session = await signIn(test, "owner@demo.test");
    const out = await asStaff(test, session, "POST", "/api/staff/logout");
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().find((line) => line.startsWith("knee_staff="))).toMatch(/Max-Age=0/);
    expect((await asStaff(test, session, "GET", "/api/staff/me")).status).toBe(401);
  });

  it("no cookie means 401 on the API", async () => {
    const { test } = await setup();
    expect((await test.app.request("/api/staff/conversations")).status).toBe(401);
    expect((await test.app.request("/api/staff/leads.csv")).status).toBe(401);
  });
});

describe("CSRF protection", () => {
  it("a state-changing API request without the CSRF header is refused with 403", async () => {
    const { test } = await setup();
    const { leadId } = await conversationWithLead(test);
    const session = await signIn(test, "owner@demo.test");
    const missing = await test.app.request(`/api/staff/leads/${leadId}`, {
      method: "PATCH",
      headers: { cookie: session.cookie, "content-type": "application/json" },
      body: JSON.stringify({ status: "contacted" }),
    });
    expect(missing.status).toBe(403);
    const wrong = await asStaff(
      test,
      session,
      "PATCH",
      `/api/staff/leads/${leadId}`,
      { status: "contacted" },
      { "x-csrf-token": "not-the-token" },
    );
    expect(wrong.status).toBe(403);
    expect(
      (await asStaff(test, session, "POST", "/api/staff/logout", undefined, { "x-csrf-token": "nope" })).status,
    ).toBe(403);
    expect((await asStaff(test, session, "PATCH", `/api/staff/leads/${leadId}`, { status: "contacted" })).status).toBe(
      200,
    );
  });

  it("a dashboard form post without the hidden token, or from another site, is refused with 403", async () => {
    const { test } = await setup();
    const session = await signIn(test, "owner@demo.test");
    const noToken = await postForm(test, session, "/staff/settings/rotate-secret", {});
    expect(noToken.status).toBe(403);
    expect(noToken.headers.get("content-type")).toMatch(/text\/html/);
    const crossSite = await test.app.request("/staff/settings/rotate-secret", {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: session.cookie,
        origin: "https://evil.example",
      },
      body: new URLSearchParams({ _csrf: session.csrfToken }).toString(),
    });
    expect(crossSite.status).toBe(403);
    expect((await postForm(test, session, "/staff/settings/rotate-secret", { _csrf: session.csrfToken })).status).toBe(
      303,
    );
  });

  it("the JSON sign-in only accepts JSON, so a cross-site form cannot sign a browser in", async () => {
    const { test } = await setup();
    const response = await test.app.request("/api/staff/login", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ email: "owner@demo.test", password: PASSWORD }),
    });
    expect(response.status).toBe(415);
  });
});

describe("roles", () => {
  it("settings, team and audit log are for owners; staff get 403", async () => {
    const { test } = await setup();
    await addStaff(test, test.demo, "front-desk@demo.test", "staff");
    const session = await signIn(test, "front-desk@demo.test");
    for (const path of ["/staff/settings", "/staff/team", "/staff/audit"])
      expect((await asStaff(test, session, "GET", path)).status, path).toBe(403);
    expect((await postForm(test, session, "/staff/settings/rotate-secret", { _csrf: session.csrfToken })).status).toBe(
      403,
    );
    expect(
      (
        await postForm(test, session, "/staff/team", {
          _csrf: session.csrfToken,
          email: "x@demo.test",
          password: "long enough pw",
          role: "owner",
        })
      ).status,
    ).toBe(403);
    const home = await (await asStaff(test, session, "GET", "/staff")).text();
    expect(home).not.toContain('href="/staff/settings"');
    expect((await asStaff(test, session, "GET", "/staff/leads")).status).toBe(200);
  });

  it("an owner adds a staff member who can then sign in, and disables them again", async () => {
    const { test } = await setup();
    const owner = await signIn(test, "owner@demo.test");
    const created = await postForm(test, owner, "/staff/team", {
      _csrf: owner.csrfToken,
      email: "new.physio@demo.test",
      password: "a fresh password",
      role: "staff",
    });
    expect(created.status).toBe(303);
    const physio = await signIn(test, "new.physio@demo.test", "a fresh password");
    const [user] = await test.db.select().from(staffUsers).where(eq(staffUsers.email, "new.physio@demo.test"));
    expect((await postForm(test, owner, `/staff/team/${user?.id}/disable`, { _csrf: owner.csrfToken })).status).toBe(
      303,
    );
    expect((await asStaff(test, physio, "GET", "/api/staff/me")).status).toBe(401);
    const short = await postForm(test, owner, "/staff/team", {
      _csrf: owner.csrfToken,
      email: "short@demo.test",
      password: "short",
      role: "staff",
    });
    expect(short.status).toBe(400);
  });
});

describe("SESSION_SECRET", () => {
  it("keys the stored token hash, so rotating the secret signs every staff member out", async () => {
    const test = await createTwoClinics({ env: { SESSION_SECRET: "first-secret-value" } });
    try {
      const session = await signIn(test, "owner@demo.test");
      expect((await asStaff(test, session, "GET", "/api/staff/me")).status).toBe(200);
      const token = decodeURIComponent(session.cookie.split("=")[1] ?? "");
      const [stored] = await test.db.select().from(staffSessions);
      expect(stored?.tokenHash).not.toBe(createHash("sha256").update(token).digest("hex"));

      const rotated = {
        ...test,
        app: createApp({ ...test.deps, config: { ...test.deps.config, SESSION_SECRET: "second-secret-value" } }),
      };
      expect((await asStaff(rotated, session, "GET", "/api/staff/me")).status).toBe(401);
    } finally {
      test.close();
    }
  });

  it("without it, sessions work and the database holds only the token's SHA-256", async () => {
    const test = await createTwoClinics();
    try {
      const session = await signIn(test, "owner@demo.test");
      const token = decodeURIComponent(session.cookie.split("=")[1] ?? "");
      const [stored] = await test.db.select().from(staffSessions);
      expect(stored?.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
      expect((await asStaff(test, session, "GET", "/api/staff/me")).status).toBe(200);
    } finally {
      test.close();
    }
  });
});
