import type { Frame, Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { assistantCount, openWidget, useBrowserAndServer, waitForReply } from "./widget-harness.js";

// What the visitor needs next is on screen without scrolling: the answers of a tall message,
// the message that failed to send next to the banner that says so, and each prompt once.

const bed = useBrowserAndServer();

async function say(frame: Frame, text: string): Promise<void> {
  await frame.fill("#composer-input", text);
  const before = await assistantCount(frame);
  await frame.press("#composer-input", "Enter");
  await waitForReply(frame, before);
}

/** Whether the element lies wholly inside the log's visible area. */
async function inViewOfLog(frame: Frame, element: Locator): Promise<boolean> {
  const log = await frame.locator(".log").boundingBox();
  const box = await element.boundingBox();
  if (!log || !box) return false;
  return box.y >= log.y - 1 && box.y + box.height <= log.y + log.height + 1;
}

describe("the widget's layout", { timeout: 90_000 }, () => {
  it("on a desktop, shows the answers of a message taller than the log without scrolling", async () => {
    const page = await bed.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const frame = await openWidget(page, bed.server.baseUrl);
    await say(frame, "I'm 29 and I twisted my knee yesterday");
    const message = frame.locator(".message-assistant").last();
    const logHeight = (await frame.locator(".log").boundingBox())?.height ?? 0;
    expect((await message.boundingBox())?.height).toBeGreaterThan(logHeight);
    const buttons = message.locator(".question button");
    expect(await buttons.count()).toBeGreaterThan(1);
    for (const button of await buttons.all())
      expect(await inViewOfLog(frame, button), await button.innerText()).toBe(true);
    // The question's own words are on screen too, just above its answers.
    expect(await inViewOfLog(frame, message.locator(".question fieldset"))).toBe(true);
    await page.close();
  });

  it("keeps the message that failed in view next to the offline banner", async () => {
    const page = await bed.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const frame = await openWidget(page, bed.server.baseUrl);
    await say(frame, "I'm 29 and I twisted my knee yesterday");
    await page.route("**/api/chat", (route) => route.abort("internetdisconnected"));
    await frame.locator(".question button", { hasText: "None of these" }).click();
    await frame.locator(".banner").waitFor();
    expect(await frame.locator(".banner").innerText()).toMatch(/couldn't reach the assistant/);
    const failed = frame.locator(".message-failed");
    expect(await failed.innerText()).toContain("None of these");
    expect(await inViewOfLog(frame, failed)).toBe(true);
    await page.close();
  });

  it("shows a number question's prompt once, and labels its field with it", async () => {
    const page = await bed.browser.newPage({ viewport: { width: 390, height: 844 } });
    const frame = await openWidget(page, bed.server.baseUrl);
    await say(frame, "I twisted my knee yesterday");
    const question = frame.locator(".question").last();
    expect(await question.locator("input[type=number]").count()).toBe(1);
    // Count what a sighted visitor sees: text in boxes bigger than the 1 px screen-reader-only ones.
    const seen = await frame.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector(".log") as Node, NodeFilter.SHOW_TEXT);
      let text = "";
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const box = node.parentElement?.getBoundingClientRect();
        if (box && box.width > 1 && box.height > 1) text += `${node.textContent ?? ""}\n`;
      }
      return text;
    });
    expect(seen.split("How old are you?")).toHaveLength(2);
    expect(await frame.getByRole("spinbutton", { name: "How old are you?" }).count()).toBe(1);
    await page.close();
  });
});
