import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forgetCachedClinics } from "../../src/db/clinics.js";
import { clinics } from "../../src/db/schema.js";
import {
  OUTPUT_DIR,
  chatFrame,
  expectNoErrors,
  seriousA11yViolations,
  useBrowserAndServer,
  waitForReply,
  watchErrors,
} from "./widget-harness.js";

// The clinic's own look, from its Settings, before and after the chat opens: the launcher's
// words, corner and colour, the logo in the launcher and in the header where the clinic's
// name leads, and the initials when there is no logo.

const bed = useBrowserAndServer();
const LOGO = "https://logo.stride.test/logo.png";
// A 2×2 teal PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGNgYPj/n4GBgYGJgYGBAQAfBgIBK4ynCwAAAABJRU5ErkJggg==",
  "base64",
);

async function brand(settings: Partial<typeof clinics.$inferInsert>): Promise<void> {
  await bed.server.db.update(clinics).set(settings).where(eq(clinics.slug, "demo"));
  forgetCachedClinics(bed.server.db);
}

describe("the clinic's look", { timeout: 90_000 }, () => {
  it("the launcher and the header take the words, corner, colour and logo from Settings", async () => {
    await brand({
      name: "Stride PT",
      brandColor: "#6d28d9",
      launcherLabel: "Knee pain? Ask Stride",
      widgetPosition: "bottom-left",
      logoUrl: LOGO,
    });
    const context = await bed.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route(`${LOGO}*`, (route) => route.fulfill({ status: 200, contentType: "image/png", body: PNG }));
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${bed.server.baseUrl}/`);

    const launcher = page.locator("#knee-triage-widget >> .launcher");
    await page.locator("#knee-triage-widget >> .launcher.has-logo").waitFor();
    expect(await launcher.innerText()).toBe("Knee pain? Ask Stride");
    expect(await launcher.getAttribute("aria-label")).toBe("Knee pain? Ask Stride");
    expect(await launcher.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe("rgb(109, 40, 217)");
    expect((await launcher.boundingBox())?.x).toBeLessThan(40);
    // All this before the visitor opened anything: no frame yet.
    expect(await page.locator("#knee-triage-widget >> iframe").count()).toBe(0);
    await page.screenshot({ path: `${OUTPUT_DIR}widget-branded-launcher.png` });

    await launcher.click();
    const frame = await chatFrame(page);
    await waitForReply(frame, 0);
    const header = frame.locator("header.top");
    expect(await header.locator("h1").innerText()).toBe("Stride PT");
    const logo = header.locator("img.avatar");
    await expect.poll(() => logo.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBe(2);
    expect(await header.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe("rgb(109, 40, 217)");
    // The housekeeping lives in a menu, not in the header's first line.
    expect(await header.getByRole("button", { name: "Start over" }).isVisible()).toBe(false);
    await header.getByRole("button", { name: "Chat options" }).click();
    for (const name of ["Start over", "Delete my chat"])
      expect(await header.getByRole("button", { name }).isVisible()).toBe(true);
    expect(await seriousA11yViolations(frame)).toEqual([]);
    await page.screenshot({ path: `${OUTPUT_DIR}widget-branded-open.png` });
    expectNoErrors(errors);
    await context.close();
  });

  it("without a logo, the clinic's initials stand in, and the launcher keeps its chat icon", async () => {
    await brand({
      name: "Harbour Physio & Sports",
      brandColor: "#0f766e",
      launcherLabel: "Knee pain chat",
      widgetPosition: "bottom-right",
      logoUrl: null,
    });
    const page = await bed.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${bed.server.baseUrl}/`);
    const launcher = page.locator("#knee-triage-widget >> .launcher");
    expect(await launcher.innerText()).toBe("Knee pain chat");
    expect(await page.locator("#knee-triage-widget >> .launcher img").count()).toBe(0);
    expect((await launcher.boundingBox())?.x).toBeGreaterThan(1000);
    await launcher.click();
    const frame = await chatFrame(page);
    expect(await frame.locator("header.top .avatar").innerText()).toBe("HP");
    await page.close();
  });
});
