import { describe, expect, it } from "vitest";
import { answerUntilDone } from "./widget-answers.js";
import {
  assistantCount,
  chatFrame,
  seriousA11yViolations,
  waitForReply,
  openWidget,
  useBrowserAndServer,
} from "./widget-harness.js";

const bed = useBrowserAndServer();

describe("axe-core finds no serious or critical violation", { timeout: 90_000 }, () => {
  it("on the demo clinic page with the launcher", async () => {
    const page = await bed.browser.newPage();
    await page.goto(`${bed.server.baseUrl}/`);
    await page.waitForSelector("#knee-triage-widget", { state: "attached" });
    expect(await seriousA11yViolations(page)).toEqual([]);
    // The page shows the exact embed snippet it uses.
    expect(await page.locator("pre code").innerText()).toBe(
      `<script src="${bed.server.baseUrl}/widget.js" data-clinic="demo" async></script>`,
    );
    await page.close();
  });

  it("in the open widget: a checklist, the disposition card and the contact form", async () => {
    const page = await bed.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const frame = await openWidget(page, bed.server.baseUrl);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await seriousA11yViolations(frame)).toEqual([]);

    await frame.fill("#composer-input", "I'm 29 and I twisted my knee yesterday");
    const before = await assistantCount(frame);
    await frame.press("#composer-input", "Enter");
    await waitForReply(frame, before);
    expect(await frame.locator(".checklist").count()).toBe(1);
    expect(await seriousA11yViolations(frame)).toEqual([]);

    await frame.locator(".question button").first().focus();
    await answerUntilDone(page, frame);
    await frame.locator(".card.disposition").last().waitFor();
    expect(await seriousA11yViolations(frame)).toEqual([]);

    await frame.click("text=Book a free discovery call");
    await frame.click("text=Send my request");
    await frame.waitForSelector("#lead-name[aria-invalid=true]");
    expect(await seriousA11yViolations(frame)).toEqual([]);
    await page.close();
  });

  it("has the log semantics, labels, 16px inputs and no zoom lock", async () => {
    const page = await bed.browser.newPage();
    const frame = await openWidget(page, bed.server.baseUrl);
    const log = frame.locator(".log");
    expect(await log.getAttribute("role")).toBe("log");
    expect(await log.getAttribute("aria-live")).toBe("polite");
    expect(await frame.locator("label[for=composer-input]").count()).toBe(1);
    expect(
      await frame.$eval("#composer-input", (element) => parseFloat(getComputedStyle(element).fontSize)),
    ).toBeGreaterThanOrEqual(16);
    for (const target of [page, frame]) {
      const viewport = await target.$eval("meta[name=viewport]", (meta) => meta.getAttribute("content") ?? "");
      expect(viewport).not.toMatch(/maximum-scale|user-scalable\s*=\s*no/);
    }
    await page.close();
  });

  it("respects prefers-reduced-motion: no animation on the panel or the typing dots", async () => {
    const page = await bed.browser.newPage({ reducedMotion: "reduce" });
    await page.goto(`${bed.server.baseUrl}/`);
    await page.click("#knee-triage-widget >> .launcher");
    const frame = await chatFrame(page);
    const panelAnimation = await page.evaluate(() => {
      const panel = document.getElementById("knee-triage-widget")?.shadowRoot?.querySelector(".panel");
      return panel ? getComputedStyle(panel).animationName : "missing";
    });
    expect(panelAnimation).toBe("none");
    expect(await frame.$eval(".typing span", (dot) => getComputedStyle(dot).animationName)).toBe("none");
    await page.close();
  });
});
