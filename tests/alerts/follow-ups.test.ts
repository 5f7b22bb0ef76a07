import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { followUps, leads } from "../../src/db/schema.js";
import { runAdminCommand } from "../../src/staff/admin-commands.js";
import { asStaff, conversationWithLead, signIn } from "../staff/staff-helpers.js";
import { PUBLIC_URL, useAlertApp } from "./alert-test-app.js";

// The "did you get seen?" follow-up (issue 13 item 6): mailed followUpDays after a lead with
// consent and an email, through `admin run-jobs --now`, to a real SMTP server; the link works
// once, expires after 30 days, and the answer shows on the lead.

const setup = useAlertApp();
const DAY = 24 * 60 * 60 * 1000;

function at(ms: number): string {
  return new Date(ms).toISOString();
}

async function followUpSetup(options: { days?: number; lead?: Record<string, unknown> } = {}) {
  const context = await setup();
  const { test, configure, mailer, clock } = context;
  await configure(test.demo.id, { followUpDays: options.days ?? 7 });
  const lead = await conversationWithLead(test, options.lead ? { lead: options.lead } : {});
  const jobs = {
    fetch: (() => Promise.reject(new Error("no network in tests"))) as typeof fetch,
    publicOrigin: PUBLIC_URL,
    mailer,
  };
  const runJobs = (ms: number) => runAdminCommand(test.db, ["run-jobs", "--now", at(ms)], clock.now, jobs);
  return { ...context, lead, runJobs };
}

function linkIn(text: string): { url: string; path: string } {
  const url = text.match(/https:\/\/\S+\/follow-up\/[A-Za-z0-9_-]+/)?.[0];
  if (!url) throw new Error(`no follow-up link in:\n${text}`);
  return { url, path: new URL(url).pathname };
}

function answer(
  test: { app: { request: (path: string, init: RequestInit) => Response | Promise<Response> } },
  path: string,
  fields: Record<string, string>,
) {
  return test.app.request(path, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
}

describe("the follow-up email", () => {
  it("is sent by run-jobs once followUpDays have passed, not before, to the lead's email, with a link from PUBLIC_URL", async () => {
    const { test, smtp, clock, runJobs } = await followUpSetup();
    expect(await runJobs(clock.now + 6 * DAY)).toMatch(/follow-ups: nothing due/);
    expect(smtp.received).toHaveLength(0);

    const output = await runJobs(clock.now + 7 * DAY + 60_000);
    expect(output).toMatch(/follow-ups: .*"sent":1/);
    const mail = await smtp.nextMail(0);
    expect(mail.to).toEqual(["dana@example.com"]);
    expect(mail.subject).toBe("Stride Physical Therapy (demo): did you get seen?");
    expect(mail.text).toContain("Hi Dana Visitor,");
    expect(mail.text).toContain("A week ago");
    const { url } = linkIn(mail.text);
    expect(url.startsWith(`${PUBLIC_URL}/follow-up/`)).toBe(true);
    // The email says nothing clinical: not the knee, not what they said.
    expect(mail.text).not.toMatch(/knee|running|aches/i);
    // Only the token's hash is stored.
    const [row] = await test.db.select().from(followUps);
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.tokenHash).not.toBe(url.split("/").pop());

    // Once per lead: the next run sends nothing more.
    await runJobs(clock.now + 8 * DAY);
    expect(smtp.received).toHaveLength(1);
  });

  it("is not sent when the clinic's followUpDays is 0, or the lead left no email", async () => {
    const off = await followUpSetup({ days: 0 });
    expect(await off.runJobs(off.clock.now + 30 * DAY)).toMatch(/follow-ups: nothing due/);
    expect(off.smtp.received).toHaveLength(0);

    const phoneOnly = await followUpSetup({ lead: { email: "" } });
    await phoneOnly.runJobs(phoneOnly.clock.now + 8 * DAY);
    expect(phoneOnly.smtp.received).toHaveLength(0);
    expect(await phoneOnly.test.db.select().from(followUps)).toHaveLength(0);
  });

  it("a failed send is recorded and retried an hour later, and the link that then arrives works", async () => {
    const { test, smtp, clock, runJobs } = await followUpSetup();
    smtp.state.refuse = true;
    await runJobs(clock.now + 7 * DAY + 1);
    expect(smtp.state.refused).toBe(1);
    const [unsent] = await test.db.select().from(followUps);
    expect(unsent).toMatchObject({ sentAt: null, mailError: "The mail server refused the message." });

    smtp.state.refuse = false;
    await runJobs(clock.now + 7 * DAY + 10 * 60_000);
    expect(smtp.received).toHaveLength(0);
    await runJobs(clock.now + 7 * DAY + 2 * 3_600_000);
    const { path } = linkIn((await smtp.nextMail(0)).text);
    clock.now += 7 * DAY + 2 * 3_600_000;
    expect((await test.app.request(path)).status).toBe(200);
  });
});

