import { eq } from "drizzle-orm";
import type { Frame, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { alerts, clinics, leads } from "../../src/db/schema.js";
import { answerUntilDone } from "./widget-answers.js";
import {
  OUTPUT_DIR,
  assistantCount,
  chatFrame,
  expectNoErrors,
  openWidget,
  seriousA11yViolations,
  useBrowserAndServer,
  waitForReply,
  watchErrors,
} from "./widget-harness.js";

// The visitor's request to the clinic from the widget: the call-back after urgent advice, and
// the server's phone rule shown next to the field with nothing typed lost.

const bed = useBrowserAndServer();

async function chatToTheEnd(page: Page, frame: Frame, opening: string): Promise<void> {
  await frame.fill("#composer-input", opening);
  const before = await assistantCount(frame);
  await frame.press("#composer-input", "Enter");
  await waitForReply(frame, before);
  await answerUntilDone(page, frame);
}

describe("asking the clinic from the widget", { timeout: 120_000 }, () => {
  it("after urgent advice: 'Ask the clinic to call me today', a short form, then 'Request sent ✓' on the card, also after a reload", async () => {
    const context = await bed.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    let frame = await openWidget(page, bed.server.baseUrl);
    await chatToTheEnd(page, frame, "I'm 55 and I twisted my knee skiing yesterday");
    const card = frame.locator(".card.disposition").last();
    await expect.poll(() => card.locator(".badge").innerText()).toBe("Urgent");

    await card.getByRole("button", { name: "Ask the clinic to call me today" }).click();
    expect(await frame.locator("#lead-title").innerText()).toBe("Ask the clinic to call me today");
    // Name, phone and consent only: a visitor told to get care today is not asked for more.
    expect(await frame.locator("#lead-email").count()).toBe(0);
    expect(await frame.locator("#lead-preferredTime").count()).toBe(0);
    await frame.fill("#lead-name", "Pat Skier");
    await frame.fill("#lead-phone", "(555) 010-2233");
    await frame.check("#lead-consent");
    expect(await seriousA11yViolations(frame)).toEqual([]);
    await page.screenshot({ path: `${OUTPUT_DIR}widget-callback-form.png` });
    await frame.getByRole("button", { name: "Ask for a call today" }).click();
    await frame.waitForSelector("text=Thank you, your request was sent");
    expect(await frame.locator(".lead").innerText()).toMatch(/try to call you today/);

    const [lead] = await bed.server.db.select().from(leads).where(eq(leads.name, "Pat Skier"));
    expect(lead).toMatchObject({ intent: "callback", phone: "+15550102233", level: "urgent", email: null });
    expect(
      await bed.server.db
        .select({ kind: alerts.kind })
        .from(alerts)
        .where(eq(alerts.leadId, lead?.id ?? "")),
    ).toEqual([{ kind: "callback" }]);

    await frame.getByRole("button", { name: "Back to chat" }).click();
    const sentCard = frame.locator(".card.disposition").last();
    expect(await sentCard.locator(".sent").innerText()).toBe("Request sent ✓");
    expect(await sentCard.getByRole("button", { name: "Ask the clinic to call me today" }).count()).toBe(0);
    // Urgent care stays the first thing offered.
    expect(await sentCard.getByRole("link", { name: /Find urgent care/ }).count()).toBe(1);
    await page.screenshot({ path: `${OUTPUT_DIR}widget-callback-sent.png` });

    // A reload resumes the chat and still knows the request was sent.
    await page.reload();
    await page.click("#knee-triage-widget >> .launcher");
    frame = await chatFrame(page);
    await frame.waitForSelector(".card.disposition .sent");
    expect(await frame.locator(".card.disposition").last().locator(".sent").innerText()).toBe("Request sent ✓");
    expect(await frame.getByRole("button", { name: "Ask the clinic to call me today" }).count()).toBe(0);
    expectNoErrors(errors);
    await context.close();
  });

  it("shows the server's message about the phone number next to the field, keeping what was typed, and sends once corrected", async () => {
    const context = await bed.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const frame = await openWidget(page, bed.server.baseUrl);
    await chatToTheEnd(page, frame, "I'm 34 and my knee has ached for 3 weeks when I run");
    await frame.locator(".card.disposition").last().getByRole("button", { name: "Book a free discovery call" }).click();
    await frame.fill("#lead-name", "Robin Runner");
    await frame.fill("#lead-email", "robin@example.com");
    await frame.fill("#lead-phone", "555 0199");
    await frame.fill("#lead-preferredTime", "after 6pm");
    await frame.check("#lead-consent");
    await frame.getByRole("button", { name: "Send my request" }).click();

    // The widget has no phone pattern of its own: the words are the server's.
    await frame.waitForSelector("#lead-phone[aria-invalid=true]");
    expect(await frame.locator("#lead-phone-error").innerText()).toBe(
      "The phone number is too short: include the area code, for example (555) 010-2233.",
    );
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe("lead-phone");
    expect(await frame.inputValue("#lead-name")).toBe("Robin Runner");
    expect(await frame.inputValue("#lead-email")).toBe("robin@example.com");
    expect(await frame.inputValue("#lead-phone")).toBe("555 0199");
    expect(await frame.inputValue("#lead-preferredTime")).toBe("after 6pm");
    expect(await frame.isChecked("#lead-consent")).toBe(true);
    await page.screenshot({ path: `${OUTPUT_DIR}widget-lead-phone-error.png` });
    expect(await bed.server.db.select().from(leads).where(eq(leads.name, "Robin Runner"))).toEqual([]);

    // Formats people use are fine as typed.
    await frame.fill("#lead-phone", "555.010.0199");
    await frame.getByRole("button", { name: "Send my request" }).click();
    await frame.waitForSelector("text=Thank you, your request was sent");
    const [lead] = await bed.server.db.select().from(leads).where(eq(leads.name, "Robin Runner"));
    expect(lead).toMatchObject({
      intent: "book",
      phone: "+15550100199",
      email: "robin@example.com",
      preferredTime: "after 6pm",
    });
    expectNoErrors(errors);
    await context.close();
  });

  it("the booking button takes the details, then opens the clinic's booking page prefilled and carrying the lead", async () => {
    await bed.server.db
      .update(clinics)
      .set({ bookingProvider: "calcom", bookingUrl: "https://cal.example/stride/assessment" })
      .where(eq(clinics.id, bed.server.demo.id));
    const context = await bed.browser.newContext({ viewport: { width: 1280, height: 900 } });
    // The provider's page, answered here: tests never leave the machine.
    const opened: string[] = [];
    await context.route("https://cal.example/**", async (route) => {
      opened.push(route.request().url());
      await route.fulfill({
        status: 200,
        contentType: "text/html",
        body: "<!doctype html><title>Book</title><p>Booking page</p>",
      });
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const frame = await openWidget(page, bed.server.baseUrl);
    await chatToTheEnd(page, frame, "I'm 34 and my knee has ached for 3 months when I run");
    const card = frame.locator(".card.disposition").last();
    await expect.poll(() => card.locator(".badge").innerText()).toBe("Routine");
    // Not a bare link any more: nobody would know who booked.
    const book = card.getByRole("button", { name: "Book a physical-therapy assessment" });
    expect(await book.count()).toBe(1);
    await book.click();
    await frame.fill("#lead-name", "Bo Booker");
    await frame.fill("#lead-email", "bo@example.com");
    await frame.check("#lead-consent");
    const popup = context.waitForEvent("page");
    await frame.getByRole("button", { name: "Continue to booking" }).click();
    const tab = await popup;
    await tab.waitForLoadState();

    const [lead] = await bed.server.db.select().from(leads).where(eq(leads.name, "Bo Booker"));
    const url = new URL(tab.url());
    expect(url.origin + url.pathname).toBe("https://cal.example/stride/assessment");
    expect(url.searchParams.get("metadata[lead]")).toBe(lead?.leadRef);
    expect(url.searchParams.get("name")).toBe("Bo Booker");
    expect(url.searchParams.get("email")).toBe("bo@example.com");
    expect(opened).toHaveLength(1);
    // The booking page keeps no handle on the chat.
    expect(await tab.evaluate(() => window.opener)).toBeNull();

    // The chat says it was sent and keeps the way back to the booking page.
    await frame.getByRole("button", { name: "Back to chat" }).click();
    const sentCard = frame.locator(".card.disposition").last();
    expect(await sentCard.locator(".sent").innerText()).toBe("Request sent ✓");
    expect(await sentCard.getByRole("link", { name: /Choose your appointment time/ }).getAttribute("href")).toBe(
      tab.url(),
    );
    expectNoErrors(errors);
    await context.close();
  });
});
