import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { events, leads } from "../../src/db/schema.js";
import { answerUntilDone } from "./widget-answers.js";
import {
  OUTPUT_DIR,
  assistantCount,
  chatFrame,
  expectNoErrors,
  tabToAndPress,
  waitForReply,
  watchErrors,
  useBrowserAndServer,
} from "./widget-harness.js";

const bed = useBrowserAndServer();

describe("a visitor using only the keyboard", { timeout: 90_000 }, () => {
  it("opens the widget, chats to a self-care disposition, and books a discovery call", async () => {
    const context = await bed.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const requests: string[] = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${bed.server.baseUrl}/`);
    await page.waitForSelector("#knee-triage-widget", { state: "attached" });

    // Tab to the launcher; until it is pressed only the page, the loader and the clinic's
    // launcher settings were fetched.
    let onLauncher = false;
    for (let step = 0; step < 20 && !onLauncher; step += 1) {
      await page.keyboard.press("Tab");
      onLauncher = await page.evaluate(() => document.activeElement?.id === "knee-triage-widget");
    }
    expect(onLauncher).toBe(true);
    const launcherName = await page.evaluate(() =>
      document.getElementById("knee-triage-widget")?.shadowRoot?.activeElement?.getAttribute("aria-label"),
    );
    expect(launcherName).toMatch(/chat/i);
    expect(requests.filter((path) => path !== "/" && path !== "/widget.js" && path !== "/widget/config")).toEqual([]);
    expect(requests).toContain("/widget/config");
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

    await page.keyboard.press("Enter");
    const frame = await chatFrame(page);
    await waitForReply(frame, 0);
    // Focus moved into the chat: typing goes straight to the message box.
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe("composer-input");
    await expect
      .poll(
        async () =>
          (await bed.server.db.select({ n: count() }).from(events).where(eq(events.type, "widget_opened")))[0]?.n,
      )
      .toBe(1);

    await page.keyboard.type("I'm 34 and my knee has ached for 3 weeks when I run");
    let before = await assistantCount(frame);
    await page.keyboard.press("Enter");
    await waitForReply(frame, before);
    expect(await frame.locator(".card.summary").count()).toBe(1);
    // Typing visitors keep their place in the message box; the answers are a Shift+Tab away.
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe("composer-input");

    // "Something's wrong" puts the visitor back in the message box with a hint.
    await tabToAndPress(page, frame, /Something's wrong/);
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe("composer-input");
    expect(await frame.locator("#composer-hint").innerText()).toMatch(/what to change/);
    await page.keyboard.type("actually it started 5 weeks ago");
    before = await assistantCount(frame);
    await page.keyboard.press("Enter");
    await waitForReply(frame, before);
    expect(await frame.locator(".card.summary").last().innerText()).toMatch(/5 weeks ago/);

    const answered = await answerUntilDone(page, frame);
    expect(answered).toBeGreaterThan(3);
    const card = frame.locator(".card.disposition").last();
    await expect.poll(() => card.locator(".badge").innerText()).toBe("Self-care");
    expect(await card.innerText()).toMatch(/Safety net/);
    await page.screenshot({ path: `${OUTPUT_DIR}widget-desktop-disposition.png` });

    await tabToAndPress(page, frame, "Book a free discovery call");
    await frame.waitForSelector("#lead-title");
    // Submitting empty shows field errors and focuses the first one.
    await tabToAndPress(page, frame, "Send my request");
    expect(await frame.locator("#lead-name-error").innerText()).toMatch(/name/i);
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe("lead-name");
    await page.keyboard.type("Sam Runner");
    await page.keyboard.press("Tab");
    await page.keyboard.type("sam@example.com");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.type("weekday mornings");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await tabToAndPress(page, frame, "Send my request");
    await frame.waitForSelector("text=Thank you, your request was sent");
    await page.screenshot({ path: `${OUTPUT_DIR}widget-desktop-lead-sent.png` });
    const stored = await bed.server.db.select().from(leads);
    expect(stored.map((lead) => [lead.name, lead.email, lead.preferredTime])).toEqual([
      ["Sam Runner", "sam@example.com", "weekday mornings"],
    ]);

    // Back in the chat, the self-care plan button asks for the plan, which cites its sources.
    await tabToAndPress(page, frame, "Back to chat");
    before = await assistantCount(frame);
    await tabToAndPress(page, frame, "Show me a self-care plan");
    await waitForReply(frame, before);
    expect(await frame.locator(".message-user .bubble").last().innerText()).toBe("Show me a self-care plan");
    const source = frame.locator(".message-assistant").last().locator(".sources a").first();
    expect(await source.getAttribute("href")).toMatch(/\/knowledge\/[^/]+/);
    expect(await source.getAttribute("target")).toBe("_blank");
    expect(await source.getAttribute("rel")).toContain("noopener");

    // Esc closes the chat and focus goes back to the launcher.
    await page.keyboard.press("Escape");
    await page.waitForFunction(() =>
      document.getElementById("knee-triage-widget")?.shadowRoot?.querySelector(".panel")?.hasAttribute("hidden"),
    );
    expect(
      await page.evaluate(() => document.getElementById("knee-triage-widget")?.shadowRoot?.activeElement?.className),
    ).toBe("launcher");
    expectNoErrors(errors);
    await context.close();
  });
});
