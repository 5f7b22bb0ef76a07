import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, clinics } from "../../src/db/schema.js";
import { CliError, runAdminCommand } from "../../src/staff/admin-commands.js";
import { asStaff, conversationWithLead, postForm, signIn, useClockedClinics } from "./staff-helpers.js";

// The clinic's alert addresses, time zone and follow-up days: set on the Settings page or with
// `admin set-clinic`, by the same rules; and the time zone used for every time staff read.

const setup = useClockedClinics();

async function clinicRow(test: Awaited<ReturnType<typeof setup>>["test"], id: string) {
  return (await test.db.select().from(clinics).where(eq(clinics.id, id)))[0];
}

async function failure(promise: Promise<unknown>): Promise<CliError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error("the command did not fail");
}

const base = (csrf: string) => ({
  _csrf: csrf,
  name: "Stride PT",
  brandColor: "#0f766e",
  greeting: "Hi there",
  phone: "",
  bookingUrl: "",
  emergencyNumber: "911",
  allowedOrigins: "",
  retentionDays: "365",
  webhookUrl: "",
});

describe("alert settings on the Settings page", () => {
  it("saves the alert addresses, the time zone (in its canonical spelling) and the follow-up days", async () => {
    const { test } = await setup();
    const session = await signIn(test, "owner@demo.test");
    const form = await (await asStaff(test, session, "GET", "/staff/settings")).text();
    expect(form).toContain('name="alertEmails"');
    expect(form).toContain('name="timeZone"');
    expect(form).toContain('name="followUpDays"');
    const saved = await postForm(test, session, "/staff/settings", {
      ...base(session.csrfToken),
      alertEmails: "Desk@Stride.example\nphysio@stride.example, desk@stride.example",
      timeZone: "america/chicago",
      followUpDays: "10",
    });
    expect(saved.status).toBe(303);
    expect(await clinicRow(test, test.demo.id)).toMatchObject({
      alertEmails: '["desk@stride.example","physio@stride.example"]',
      timeZone: "America/Chicago",
      followUpDays: 10,
    });
    const again = await (await asStaff(test, session, "GET", "/staff/settings")).text();
    expect(again).toContain("desk@stride.example\nphysio@stride.example</textarea>");
  });

  it.each([
    ["alertEmails", "desk@stride.example\nnot-an-address", "not-an-address"],
    ["timeZone", "Mars/Olympus_Mons", "is not a time zone"],
    ["followUpDays", "91", "0 (off) to 90 days"],
    ["followUpDays", "-1", "0 (off) to 90 days"],
  ])("refuses %s = %j with the reason next to the field, and changes nothing", async (field, value, reason) => {
    const { test } = await setup();
    const session = await signIn(test, "owner@demo.test");
    const response = await postForm(test, session, "/staff/settings", { ...base(session.csrfToken), [field]: value });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain(`id="${field}-error"`);
    expect(body).toContain(reason);
    expect(await clinicRow(test, test.demo.id)).toMatchObject({ alertEmails: "[]", timeZone: "UTC", followUpDays: 7 });
  });

  it("a form without the new fields keeps their saved values; an empty list clears the addresses", async () => {
    const { test } = await setup();
    await test.db
      .update(clinics)
      .set({ alertEmails: '["desk@stride.example"]', timeZone: "Europe/Paris", followUpDays: 3 })
      .where(eq(clinics.id, test.demo.id));
    const session = await signIn(test, "owner@demo.test");
    expect((await postForm(test, session, "/staff/settings", base(session.csrfToken))).status).toBe(303);
    expect(await clinicRow(test, test.demo.id)).toMatchObject({
      alertEmails: '["desk@stride.example"]',
      timeZone: "Europe/Paris",
      followUpDays: 3,
    });
    expect(
      (
        await postForm(test, session, "/staff/settings", {
          ...base(session.csrfToken),
          alertEmails: "",
          followUpDays: "0",
        })
      ).status,
    ).toBe(303);
    expect(await clinicRow(test, test.demo.id)).toMatchObject({ alertEmails: "[]", followUpDays: 0 });
  });
});

