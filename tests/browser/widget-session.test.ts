import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { conversations } from "../../src/db/schema.js";
import { assistantCount, chatFrame, waitForReply, openWidget, useBrowserAndServer } from "./widget-harness.js";

const bed = useBrowserAndServer();

async function openAndSay(page: Page, text: string) {
  const frame = await openWidget(page, bed.server.baseUrl);
  await frame.fill("#composer-input", text);
  const before = await assistantCount(frame);
  await frame.press("#composer-input", "Enter");
  await waitForReply(frame, before);
  return frame;
}

const storedId = (page: Page) =>
  page
    .frames()[1]
    ?.evaluate(
      () =>
        (JSON.parse(sessionStorage.getItem("knee-triage:demo") ?? "{}") as { conversationId?: string }).conversationId,
    );

describe("the visitor's chat within the tab", { timeout: 90_000 }, () => {
  it("resumes after a reload of the page, from session storage and the server", async () => {
    const context = await bed.browser.newContext();
    const page = await context.newPage();
    let frame = await openAndSay(page, "my left knee hurts after running");
    const transcript = await frame.locator(".log").innerText();

    await page.reload();
    await page.click("#knee-triage-widget >> .launcher");
    frame = await chatFrame(page);
    await frame.waitForSelector("text=my left knee hurts after running");
    await frame.waitForFunction(() => document.querySelector(".log")?.getAttribute("aria-busy") === "false");
    expect(await frame.locator(".log").innerText()).toBe(transcript);
    await context.close();
  });

  it("deletes the chat on the server after a confirmation, then starts a new one", async () => {
    const context = await bed.browser.newContext();
    const page = await context.newPage();
    const frame = await openAndSay(page, "my knee clicks when I squat");
    const id = await storedId(page);
    expect(id).toBeTruthy();
    expect(
      await bed.server.db
        .select()
        .from(conversations)
        .where(eq(conversations.id, id ?? "")),
    ).toHaveLength(1);

    await frame.getByRole("button", { name: "Chat options" }).click();
    await frame.getByRole("button", { name: "Delete my chat" }).click();
    expect(await frame.locator(".confirm").innerText()).toMatch(/can't be undone/);
    await frame.getByRole("button", { name: "Delete", exact: true }).click();
    await frame.waitForFunction((old) => {
      const saved = JSON.parse(sessionStorage.getItem("knee-triage:demo") ?? "{}") as { conversationId?: string };
      return saved.conversationId !== undefined && saved.conversationId !== old;
    }, id);
    expect(
      await bed.server.db
        .select()
        .from(conversations)
        .where(eq(conversations.id, id ?? "")),
    ).toHaveLength(0);
    expect(await frame.locator(".log").innerText()).not.toContain("my knee clicks when I squat");
    expect(await frame.locator(".message-assistant").count()).toBe(1);
    // The visitor is told, in words that stay on screen until they write again.
    expect(await frame.getByRole("status").filter({ hasText: "Your chat was deleted" }).isVisible()).toBe(true);
    await context.close();
  });

  it("starts over with a fresh conversation, after asking first", async () => {
    const context = await bed.browser.newContext();
    const page = await context.newPage();
    const frame = await openAndSay(page, "my knee is sore on stairs");
    const id = await storedId(page);
    const menuButton = frame.getByRole("button", { name: "Chat options" });
    await menuButton.click();
    expect(await menuButton.getAttribute("aria-expanded")).toBe("true");
    await frame.getByRole("button", { name: "Start over" }).click();
    expect(await frame.locator(".confirm").innerText()).toMatch(/Start a new chat\?/);
    // Cancel keeps the chat and puts focus back on the menu button.
    await frame.getByRole("button", { name: "Cancel" }).click();
    expect(await frame.locator(".log").innerText()).toContain("sore on stairs");
    expect(await frame.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Chat options");
    expect(await storedId(page)).toBe(id);

    await menuButton.click();
    await frame.getByRole("button", { name: "Start over" }).click();
    await frame.locator(".confirm").getByRole("button", { name: "Start over" }).click();
    await frame.waitForFunction(
      () =>
        !document.querySelector(".log")?.textContent?.includes("sore on stairs") &&
        document.querySelectorAll(".message-assistant").length === 1,
    );
    await frame.waitForFunction(() => document.querySelector(".log")?.getAttribute("aria-busy") === "false");
    expect(await storedId(page)).not.toBe(id);
    await context.close();
  });
});

describe("the chat options menu", { timeout: 90_000 }, () => {
  it("works from the keyboard: Enter opens it into its first item, Escape closes only the menu, Tab past it closes it", async () => {
    const context = await bed.browser.newContext();
    const page = await context.newPage();
    const frame = await openWidget(page, bed.server.baseUrl);
    const menuButton = frame.getByRole("button", { name: "Chat options" });
    await menuButton.focus();
    await page.keyboard.press("Enter");
    expect(await menuButton.getAttribute("aria-expanded")).toBe("true");
    expect(await frame.evaluate(() => document.activeElement?.closest("#chat-menu") !== null)).toBe(true);
    await page.keyboard.press("Escape");
    expect(await frame.locator("#chat-menu").isHidden()).toBe(true);
    expect(await frame.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Chat options");
    expect(
      await page.evaluate(() =>
        document.getElementById("knee-triage-widget")?.shadowRoot?.querySelector(".panel")?.hasAttribute("hidden"),
      ),
    ).toBe(false);

    await page.keyboard.press("Enter");
    // Keep on this device, Start over, Delete my chat, then out of the menu.
    for (let step = 0; step < 3; step += 1) await page.keyboard.press("Tab");
    expect(await frame.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Close chat");
    expect(await frame.locator("#chat-menu").isHidden()).toBe(true);
    await context.close();
  });
});

describe("failures keep what the visitor typed and offer a retry", { timeout: 90_000 }, () => {
  it("a dropped connection mid-reply shows Retry, which resends the same message", async () => {
    const context = await bed.browser.newContext();
    const page = await context.newPage();
    const frame = await openWidget(page, bed.server.baseUrl);

    let dropped = 0;
    await page.route("**/api/chat", async (route) => {
      if (dropped > 0) return route.continue();
      dropped += 1;
      // Half a reply, then the connection ends without `finish`.
      const body =
        'data: {"type":"start","messageId":"m1"}\n\ndata: {"type":"text-start","id":"t1"}\n\ndata: {"type":"text-delta","id":"t1","delta":"Thanks, I"}\n\n';
      await route.fulfill({
        status: 200,
        headers: { "content-type": "text/event-stream", "x-vercel-ai-ui-message-stream": "v1" },
        body,
      });
    });
    await frame.fill("#composer-input", "my knee is swollen since yesterday");
    await frame.press("#composer-input", "Enter");
    const banner = frame.locator(".banner");
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/connection dropped/i);
    expect(await frame.locator(".message-user").last().innerText()).toContain("my knee is swollen since yesterday");
    expect(await frame.locator(".log").innerText()).not.toContain("Thanks, I");

    const before = await assistantCount(frame);
    await banner.getByRole("button", { name: "Retry" }).click();
    await waitForReply(frame, before);
    expect(await banner.isHidden()).toBe(true);
    expect(await frame.locator(".message-user").count()).toBe(1);
    expect(await frame.locator(".failed-note").count()).toBe(0);
    await context.close();
  });

  it("429 says how long to wait and keeps Retry disabled until then", async () => {
    const context = await bed.browser.newContext();
    const page = await context.newPage();
    const frame = await openWidget(page, bed.server.baseUrl);
    await page.route("**/api/chat", (route) =>
      route.fulfill({
        status: 429,
        headers: { "content-type": "application/json", "retry-after": "4" },
        body: JSON.stringify({ error: { code: "rate_limited", message: "Too many messages.", requestId: "r1" } }),
      }),
    );
    await frame.fill("#composer-input", "is running bad for knees?");
    await frame.press("#composer-input", "Enter");
    const retry = frame.locator(".banner button", { hasText: "Retry" });
    await retry.waitFor();
    expect(await frame.locator(".banner").innerText()).toMatch(/wait 4 seconds/);
    expect(await retry.isDisabled()).toBe(true);
    await page.unroute("**/api/chat");
    await expect.poll(() => retry.isDisabled(), { timeout: 10_000 }).toBe(false);
    const before = await assistantCount(frame);
    await retry.click();
    await waitForReply(frame, before);
    expect(await frame.locator(".message-user .bubble").last().innerText()).toBe("is running bad for knees?");
    await context.close();
  });

  it("a message the server refuses goes back into the input with the reason", async () => {
    const context = await bed.browser.newContext();
    const page = await context.newPage();
    const frame = await openWidget(page, bed.server.baseUrl);
    await page.route("**/api/chat", (route) =>
      route.fulfill({
        status: 400,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          error: {
            code: "validation_failed",
            message: "Your message is too long.",
            requestId: "r2",
            field: "messages",
          },
        }),
      }),
    );
    await frame.fill("#composer-input", "a message the server will refuse");
    await frame.press("#composer-input", "Enter");
    await frame.locator(".banner").waitFor();
    expect(await frame.locator(".banner").innerText()).toContain("Your message is too long.");
    expect(await frame.inputValue("#composer-input")).toBe("a message the server will refuse");
    expect(await frame.locator(".message-user").count()).toBe(0);
    await context.close();
  });
});
