import { eq } from "drizzle-orm";
import type { BrowserContext, Frame } from "playwright-core";
import { describe, expect, it } from "vitest";
import { conversations } from "../../src/db/schema.js";
import { assistantCount, openWidget, useBrowserAndServer, waitForReply } from "./widget-harness.js";

// "Keep this chat on this device": off by default (each tab starts over); once ticked, a
// new tab, or the same browser tomorrow, continues the chat, and deleting it is one click
// (plus the confirmation) from the line that says it is kept.

const bed = useBrowserAndServer();

async function say(frame: Frame, text: string): Promise<void> {
  await frame.fill("#composer-input", text);
  const before = await assistantCount(frame);
  await frame.press("#composer-input", "Enter");
  await waitForReply(frame, before);
}

async function openInNewTab(context: BrowserContext): Promise<Frame> {
  return openWidget(await context.newPage(), bed.server.baseUrl);
}

describe("keeping the chat on this device", { timeout: 90_000 }, () => {
  it("is off by default: a new tab starts a new chat", async () => {
    const context = await bed.browser.newContext();
    await say(await openInNewTab(context), "my right knee clicks on the stairs");
    const second = await openInNewTab(context);
    expect(await second.locator(".log").innerText()).not.toContain("clicks on the stairs");
    expect(await second.locator(".kept").isHidden()).toBe(true);
    await context.close();
  });

  it("once ticked, a new tab continues the chat; the visitor can delete it from there in one click and a confirmation", async () => {
    const context = await bed.browser.newContext();
    const first = await openInNewTab(context);
    await say(first, "my right knee clicks on the stairs");
    await first.getByRole("button", { name: "Chat options" }).click();
    await first.getByRole("checkbox", { name: "Keep this chat on this device" }).check();
    await first.locator(".kept").waitFor();
    expect(await first.locator(".kept").innerText()).toContain("This chat is kept on this device.");

    const second = await openInNewTab(context);
    await second.waitForSelector("text=my right knee clicks on the stairs");
    expect(await second.locator(".kept").isVisible()).toBe(true);
    // It carries on where it was: the next message goes into the same conversation.
    await second.waitForFunction(() => document.querySelector(".log")?.getAttribute("aria-busy") === "false");
    const id = await second.evaluate(
      () =>
        (JSON.parse(localStorage.getItem("knee-triage:demo") ?? "{}") as { conversationId?: string }).conversationId,
    );
    expect(id).toBeTruthy();
    await say(second, "it started 2 weeks ago");
    const [row] = await bed.server.db
      .select()
      .from(conversations)
      .where(eq(conversations.id, id ?? ""));
    expect(row?.turnCount).toBeGreaterThanOrEqual(3);

    await second.locator(".kept").getByRole("button", { name: "Delete my chat" }).click();
    await second.locator(".confirm").getByRole("button", { name: "Delete", exact: true }).click();
    await second.getByRole("status").filter({ hasText: "Your chat was deleted" }).waitFor();
    expect(
      await bed.server.db
        .select()
        .from(conversations)
        .where(eq(conversations.id, id ?? "")),
    ).toHaveLength(0);
    expect(await second.locator(".kept").isHidden()).toBe(true);
    expect(await second.evaluate(() => localStorage.getItem("knee-triage:demo"))).toBeNull();

    const third = await openInNewTab(context);
    expect(await third.locator(".log").innerText()).not.toContain("clicks on the stairs");
    await context.close();
  });

  it("unticking it keeps the chat in this tab only", async () => {
    const context = await bed.browser.newContext();
    const first = await openInNewTab(context);
    await say(first, "my left knee is stiff in the mornings");
    await first.getByRole("button", { name: "Chat options" }).click();
    await first.getByRole("checkbox", { name: "Keep this chat on this device" }).check();
    await first.getByRole("checkbox", { name: "Keep this chat on this device" }).uncheck();
    await first.locator(".kept").waitFor({ state: "hidden" });
    expect(await first.evaluate(() => localStorage.getItem("knee-triage:demo"))).toBeNull();
    expect(await first.evaluate(() => sessionStorage.getItem("knee-triage:demo"))).toContain("stiff in the mornings");
    await context.close();
  });
});
