import { describe, expect, it } from "vitest";
import { answerWithKeyboard } from "./widget-answers.js";
import {
  OUTPUT_DIR,
  assistantCount,
  chatFrame,
  expectNoErrors,
  waitForReply,
  watchErrors,
  useBrowserAndServer,
} from "./widget-harness.js";

const bed = useBrowserAndServer();

describe("the widget on a phone-sized screen (390×844)", { timeout: 90_000 }, () => {
  it("opens full screen, keeps the input on screen mid-conversation, and closes from inside", async () => {
    const context = await bed.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${bed.server.baseUrl}/`);
    await page.screenshot({ path: `${OUTPUT_DIR}widget-phone-launcher.png` });
    await page.tap("#knee-triage-widget >> .launcher");
    const frame = await chatFrame(page);
    await waitForReply(frame, 0);

    // The panel slides in (0.18 s, loader.css): on a loaded machine the first measurement can land
    // mid-slide, so the full-screen box is awaited, not sampled once.
    await expect
      .poll(() => page.locator("#knee-triage-widget >> iframe").boundingBox(), { timeout: 5_000 })
      .toEqual({ x: 0, y: 0, width: 390, height: 844 });

    await frame.fill("#composer-input", "I'm 41 and my right knee aches after long runs for about a month, no injury");
    const before = await assistantCount(frame);
    await frame.press("#composer-input", "Enter");
    await waitForReply(frame, before);
    await frame.locator(".question button").first().focus();
    await answerWithKeyboard(page, frame);
    await answerWithKeyboard(page, frame);

    const input = await frame.locator("#composer-input").boundingBox();
    expect(input).not.toBeNull();
    expect((input?.y ?? 0) + (input?.height ?? 0)).toBeLessThanOrEqual(844);
    expect(await frame.locator(".disclaimer").isVisible()).toBe(true);
    await page.screenshot({ path: `${OUTPUT_DIR}widget-phone-mid-conversation.png` });

    await frame.tap("button[aria-label='Close chat']");
    await page.waitForFunction(() =>
      document.getElementById("knee-triage-widget")?.shadowRoot?.querySelector(".panel")?.hasAttribute("hidden"),
    );
    expect(await page.locator("#knee-triage-widget >> .launcher").isVisible()).toBe(true);
    expectNoErrors(errors);
    await context.close();
  });
});
