import { describe, expect, it } from "vitest";
import {
  assistantCount,
  expectNoErrors,
  openWidget,
  useBrowserAndServer,
  waitForReply,
  watchErrors,
} from "./widget-harness.js";

// The server takes messages of up to 2,000 characters. A longer one typed or pasted into the
// widget must not be cut silently: the visitor keeps all their text and is told how much to cut.

const bed = useBrowserAndServer();

describe("a message longer than 2,000 characters", { timeout: 90_000 }, () => {
  it("is kept whole, not sent, and the visitor is told how much to shorten it; a shorter one sends", async () => {
    const context = await bed.browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    const frame = await openWidget(page, bed.server.baseUrl);
    const long =
      `My knee has hurt since a fall last year. ${"It aches on stairs and after long runs. ".repeat(70)}`.trim();
    expect(long.length).toBeGreaterThan(2000);

    await frame.fill("#composer-input", long);
    expect(await frame.inputValue("#composer-input")).toBe(long);
    const hint = frame.locator("#composer-hint");
    await expect.poll(() => hint.innerText()).toMatch(/2,000/);
    expect(await hint.innerText()).toContain(`${(long.length - 2000).toLocaleString("en-US")}`);

    const before = await assistantCount(frame);
    await frame.press("#composer-input", "Enter");
    expect(await frame.inputValue("#composer-input")).toBe(long);
    expect(await frame.locator(".message-user").count()).toBe(0);

    const short = long.slice(0, 1500);
    await frame.fill("#composer-input", short);
    await expect.poll(() => hint.innerText()).toBe("");
    await frame.press("#composer-input", "Enter");
    await waitForReply(frame, before);
    expect(await frame.locator(".message-user").count()).toBe(1);
    expectNoErrors(errors);
    await context.close();
  });
});