describe("admin set-clinic", () => {
  it("sets the alert addresses, time zone and follow-up days of one clinic, and audits it", async () => {
    const { test } = await setup();
    const output = await runAdminCommand(test.db, [
      "set-clinic",
      "--slug",
      "harbour",
      "--alert-emails",
      "a@harbour.example,b@harbour.example",
      "--time-zone",
      "Australia/Sydney",
      "--follow-up-days",
      "0",
    ]);
    expect(output).toMatch(/Updated clinic harbour/);
    expect(await clinicRow(test, test.other.id)).toMatchObject({
      alertEmails: '["a@harbour.example","b@harbour.example"]',
      timeZone: "Australia/Sydney",
      followUpDays: 0,
    });
    expect(await clinicRow(test, test.demo.id)).toMatchObject({ alertEmails: "[]", timeZone: "UTC", followUpDays: 7 });
    expect(
      (await test.db.select().from(auditLog).where(eq(auditLog.clinicId, test.other.id))).map((entry) => entry.action),
    ).toContain("settings_change");
  });

  it("refuses a bad address, an unknown time zone, days out of range, no setting, or an unknown clinic", async () => {
    const { test } = await setup();
    expect(
      await failure(runAdminCommand(test.db, ["set-clinic", "--slug", "demo", "--alert-emails", "a@x.example,nope"])),
    ).toMatchObject({ exitCode: 2, message: expect.stringMatching(/--alert-emails: "nope" is not an email address/) });
    expect(
      await failure(runAdminCommand(test.db, ["set-clinic", "--slug", "demo", "--time-zone", "Eastern"])),
    ).toMatchObject({ exitCode: 2, message: expect.stringMatching(/--time-zone/) });
    expect(
      await failure(runAdminCommand(test.db, ["set-clinic", "--slug", "demo", "--follow-up-days", "120"])),
    ).toMatchObject({ exitCode: 2 });
    expect(await failure(runAdminCommand(test.db, ["set-clinic", "--slug", "demo"]))).toMatchObject({ exitCode: 2 });
    expect(
      await failure(runAdminCommand(test.db, ["set-clinic", "--slug", "nowhere", "--time-zone", "UTC"])),
    ).toMatchObject({ exitCode: 1 });
    expect(await failure(runAdminCommand(test.db, ["run-jobs", "--now", "next tuesday"]))).toMatchObject({
      exitCode: 2,
    });
    expect(await clinicRow(test, test.demo.id)).toMatchObject({ alertEmails: "[]", timeZone: "UTC", followUpDays: 7 });
  });
});

describe("times in the clinic's time zone", () => {
  it("the dashboard pages and the leads CSV show the clinic's own clock; another clinic keeps its own", async () => {
    const { test, clock } = await setup();
    // 09:00 UTC on 2 March 2026.
    const { conversationId } = await conversationWithLead(test);
    await runAdminCommand(test.db, ["set-clinic", "--slug", "demo", "--time-zone", "America/Los_Angeles"]);
    const session = await signIn(test, "owner@demo.test");
    const list = await (await asStaff(test, session, "GET", "/staff")).text();
    expect(list).toContain("2026-03-02 01:00 (UTC-08:00)");
    expect(list).not.toContain("09:00 UTC");
    const conversation = await (await asStaff(test, session, "GET", `/staff/conversations/${conversationId}`)).text();
    expect(conversation).toContain("Conversation of 2026-03-02 01:00 (UTC-08:00)");
    const leads = await (await asStaff(test, session, "GET", "/staff/leads")).text();
    expect(leads).toContain("2026-03-02 01:00 (UTC-08:00)");
    const csv = await (await asStaff(test, session, "GET", "/api/staff/leads.csv")).text();
    expect(csv.split("\r\n")[1]).toContain(",2026-03-02T01:00:00-08:00,");
    // The JSON API stays in UTC, for programs.
    const api = (await (await asStaff(test, session, "GET", "/api/staff/leads")).json()) as {
      items: Array<{ createdAt: unknown }>;
    };
    expect(api.items[0]?.createdAt).toBe(clock.now);

    const harbour = await signIn(test, "owner@harbour.test");
    await conversationWithLead(test, { clinic: "harbour" });
    expect(await (await asStaff(test, harbour, "GET", "/staff/leads")).text()).toContain("2026-03-02 09:00 (UTC)");
  });
});
