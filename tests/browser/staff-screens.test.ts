import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { followUps, leads } from "../../src/db/schema.js";
import { randomToken, sha256Hex } from "../../src/lib/tokens.js";
import { TestChatClient } from "../helpers/chat-client.js";
import { postJson } from "../helpers/test-app.js";
import { PASSWORD, conversationWithLead, createTwoClinics } from "../staff/staff-helpers.js";
import { OUTPUT_DIR, launchChromium } from "./widget-harness.js";

// The dashboard as a clinic owner sees it on a desktop and on a phone: every page fits a
// 390 px screen without sideways scrolling, an emergency reads as final, unknown addresses
// are pages, and axe-core finds nothing serious.

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const PAGES = [
  "/staff",
  "/staff/safety",
  "/staff/leads",
  "/staff/alerts",
  "/staff/funnel",
  "/staff/webhooks",
  "/staff/settings",
  "/staff/team",
  "/staff/audit",
];

let test: Awaited<ReturnType<typeof createTwoClinics>>;
let server: ServerType;
let origin: string;
let browser: Browser;
let emergencyId: string;

beforeAll(async () => {
  test = await createTwoClinics();
  server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: test.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(started));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  // A routine visitor who left a lead and said the chat helped; an emergency that ended early.
  const { conversationId, client } = await conversationWithLead(test);
  expect(
    (
      await postJson(
        test.app,
        "/api/events",
        { clinic: "demo", type: "feedback", conversationId, helpful: true },
        { "x-visitor-token": client.token ?? "" },
      )
    ).status,
  ).toBe(204);
  const emergency = new TestChatClient(test.app);
  await emergency.send();
  await emergency.send("I fell off my bike and now my foot is cold and looks pale");
  emergencyId = emergency.id;
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  test?.close();
});

async function signedInPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ baseURL: origin, bypassCSP: true, viewport });
  const page = await context.newPage();
  await page.goto("/staff/login");
  await page.getByLabel("Email").fill("owner@demo.test");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${origin}/staff`);
  return page;
}

async function seriousViolations(page: Page): Promise<unknown[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
          ): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }> }>;
        };
      }
    ).axe;
    return (await axe.run(document)).violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target).slice(0, 3),
    }));
  });
  return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}

describe("the staff dashboard on a desktop and a phone", { timeout: 120_000 }, () => {
  it("the conversation list shows an emergency as final and the visitor's feedback", async () => {
    const page = await signedInPage({ width: 1280, height: 800 });
    const emergencyRow = page
      .getByRole("row")
      .filter({ has: page.locator(`a[href="/staff/conversations/${emergencyId}"]`) });
    expect(await emergencyRow.innerText()).toContain("Emergency");
    expect(await emergencyRow.innerText()).not.toContain("not finished");
    const leadRow = page.getByRole("row").filter({ hasText: "Dana Visitor" });
    expect(await leadRow.locator("td").nth(5).innerText()).toBe("Yes");
    await page.screenshot({ path: `${OUTPUT_DIR}staff-conversations-desktop.png`, fullPage: true });
    await page.context().close();
  });

  it("every page fits a 390 px screen without sideways scrolling and passes axe", async () => {
    const page = await signedInPage({ width: 390, height: 844 });
    for (const path of PAGES) {
      await page.goto(path);
      expect(new URL(page.url()).pathname, `${path} stays signed in`).toBe(path);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${path} is wider than the phone`,
      ).toBeLessThanOrEqual(390);
      expect(await seriousViolations(page), path).toEqual([]);
      if (path === "/staff")
        await page.screenshot({ path: `${OUTPUT_DIR}staff-conversations-phone.png`, fullPage: true });
    }
    await page.goto(`/staff/conversations/${emergencyId}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it("the visitor's follow-up page fits a phone, passes axe, and thanks them after one answer", async () => {
    const [lead] = await test.db.select().from(leads).limit(1);
    if (!lead) throw new Error("no lead");
    const token = randomToken();
    const now = Date.now();
    await test.db.insert(followUps).values({
      id: `fu-${now}`,
      clinicId: lead.clinicId,
      leadId: lead.id,
      tokenHash: await sha256Hex(token),
      dueAt: now,
      sentAt: now,
      expiresAt: now + 30 * 24 * 3_600_000,
      createdAt: now,
    });
    const context = await browser.newContext({
      baseURL: origin,
      bypassCSP: true,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto(`/follow-up/${token}`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Did you get seen?");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUTPUT_DIR}follow-up-phone.png`, fullPage: true });
    await page.getByLabel("Yes").check();
    await page.getByLabel("If you were seen: where?").selectOption("physical_therapist");
    await page.getByRole("button", { name: "Send my answer" }).click();
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Thank you");
    const again = await page.goto(`/follow-up/${token}`);
    expect(again?.status()).toBe(410);
    await context.close();
  });

  it("an unknown dashboard address is a page with the dashboard around it, and /staff/conversations is the list", async () => {
    const page = await signedInPage({ width: 1280, height: 800 });
    const missing = await page.goto("/staff/no-such-page");
    expect(missing?.status()).toBe(404);
    expect(missing?.headers()["content-type"]).toContain("text/html");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Not found");
    expect(await page.getByRole("navigation", { name: "Dashboard" }).isVisible()).toBe(true);
    await page.goto("/staff/conversations?level=emergency");
    expect(new URL(page.url()).pathname).toBe("/staff");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Conversations");
    expect(await page.locator("#f-level").inputValue()).toBe("emergency");
    await page.context().close();
  });
});
