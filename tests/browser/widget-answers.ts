import type { Frame, Page } from "playwright-core";
import { assistantCount, tabToAndPress, waitForReply } from "./widget-harness.js";

// A visitor with a mild running knee answers each question with the keyboard alone: Tab to
// the answer, Enter. The field in the question id picks the answer, so the test follows the
// interview whatever order the engine asks in.

const yesFields = ["walkFourStepsNow", "walkFourStepsImmediately", "flexTo90", "straightLegRaise"];
const preferred: Record<string, string> = { swelling: "Not swollen", trend: "Getting better", side: "Left", patellaDislocation: "No" };

export async function answerWithKeyboard(page: Page, frame: Frame, pick: (field: string) => string | undefined = () => undefined): Promise<void> {
  const question = frame.locator(".question").last();
  const id = (await question.getAttribute("data-question")) ?? "";
  const field = id.replace(/^q-\d+-/, "");
  const before = await assistantCount(frame);
  if ((await question.locator(".checklist").count()) > 0) {
    await tabToAndPress(page, frame, pick(field) ?? "None of these");
  } else if ((await question.locator("input[type=number]").count()) > 0) {
    await page.keyboard.type(pick(field) ?? "3");
    await page.keyboard.press("Enter");
  } else {
    const labels = await question.locator("button").allInnerTexts();
    const wanted = pick(field) ?? (yesFields.includes(field) ? "Yes" : preferred[field]) ?? labels.find((label) => label === "No") ?? labels[0] ?? "";
    await tabToAndPress(page, frame, wanted);
  }
  await waitForReply(frame, before);
}

/** Answer until the newest message has no live question left; returns how many were answered. */
export async function answerUntilDone(page: Page, frame: Frame, maxQuestions = 25): Promise<number> {
  for (let count = 0; count < maxQuestions; count += 1) {
    if ((await frame.locator(".question").count()) === 0) return count;
    await answerWithKeyboard(page, frame);
  }
  throw new Error("the interview did not finish");
}
