import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { clinics } from "../../src/db/schema.js";
import type { LauncherConfig } from "../../src/widget/shared/frame-config.js";
import { asStaff, createTwoClinics, postForm, signIn } from "../staff/staff-helpers.js";

// The launcher and the chat header take the clinic's look from the Settings page: the loader
// reads it from GET /widget/config before anything is opened.

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const baseSettings = {
  name: "Stride PT",
  brandColor: "#0f766e",
  greeting: "Hi there",
  phone: "",
  bookingUrl: "",
  emergencyNumber: "911",
  allowedOrigins: "",
  retentionDays: "365",
  webhookUrl: "",
};

async function setup() {
  const test = await createTwoClinics();
  cleanup = test.close;
  const session = await signIn(test, "owner@demo.test");
  return { test, session };
}

describe("the widget's look from the Settings page", () => {
  it("the owner sets the logo, launcher words and corner; the loader's config and the chat frame use them", async () => {
    const { test, session } = await setup();
    const page = await (await asStaff(test, session, "GET", "/staff/settings")).text();
    for (const name of ["brandColor", "logoUrl", "launcherLabel", "widgetPosition"])
      expect(page).toContain(`name="${name}"`);

    const saved = await postForm(test, session, "/staff/settings", {
      _csrf: session.csrfToken,
      ...baseSettings,
      brandColor: "#7c3aed",
      logoUrl: "https://cdn.stride.example/logo.png",
      launcherLabel: "Knee pain? Ask Stride",
      widgetPosition: "bottom-left",
    });
    expect(saved.status).toBe(303);

    const response = await test.app.request("/widget/config?clinic=demo", {
      headers: { origin: "https://stride.example" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect((await response.json()) as LauncherConfig).toEqual({
      name: "Stride PT",
      brand: "#7c3aed",
      position: "bottom-left",
      label: "Knee pain? Ask Stride",
      logoUrl: "https://cdn.stride.example/logo.png",
    });

    const frame = await test.app.request("/widget/frame?clinic=demo");
    expect(frame.headers.get("content-security-policy")).toContain("img-src 'self' data: https://cdn.stride.example;");
    expect(await frame.text()).toContain('"label":"Knee pain? Ask Stride"');
    const settingsAfter = await (await asStaff(test, session, "GET", "/staff/settings")).text();
    expect(settingsAfter).toContain('<option value="bottom-left" selected>Bottom left</option>');
    expect(settingsAfter).toMatch(/<svg class="launcher-preview"[^>]*role="img"/);
  });

  it("an empty logo means the initials; empty launcher words go back to the default; a form without these fields keeps them", async () => {
    const { test, session } = await setup();
    await postForm(test, session, "/staff/settings", {
      _csrf: session.csrfToken,
      ...baseSettings,
      logoUrl: "https://cdn.stride.example/a.png",
      launcherLabel: "Ask us",
    });
    expect(
      (await postForm(test, session, "/staff/settings", { _csrf: session.csrfToken, ...baseSettings })).status,
    ).toBe(303);
    let [row] = await test.db.select().from(clinics).where(eq(clinics.id, test.demo.id));
    expect(row).toMatchObject({
      logoUrl: "https://cdn.stride.example/a.png",
      launcherLabel: "Ask us",
      widgetPosition: "bottom-right",
    });

    await postForm(test, session, "/staff/settings", {
      _csrf: session.csrfToken,
      ...baseSettings,
      logoUrl: " ",
      launcherLabel: "",
    });
    [row] = await test.db.select().from(clinics).where(eq(clinics.id, test.demo.id));
    expect(row).toMatchObject({ logoUrl: null, launcherLabel: "Knee pain chat" });
    expect(
      ((await (await test.app.request("/widget/config?clinic=demo")).json()) as LauncherConfig).logoUrl,
    ).toBeNull();
    expect((await test.app.request("/widget/frame?clinic=demo")).headers.get("content-security-policy")).toContain(
      "img-src 'self' data:;",
    );
  });

  it("refuses a logo that is not a web address and launcher words too long for a phone, next to the field", async () => {
    const { test, session } = await setup();
    const badLogo = await postForm(test, session, "/staff/settings", {
      _csrf: session.csrfToken,
      ...baseSettings,
      logoUrl: "javascript:alert(1)",
    });
    expect(badLogo.status).toBe(400);
    expect(await badLogo.text()).toContain('id="logoUrl-error"');
    const long = await postForm(test, session, "/staff/settings", {
      _csrf: session.csrfToken,
      ...baseSettings,
      launcherLabel: "x".repeat(41),
    });
    expect(long.status).toBe(400);
    expect(await long.text()).toContain('id="launcherLabel-error"');
  });

  it("answers an unknown clinic with 404, still readable from the clinic's page", async () => {
    const { test } = await setup();
    const response = await test.app.request("/widget/config?clinic=nowhere");
    expect(response.status).toBe(404);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });
});
