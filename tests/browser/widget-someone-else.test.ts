import { describe, expect, it } from "vitest";
import {
  assistantCount,
  expectNoErrors,
  openWidget,
  seriousA11yViolations,
  useBrowserAndServer,
  waitForReply,
  watchErrors,
} from "./widget-harness.js";

// Issue 16.5 in the browser: a parent taps "My child" beside the first prompt, and the
// questions then ask about their knee.

const bed = useBrowserAndServer();

describe("asking for someone else", { timeout: 120_000 }, () => {
  it("offers 'Me / My child / Someone else' once, and after 'My child' the questions speak of their knee", async () => {
    const context = await bed.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const frame = await openWidget(page, bed.server.baseUrl);
    const first = frame.locator(".question").last();
    expect(await first.locator("button").allInnerTexts()).toEqual(["Me", "My child", "Someone else"]);
    expect(await seriousA11yViolations(frame)).toEqual([]);

    let before = await assistantCount(frame);
    await first.getByRole("button", { name: "My child" }).click();
    await waitForReply(frame, before);
    expect(await frame.locator(".message-assistant").last().innerText()).toMatch(/your child's knee/);

    before = await assistantCount(frame);
    await frame.fill("#composer-input", "she fell at netball yesterday and her knee is sore");
    await frame.press("#composer-input", "Enter");
    await waitForReply(frame, before);
    const asked = await frame.locator(".question").last().innerText();
    expect(asked).toMatch(/\b(?:they|their|them)\b/i);
    expect(asked).not.toMatch(/\b(?:you|your)\b(?! can also type| press)/i);
    expectNoErrors(errors);
    await context.close();
  });
});
