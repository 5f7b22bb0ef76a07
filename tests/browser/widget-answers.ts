import type { Frame, Page } from "playwright-core";
import { assistantCount, tabToAndPress, waitForReply } from "./widget-harness.js";

// A visitor with a mild running knee answers each question with the keyboard alone: Tab to
// the answer, Enter. The field in the question id picks the answer, so the test follows the
// interview whatever order the engine asks in.

const yesFields = ["walkFourStepsNow", "walkFourStepsImmediately", "flexTo90", "straightLegRaise"];
const preferred: Record<string, string> = {
  swelling: "Not swollen",
  trend: "Getting better",
  side: "Left",
  patellaDislocation: "No",
};

export async function answerWithKeyboard(
  page: Page,
  frame: Frame,
  pick: (field: string) => string | undefined = () => undefined,
): Promise<void> {
  const question = frame.locator(".question").last();
  const id = (await question.getAttribute("data-question")) ?? "";
  const field = id.replace(/^q-\d+-/, "");
  const before = await assistantCount(frame);
  if ((await question.locator(".checklist").count()) > 0) {
    const chosen = pick(field);
    // A list of abilities ("Which of these can you do?"): this visitor can do them all.
    if (!chosen && (await question.getByRole("button", { name: "I can't do any of these" }).count()) > 0)
      await tickAllWithKeyboard(page, frame);
    else await tabToAndPress(page, frame, chosen ?? "None of these");
  } else if ((await question.locator("input[type=number]").count()) > 0) {
    await page.keyboard.type(pick(field) ?? "3");
    await page.keyboard.press("Enter");
  } else {
    const labels = await question.locator("button").allInnerTexts();
    const wanted =
      pick(field) ??
      (yesFields.includes(field) ? "Yes" : preferred[field]) ??
      labels.find((label) => label === "No") ??
      labels[0] ??
      "";
    await tabToAndPress(page, frame, wanted);
  }
  await waitForReply(frame, before);
}

/** Tick every box of the live checklist with Tab and Space, then send the ticks. */
async function tickAllWithKeyboard(page: Page, frame: Frame): Promise<void> {
  const boxes = await frame.locator(".question").last().locator("input[type=checkbox]").count();
  for (let ticked = 0; ticked < boxes; ) {
    const box = await frame.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      return element?.type === "checkbox" ? { checked: element.checked } : undefined;
    });
    if (box && !box.checked) {
      await page.keyboard.press("Space");
      ticked += 1;
    }
    await page.keyboard.press("Tab");
  }
  await tabToAndPress(page, frame, "Send ticked answers");
}

/** Answer until the newest message has no live question left; returns how many were answered. */
export async function answerUntilDone(page: Page, frame: Frame, maxQuestions = 25): Promise<number> {
  for (let count = 0; count < maxQuestions; count += 1) {
    if ((await frame.locator(".question").count()) === 0) return count;
    await answerWithKeyboard(page, frame);
  }
  throw new Error("the interview did not finish");
}
