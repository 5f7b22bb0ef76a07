import { describe, expect, it } from "vitest";
import {
  OUTPUT_DIR,
  assistantCount,
  expectNoErrors,
  seriousA11yViolations,
  waitForReply,
  watchErrors,
  openWidget,
  useBrowserAndServer,
} from "./widget-harness.js";

const bed = useBrowserAndServer();

describe("the emergency path in the widget", { timeout: 90_000 }, () => {
  it("shows the fixed emergency card with a big call button and asks nothing more", async () => {
    const page = await bed.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    const frame = await openWidget(page, bed.server.baseUrl);
    await frame.fill("#composer-input", "I fell off my bike and now my foot is cold and looks pale");
    const before = await assistantCount(frame);
    await frame.press("#composer-input", "Enter");
    await waitForReply(frame, before);

    const card = frame.locator(".card.emergency");
    await card.waitFor();
    expect(await card.locator("h2").innerText()).toBe("Call 911 now.");
    // The steps go on from the headline instead of repeating it.
    expect(await card.locator("li").first().innerText()).not.toMatch(/^Call 911/);
    const call = card.locator("a.call-big");
    expect(await call.getAttribute("href")).toBe("tel:911");
    expect(await call.innerText()).toContain("Call 911");
    expect(await frame.locator(".question").count()).toBe(0);
    // The fixed text replaced the card's plain-text twin: the headline appears once.
    expect((await frame.locator(".log").innerText()).match(/Call 911 now\./g)).toHaveLength(1);
    expect(await frame.locator(".disclaimer").innerText()).toMatch(/In an emergency call 911/);
    expect(await seriousA11yViolations(frame)).toEqual([]);
    await page.screenshot({ path: `${OUTPUT_DIR}widget-emergency.png` });
    expectNoErrors(errors);
    await page.close();
  });
});
