import { and, eq } from "drizzle-orm";
import type { Frame, Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { events } from "../../src/db/schema.js";
import { answerWithKeyboard } from "./widget-answers.js";
import {
  OUTPUT_DIR,
  assistantCount,
  expectNoErrors,
  openWidget,
  seriousA11yViolations,
  useBrowserAndServer,
  waitForReply,
  watchErrors,
} from "./widget-harness.js";

// A visitor with a twisted knee, on a desktop and on a phone: drawings show where to press
// and how to move, the recommendation's next step is in view, and at the end they can print
// a summary for the doctor, say whether it helped, and read a numbered self-care plan.
// Screenshots of each stage go to test-output/.

const bed = useBrowserAndServer();

const viewports = [
  { label: "desktop", viewport: { width: 1280, height: 800 }, mobile: false },
  { label: "phone", viewport: { width: 390, height: 844 }, mobile: true },
] as const;

async function inViewOfLog(frame: Frame, element: Locator): Promise<boolean> {
  const log = await frame.locator(".log").boundingBox();
  const box = await element.boundingBox();
  return Boolean(log && box && box.y >= log.y - 1 && box.y + box.height <= log.y + log.height + 1);
}

/** Answer the interview to its end; returns the drawings' alt texts met on the way. */
async function interview(page: Page, frame: Frame, label: string): Promise<string[]> {
  const alts: string[] = [];
  for (let asked = 0; asked < 30 && (await frame.locator(".question").count()) > 0; asked += 1) {
    // A single question has one drawing; a checklist one per option that needs it.
    const drawings = frame.locator(".question .figure svg[role=img]");
    const count = await drawings.count();
    if (count > 0 && alts.length === 0)
      await page.screenshot({ path: `${OUTPUT_DIR}widget-${label}-1-mid-interview.png` });
    for (let index = 0; index < count; index += 1)
      alts.push((await drawings.nth(index).getAttribute("aria-label")) ?? "");
    await answerWithKeyboard(page, frame);
  }
  return alts;
}

describe("the end of a chat", { timeout: 120_000 }, () => {
  for (const { label, viewport, mobile } of viewports) {
    it(`on a ${label}: drawings, the next step in view, a printable summary, feedback and a numbered plan`, async () => {
      const context = await bed.browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile });
      const page = await context.newPage();
      const errors = watchErrors(page);
      const frame = await openWidget(page, bed.server.baseUrl);
      await frame.fill("#composer-input", "I'm 35, I twisted my knee playing football yesterday and it hurts");
      const before = await assistantCount(frame);
      await frame.press("#composer-input", "Enter");
      await waitForReply(frame, before);
      await frame.locator(".question button").first().focus();

      const alts = await interview(page, frame, label);
      expect(alts.length).toBeGreaterThanOrEqual(4);
      expect(alts.join("\n")).toMatch(/kneecap/);
      expect(alts.join("\n")).toMatch(/right angle/);

      const card = frame.locator(".card.disposition").last();
      await card.waitFor();
      expect(await inViewOfLog(frame, card.locator(".cta-row"))).toBe(true);
      await page.screenshot({ path: `${OUTPUT_DIR}widget-${label}-2-disposition.png` });
      expect(await seriousA11yViolations(frame)).toEqual([]);

      // "Was this helpful?": one tap, stored with the conversation.
      const wrapUp = frame.locator(".wrapup");
      await wrapUp.getByRole("button", { name: "Yes" }).click();
      await wrapUp.getByRole("status").filter({ hasText: "Thank you for telling us." }).waitFor();
      const conversationId = await frame.evaluate(
        () =>
          (JSON.parse(sessionStorage.getItem("knee-triage:demo") ?? "{}") as { conversationId?: string })
            .conversationId ?? "",
      );
      const stored = await bed.server.db
        .select()
        .from(events)
        .where(and(eq(events.type, "feedback"), eq(events.conversationId, conversationId)));
      expect(stored.map((row) => row.data)).toEqual([JSON.stringify({ helpful: true })]);

      // The summary opens as its own page, with the facts, the advice, the reasons, the date and the clinic.
      const opening = context.waitForEvent("page");
      await wrapUp.getByRole("button", { name: "Print or save my summary" }).click();
      const summary = await opening;
      await summary.waitForLoadState();
      const body = await summary.locator(".print-doc").innerText();
      expect(await summary.locator("h1").innerText()).toBe("Your knee: a summary to bring to your appointment");
      expect(body).toContain("Stride Physical Therapy (demo)");
      expect(body).toContain(
        new Date().toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric" }),
      );
      expect(body).toContain("Look after it yourself, with a safety net.");
      expect(body).toMatch(/Why\s+None of your answers point/);
      expect(body).toMatch(
        /What you told us\s+“I'm 35, I twisted my knee playing football yesterday and it hurts”\s+Age: 35/,
      );
      expect(body).toMatch(
        /Which of these can you do\?[^]*I can bend the knee to a right angle, like sitting on a chair/,
      );
      expect(body).toContain("not a diagnosis");
      expect(await seriousA11yViolations(summary)).toEqual([]);
      await summary.screenshot({ path: `${OUTPUT_DIR}widget-${label}-3-summary.png`, fullPage: true });
      await summary.evaluate(() => (window.print = () => document.body.setAttribute("data-printed", "yes")));
      await summary.getByRole("button", { name: "Print or save as PDF" }).click();
      expect(await summary.getAttribute("body", "data-printed")).toBe("yes");
      await summary.emulateMedia({ media: "print" });
      expect(await summary.locator(".doc-toolbar").isHidden()).toBe(true);
      await summary.screenshot({ path: `${OUTPUT_DIR}widget-${label}-4-summary-print.png`, fullPage: true });
      await summary.close();

      // The self-care plan's steps are numbered 1, 2, 3...
      const beforePlan = await assistantCount(frame);
      await card.getByRole("button", { name: "Show me a self-care plan" }).click();
      await waitForReply(frame, beforePlan);
      const plan = frame.locator(".message-assistant").last();
      const numbers = await plan
        .locator("ol > li")
        .evaluateAll((items) => items.map((item, index) => (item.parentElement as HTMLOListElement).start + index));
      expect(numbers.length).toBeGreaterThanOrEqual(2);
      expect(numbers).toEqual(numbers.map((_number, index) => index + 1));
      expect(await plan.locator("ol").count()).toBe(1);

      // Back later in this tab: the thanks stays, the question is not asked again.
      await page.reload();
      const again = await openWidget(page, bed.server.baseUrl);
      await again.locator(".wrapup .thanks").waitFor();
      expect(await again.locator(".wrapup").getByRole("button", { name: "Yes" }).count()).toBe(0);
      expectNoErrors(errors);
      await context.close();
    });
  }
});
