import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { clinics } from "../../src/db/schema.js";
import { CliError, runAdminCommand } from "../../src/staff/admin-commands.js";
import { asStaff, postForm, signIn, useClockedClinics } from "../staff/staff-helpers.js";
import { SECRET_DEMO, calcomBody, calcomHeaders, leadWithRef, post } from "./booking-helpers.js";

const setupClinics = useClockedClinics();

async function clinicRow(test: Awaited<ReturnType<typeof setupClinics>>["test"], slug = "demo") {
  const [row] = await test.db.select().from(clinics).where(eq(clinics.slug, slug));
  if (!row) throw new Error(`no clinic ${slug}`);
  return row;
}

async function owner() {
  const { test, clock } = await setupClinics();
  const session = await signIn(test, "owner@demo.test");
  const base = {
    _csrf: session.csrfToken,
    name: "Stride PT",
    brandColor: "#0f766e",
    greeting: "Hi there",
    phone: "",
    bookingUrl: "https://cal.com/stride/assessment",
    emergencyNumber: "911",
    allowedOrigins: "",
    retentionDays: "365",
    webhookUrl: "",
  };
  const settingsPage = async () => (await asStaff(test, session, "GET", "/staff/settings")).text();
  return { test, clock, session, base, settingsPage };
}

describe("booking settings on the Settings page", () => {
  it("save the provider and a write-only secret: the page says set or not set and never shows it", async () => {
    const { test, session, base, settingsPage } = await owner();
    const before = await settingsPage();
    expect(before).toContain('<option value="link" selected>A plain link</option>');
    expect(before).toContain("Currently not set.");
    expect(before).toContain("http://localhost:8787/api/bookings/calcom/demo");
    expect(
      (
        await postForm(test, session, "/staff/settings", {
          ...base,
          bookingProvider: "calcom",
          bookingSecret: SECRET_DEMO,
        })
      ).status,
    ).toBe(303);
    expect(await clinicRow(test)).toMatchObject({ bookingProvider: "calcom", bookingSecret: SECRET_DEMO });
    const after = await settingsPage();
    expect(after).toContain('<option value="calcom" selected>Cal.com</option>');
    expect(after).toContain("Currently set.");
    expect(after).not.toContain(SECRET_DEMO);
    // Saving again with the box empty keeps the secret.
    expect(
      (await postForm(test, session, "/staff/settings", { ...base, bookingProvider: "calcom", bookingSecret: "" }))
        .status,
    ).toBe(303);
    expect((await clinicRow(test)).bookingSecret).toBe(SECRET_DEMO);
  });

  it("refuse a short secret and a provider without its booking page, next to the field, without echoing the secret", async () => {
    const { test, session, base } = await owner();
    const short = await postForm(test, session, "/staff/settings", {
      ...base,
      bookingProvider: "calendly",
      bookingSecret: "short-secret",
    });
    expect(short.status).toBe(400);
    const shortHtml = await short.text();
    expect(shortHtml).toContain('id="bookingSecret-error"');
    expect(shortHtml).not.toContain("short-secret");
    const noPage = await postForm(test, session, "/staff/settings", {
      ...base,
      bookingUrl: "",
      bookingProvider: "calendly",
      bookingSecret: SECRET_DEMO,
    });
    expect(noPage.status).toBe(400);
    const noPageHtml = await noPage.text();
    expect(noPageHtml).toContain('id="bookingUrl-error"');
    expect(noPageHtml).not.toContain(SECRET_DEMO);
    const unknown = await postForm(test, session, "/staff/settings", { ...base, bookingProvider: "acuity" });
    expect(await unknown.text()).toContain('id="bookingProvider-error"');
    expect(await clinicRow(test)).toMatchObject({ bookingProvider: "link", bookingSecret: null });
  });
});

