import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertClinic } from "../../src/db/clinics.js";
import { chatFrame, launchChromium, startServer, waitForReply } from "./widget-harness.js";

// A clinic's own site on another origin, embedding our widget. Both are public https origins
// routed by playwright (chromium refuses loopback subresources on public pages), with our
// origin forwarded to the real server. Only origins the clinic registered may frame the
// chat, and postMessage is bound to exact origins on both sides.

const WIDGET_ORIGIN = "https://widget.example";

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startServer();
  await insertClinic(server.db, {
    slug: "harbour",
    name: "Harbour PT",
    allowedOrigins: ["https://harbourpt.example"],
    brandColor: "#ffcc00",
    emergencyNumber: "000",
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function clinicSite(origin: string, extraHead = ""): Promise<Page> {
  const page = await browser.newPage();
  await page.route(`${WIDGET_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: `${server.baseUrl}${url.pathname}${url.search}` }) });
  });
  await page.route(`${origin}/`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title>${extraHead}</head><body><main><h1>Harbour PT</h1></main><script src="${WIDGET_ORIGIN}/widget.js" data-clinic="harbour" data-position="bottom-left" async></script></body></html>`,
    }),
  );
  await page.goto(`${origin}/`);
  await page.waitForSelector("#knee-triage-widget", { state: "attached" });
  return page;
}

const panelHidden = (page: Page) =>
  page.evaluate(() =>
    document.getElementById("knee-triage-widget")?.shadowRoot?.querySelector(".panel")?.hasAttribute("hidden"),
  );

describe("embedding on a clinic's own site", { timeout: 90_000 }, () => {
  it("works on an allowed origin, even under a strict CSP, and Esc in the chat closes it", async () => {
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src ${WIDGET_ORIGIN}; frame-src ${WIDGET_ORIGIN}; style-src 'self'">`;
    const page = await clinicSite("https://harbourpt.example", csp);
    const launcher = page.locator("#knee-triage-widget >> .launcher");
    // The shadow stylesheet survives style-src 'self': the launcher is positioned and styled.
    const box = await launcher.boundingBox();
    expect(box?.x).toBeLessThan(100);
    await launcher.click();
    const frame = await chatFrame(page);
    await waitForReply(frame, 0);
    expect(await frame.locator(".disclaimer").innerText()).toContain("In an emergency call 000");
    // The frame told the loader the clinic's (contrast-safe) colour over the checked channel.
    const brand = await page.evaluate(() =>
      document.getElementById("knee-triage-widget")?.style.getPropertyValue("--kt-brand"),
    );
    expect(brand).toMatch(/^#[0-9a-f]{6}$/);
    expect(brand).not.toBe("#ffcc00");

    // A message from anyone but the frame is ignored by the loader.
    await page.evaluate(() => window.postMessage({ source: "knee-triage", type: "close" }, "*"));
    await page.waitForTimeout(200);
    expect(await panelHidden(page)).toBe(false);

    await frame.focus("#composer-input");
    await page.keyboard.press("Escape");
    await page.waitForFunction(() =>
      document.getElementById("knee-triage-widget")?.shadowRoot?.querySelector(".panel")?.hasAttribute("hidden"),
    );
    expect(
      await page.evaluate(() => document.getElementById("knee-triage-widget")?.shadowRoot?.activeElement?.className),
    ).toBe("launcher");
    await page.close();
  });

  it("is refused by the browser on an origin the clinic did not allow", async () => {
    const page = await clinicSite("https://copycat.example");
    await page.click("#knee-triage-widget >> .launcher");
    const handle = await page.waitForSelector("#knee-triage-widget >> iframe");
    const frame = await handle.contentFrame();
    // frame-ancestors makes chromium swap the frame for its error page.
    await expect.poll(() => frame?.url(), { timeout: 10_000 }).toMatch(/^chrome-error:/);
    expect(await frame?.evaluate(() => document.querySelector(".log") !== null).catch(() => false)).toBe(false);
    await page.close();
  });
});
