import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chatFrame, useBrowserAndServer, waitForReply } from "./widget-harness.js";

// How the widget shows what a brain writes: a little markdown, safely; numbered steps that
// count 1, 2, 3; and drawings for self-examination answers, per option of a checklist. The
// replies here are crafted streams (any brain may send them), served in place of /api/chat.

const bed = useBrowserAndServer();

function stream(parts: Array<Record<string, unknown>>): string {
  const chunks = [
    {
      type: "start",
      messageId: "m-crafted",
      messageMetadata: { conversationId: "wcrafted", visitorToken: "token-crafted" },
    },
    ...parts,
    { type: "finish" },
  ];
  return `${chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join("")}data: [DONE]\n\n`;
}

const text = (value: string) => [
  { type: "text-start", id: "t1" },
  { type: "text-delta", id: "t1", delta: value },
  { type: "text-end", id: "t1" },
];

async function openWithReply(page: Page, parts: Array<Record<string, unknown>>) {
  await page.route("**/api/chat", (route) =>
    route.fulfill({
      status: 200,
      headers: { "content-type": "text/event-stream", "x-vercel-ai-ui-message-stream": "v1" },
      body: stream(parts),
    }),
  );
  await page.goto(`${bed.server.baseUrl}/`);
  await page.click("#knee-triage-widget >> .launcher");
  const frame = await chatFrame(page);
  await waitForReply(frame, 0);
  return frame.locator(".message-assistant").last();
}

describe("text from the assistant", { timeout: 60_000 }, () => {
  it("renders bold, links and bare web addresses, and never HTML or script links", async () => {
    const page = await bed.browser.newPage();
    const reply = await openWithReply(
      page,
      text(
        "**Rest** for a day, then read [our guide](https://example.com/guide) or https://example.com/more.\n\nNever <img src=x onerror=alert(1)> nor [this](javascript:alert(1)), but *gently* is fine.",
      ),
    );
    expect(await reply.locator("strong").innerText()).toBe("Rest");
    expect(await reply.locator("em").innerText()).toBe("gently");
    const guide = reply.locator('a[href="https://example.com/guide"]');
    expect(await guide.innerText()).toContain("our guide");
    expect(await guide.getAttribute("target")).toBe("_blank");
    expect(await guide.getAttribute("rel")).toContain("noopener");
    expect(await reply.locator('a[href="https://example.com/more"]').count()).toBe(1);
    expect(await reply.locator("img").count()).toBe(0);
    expect(await reply.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href")))).toEqual([
      "https://example.com/guide",
      "https://example.com/more",
    ]);
    expect(await reply.innerText()).toContain("<img src=x onerror=alert(1)>");
    expect(await reply.innerText()).not.toContain("**");
    await page.close();
  });

  it("numbers steps written with blank lines between them 1, 2, 3, as one list", async () => {
    const page = await bed.browser.newPage();
    const reply = await openWithReply(
      page,
      text(
        "Here's a short plan:\n\n1. Ease the load.\n\n2. Strengthen the hips.\n\n3. Build back up.\n\nStop if it hurts.",
      ),
    );
    expect(await reply.locator("ol").count()).toBe(1);
    const numbers = await reply
      .locator("ol li")
      .evaluateAll((items) => items.map((item, index) => (item.parentElement as HTMLOListElement).start + index));
    expect(numbers).toEqual([1, 2, 3]);
    expect(await reply.locator("ol + p").innerText()).toBe("Stop if it hurts.");
    await page.close();
  });

  it("draws each self-examination answer of a checklist, with alt text, and shows the prompt the brain did not say", async () => {
    const page = await bed.browser.newPage();
    const question = {
      id: "q-9-self-exam",
      prompt: "Try these gently. Which can't you do, or which hurt?",
      kind: "multi",
      fields: ["tenderPatellaOnly", "tenderFibularHead", "flexTo90", "straightLegRaise"],
      options: [
        { label: "Pressing the kneecap hurts", answers: { tenderPatellaOnly: "yes" } },
        { label: "The bony bump below the outside of the knee hurts", answers: { tenderFibularHead: "yes" } },
        { label: "I can't bend it to a right angle", answers: { flexTo90: "no" } },
        { label: "I can't lift the straight leg", answers: { straightLegRaise: "no" } },
        {
          label: "None of these",
          answers: { tenderPatellaOnly: "no", tenderFibularHead: "no", flexTo90: "yes", straightLegRaise: "yes" },
        },
      ],
      progress: { remaining: 4 },
    };
    const reply = await openWithReply(page, [{ type: "data-question", id: question.id, data: question }]);
    expect(await reply.locator(".bubble").innerText()).toBe(question.prompt);
    const drawings = reply.locator(".check svg[role=img]");
    expect(await drawings.count()).toBe(4);
    const alts = await drawings.evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute("aria-label") ?? ""));
    expect(new Set(alts).size).toBe(4);
    for (const alt of alts) expect(alt.length).toBeGreaterThan(30);
    expect(alts[0]).toMatch(/kneecap/);
    expect(alts[3]).toMatch(/lifting one leg/);
    expect(await reply.locator(".progress").innerText()).toBe("About 4 more questions after this one");
    await page.close();
  });
});