describe("admin set-clinic", () => {
  it("sets provider, booking page and secret, never printing the secret; a flag left out keeps its value", async () => {
    const { test, clock } = await setupClinics();
    const output = await runAdminCommand(
      test.db,
      [
        "set-clinic",
        "--slug",
        "demo",
        "--booking-provider",
        "calendly",
        "--booking-url",
        "https://calendly.com/stride/assessment",
        "--booking-secret",
        SECRET_DEMO,
      ],
      clock.now,
    );
    expect(output).toContain("booking provider calendly");
    expect(output).not.toContain(SECRET_DEMO);
    expect(await clinicRow(test)).toMatchObject({
      bookingProvider: "calendly",
      bookingUrl: "https://calendly.com/stride/assessment",
      bookingSecret: SECRET_DEMO,
    });
    await runAdminCommand(test.db, ["set-clinic", "--slug", "demo", "--booking-provider", "link"], clock.now);
    expect(await clinicRow(test)).toMatchObject({
      bookingProvider: "link",
      bookingUrl: "https://calendly.com/stride/assessment",
      bookingSecret: SECRET_DEMO,
    });
  });

  it("refuses a bad provider, a short secret, a provider without a booking page and an unknown clinic", async () => {
    const { test, clock } = await setupClinics();
    const failure = async (args: string[]) => {
      try {
        await runAdminCommand(test.db, args, clock.now);
      } catch (error) {
        if (error instanceof CliError) return error;
        throw error;
      }
      throw new Error("the command did not fail");
    };
    expect(await failure(["set-clinic", "--slug", "demo", "--booking-provider", "acuity"])).toMatchObject({
      exitCode: 2,
      message: expect.stringContaining("--booking-provider"),
    });
    expect(await failure(["set-clinic", "--slug", "demo", "--booking-secret", "short"])).toMatchObject({
      exitCode: 2,
      message: expect.stringContaining("--booking-secret"),
    });
    await test.db.update(clinics).set({ bookingUrl: null }).where(eq(clinics.slug, "demo"));
    expect(await failure(["set-clinic", "--slug", "demo", "--booking-provider", "calcom"])).toMatchObject({
      exitCode: 2,
      message: expect.stringContaining("--booking-url"),
    });
    expect(await failure(["set-clinic", "--slug", "nowhere", "--booking-provider", "link"])).toMatchObject({
      exitCode: 1,
    });
    expect(await clinicRow(test)).toMatchObject({ bookingProvider: "link", bookingSecret: null });
  });
});

describe("a booked lead in the dashboard", () => {
  it("shows Booked with the appointment time on the leads list and on the lead's conversation page; a new lead shows neither", async () => {
    const { test, clock } = await setupClinics();
    await runAdminCommand(
      test.db,
      [
        "set-clinic",
        "--slug",
        "demo",
        "--booking-provider",
        "calcom",
        "--booking-url",
        "https://cal.com/stride/assessment",
        "--booking-secret",
        SECRET_DEMO,
      ],
      clock.now,
    );
    const lead = await leadWithRef(test);
    const session = await signIn(test, "owner@demo.test");
    const pages = async () => ({
      list: await (await asStaff(test, session, "GET", "/staff/leads")).text(),
      detail: await (await asStaff(test, session, "GET", `/staff/conversations/${lead.conversationId}`)).text(),
    });
    const before = await pages();
    for (const html of [before.list, before.detail]) expect(html).not.toContain('class="appointment"');
    const body = calcomBody("BOOKING_CREATED", {
      uid: "bk_1",
      startTime: "2026-03-05T14:00:00.000Z",
      leadRef: lead.leadRef,
    });
    expect((await post(test, "/api/bookings/calcom/demo", body, calcomHeaders(SECRET_DEMO, body))).status).toBe(200);
    const after = await pages();
    for (const html of [after.list, after.detail]) {
      expect(html).toMatch(
        /<p class="appointment"><span class="badge booked">Booked<\/span> for <time datetime="2026-03-05T14:00:00.000Z">[^<]+<\/time><\/p>/,
      );
    }
  });
});