describe("the follow-up page", () => {
  it("records the visitor's answer once, shows it to staff on the lead, and refuses a second use with 410", async () => {
    const { test, smtp, clock, runJobs, lead } = await followUpSetup();
    await runJobs(clock.now + 7 * DAY);
    const { path } = linkIn((await smtp.nextMail(0)).text);
    clock.now += 8 * DAY;

    const form = await test.app.request(path);
    expect(form.status).toBe(200);
    expect(form.headers.get("cache-control")).toBe("no-store");
    expect(form.headers.get("referrer-policy")).toBe("no-referrer");
    const page = await form.text();
    expect(page).toContain("Did you get seen?");
    expect(page).toContain('name="seen"');

    const missing = await answer(test, path, { where: "somewhere" });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain("choose one of the answers");

    const saved = await answer(test, path, { seen: "yes", place: "physical_therapist", where: "Stride PT on Main St" });
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain("Thank you");
    const [row] = await test.db.select().from(followUps);
    expect(JSON.parse(row?.answer ?? "null")).toEqual({
      seen: "yes",
      place: "physical_therapist",
      where: "Stride PT on Main St",
    });
    expect(row?.usedAt).toBe(clock.now);

    const again = await answer(test, path, { seen: "no" });
    expect(again.status).toBe(410);
    expect(await again.text()).toContain("already been used");
    expect((await test.app.request(path)).status).toBe(410);
    expect(JSON.parse((await test.db.select().from(followUps))[0]?.answer ?? "null")).toMatchObject({ seen: "yes" });

    const session = await signIn(test, "owner@demo.test");
    const conversation = await (
      await asStaff(test, session, "GET", `/staff/conversations/${lead.conversationId}`)
    ).text();
    expect(conversation).toContain("Follow-up (answered");
    expect(conversation).toContain("A physical therapist");
    expect(conversation).toContain("Stride PT on Main St");
  });

  it("a 'no' keeps no place, and an expired link answers 410 with a clear page and records nothing", async () => {
    const { test, smtp, clock, runJobs } = await followUpSetup();
    await runJobs(clock.now + 7 * DAY);
    const { path } = linkIn((await smtp.nextMail(0)).text);
    const sentAt = clock.now + 7 * DAY;

    clock.now = sentAt + 30 * DAY + 1;
    const expired = await test.app.request(path);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("This link has expired");
    expect((await answer(test, path, { seen: "yes" })).status).toBe(410);
    expect((await test.db.select().from(followUps))[0]?.usedAt).toBeNull();

    clock.now = sentAt + 29 * DAY;
    expect((await answer(test, path, { seen: "no", place: "doctor", where: "x" })).status).toBe(200);
    expect(JSON.parse((await test.db.select().from(followUps))[0]?.answer ?? "null")).toEqual({ seen: "no" });
  });

  it("an unknown or malformed token is a 404 page", async () => {
    const { test } = await setup();
    expect((await test.app.request("/follow-up/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404);
    expect((await test.app.request("/follow-up/short")).status).toBe(404);
    expect((await answer(test, "/follow-up/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", { seen: "yes" })).status).toBe(
      404,
    );
    expect(await test.db.select().from(followUps).where(eq(followUps.clinicId, test.demo.id))).toHaveLength(0);
  });
});

describe("follow-up outcomes in the funnel", () => {
  it("counts the share who got care at the recommended level or higher; a place that cannot be placed is left out", async () => {
    const { test, smtp, clock, configure, mailer } = await setup();
    await configure(test.demo.id, { followUpDays: 7 });
    const cases = [
      { email: "urgent.doctor@example.com", level: "urgent", answer: { seen: "yes", place: "doctor" } },
      { email: "routine.physio@example.com", level: "routine", answer: { seen: "yes", place: "physical_therapist" } },
      {
        email: "routine.other@example.com",
        level: "routine",
        answer: { seen: "yes", place: "other", where: "a friend" },
      },
      { email: "urgent.er@example.com", level: "urgent", answer: { seen: "yes", place: "emergency_department" } },
    ];
    for (const item of cases) {
      const { leadId } = await conversationWithLead(test, { lead: { email: item.email } });
      await test.db.update(leads).set({ level: item.level }).where(eq(leads.id, leadId));
    }
    const jobs = {
      fetch: (() => Promise.reject(new Error("no network in tests"))) as typeof fetch,
      publicOrigin: PUBLIC_URL,
      mailer,
    };
    await runAdminCommand(test.db, ["run-jobs", "--now", at(clock.now + 7 * DAY)], clock.now, jobs);
    expect(smtp.received).toHaveLength(4);
    clock.now += 8 * DAY;
    for (const item of cases.slice(0, 3)) {
      const mail = smtp.received.find((received) => received.to[0] === item.email);
      expect((await answer(test, linkIn(mail?.text ?? "").path, item.answer as Record<string, string>)).status).toBe(
        200,
      );
    }
    const session = await signIn(test, "owner@demo.test");
    const funnel = (await (
      await asStaff(test, session, "GET", "/api/staff/funnel?from=2026-03-01&to=2026-03-31")
    ).json()) as { followUps: unknown };
    // Four sent, three answered; "somewhere else" cannot be placed; a doctor for an urgent problem is below the advice.
    expect(funnel.followUps).toEqual({ sent: 4, answered: 3, placed: 2, appropriate: 1 });
    const page = await (await asStaff(test, session, "GET", "/staff/funnel?from=2026-03-01&to=2026-03-31")).text();
    expect(page).toContain("<strong>50%</strong> got care at the recommended level or higher");
  });
});
