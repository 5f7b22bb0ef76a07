import { existsSync, mkdirSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { serve, type ServerType } from "@hono/node-server";
import { eq } from "drizzle-orm";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leads } from "../../src/db/schema.js";
import type { Intake } from "../../src/triage/index.js";
import { TestChatClient, latestTriage } from "../helpers/chat-client.js";
import { createTestApp } from "../helpers/test-app.js";
import { playVignette } from "../helpers/vignette-player.js";
import { PASSWORD, addStaff } from "../staff/staff-helpers.js";

// A clinic owner in a real browser: a visitor's chat and lead arrive over HTTP, the owner signs
// in, finds the lead, books it, exports the CSV, and axe-core checks every dashboard page.

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface Vignette {
  id: string;
  opening: string;
  intake: Intake;
}

let test: Awaited<ReturnType<typeof createTestApp>>;
let server: ServerType;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}. Install it once with: apt-get update && apt-get install -y --no-install-recommends chromium`,
    );
  }
  test = await createTestApp();
  await addStaff(test, test.demo, "owner@stride.example");
  server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: test.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(started));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  test?.close();
});

/** A visitor's full guided conversation, then their lead posted to the running server. */
async function visitorLeavesALead(): Promise<{ conversationId: string; leadId: string }> {
  const vignettes = JSON.parse(readFileSync(new URL("../eval/vignettes.json", import.meta.url), "utf8")) as Vignette[];
  const vignette = vignettes.find((candidate) => candidate.id === "v45-unstable-now-3-weeks");
  if (!vignette) throw new Error("vignette v45 is missing");
  const client = new TestChatClient(test.app);
  await playVignette(client, vignette.opening, vignette.intake, "labels");
  expect(latestTriage(client)?.level).toBe("routine");
  const response = await fetch(`${origin}/api/leads`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-visitor-token": client.token ?? "" },
    body: JSON.stringify({
      conversationId: client.id,
      name: "Riley Netball",
      email: "riley@example.com",
      phone: "+1 555 010 0142",
      preferredTime: "Tuesday evening",
      consent: true,
    }),
  });
  expect(response.status).toBe(201);
  return { conversationId: client.id, leadId: ((await response.json()) as { id: string }).id };
}

async function expectNoSeriousAxeViolations(page: Page, label: string): Promise<void> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)).slice(0, 5),
    }));
  });
  const serious = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious, `${label}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

describe("the staff dashboard in a browser", () => {
  it("a clinic owner signs in, finds the new lead, books it, exports the CSV, and every page passes axe", {
    timeout: 180_000,
  }, async () => {
    const { conversationId, leadId } = await visitorLeavesALead();
    // bypassCSP only so the test can inject axe-core; the pages themselves allow no script.
    const context = await browser.newContext({
      baseURL: origin,
      bypassCSP: true,
      acceptDownloads: true,
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();

    await page.goto("/staff/leads");
    await expect.poll(() => new URL(page.url()).pathname).toBe("/staff/login");
    await expectNoSeriousAxeViolations(page, "sign-in page");
    await page.getByLabel("Email").fill("owner@stride.example");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${origin}/staff/leads`);

    const row = page.getByRole("row").filter({ hasText: "Riley Netball" });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain("good candidate for PT");
    await expectNoSeriousAxeViolations(page, "leads page");
    await row.getByLabel("Status for Riley Netball").selectOption("booked");
    await row.getByLabel("Notes for Riley Netball").fill("Booked Tue 6pm with Alex");
    await row.getByRole("button", { name: "Save lead Riley Netball" }).click();
    await page.waitForURL(/notice=lead-saved/);
    expect(await page.getByRole("status").textContent()).toBe("Lead saved.");
    const [saved] = await test.db.select().from(leads).where(eq(leads.id, leadId));
    expect(saved).toMatchObject({ status: "booked", notes: "Booked Tue 6pm with Alex" });

    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export all leads as CSV" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^leads-demo-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path()) ?? "", "utf8");
    expect(csv).toContain("Riley Netball");
    expect(csv).toContain(",booked,");
    expect(csv).toContain("'+15550100142");

    await page.getByRole("link", { name: "Conversation with Riley Netball" }).click();
    await page.waitForURL(`${origin}/staff/conversations/${conversationId}`);
    expect(await page.getByRole("heading", { name: "Intake" }).isVisible()).toBe(true);
    expect(await page.locator("#disposition-heading + p").textContent()).toContain("Routine");
    expect(await page.textContent("body")).toContain("R-INSTABILITY");
    await expectNoSeriousAxeViolations(page, "conversation page");
    mkdirSync("test-output", { recursive: true });
    await page.screenshot({ path: "test-output/staff-conversation.png", fullPage: true });

    for (const path of [
      "/staff",
      "/staff/safety",
      "/staff/funnel",
      "/staff/webhooks",
      "/staff/settings",
      "/staff/team",
      "/staff/audit",
    ]) {
      await page.goto(path);
      expect(new URL(page.url()).pathname, `${path} stays signed in`).toBe(path);
      await expectNoSeriousAxeViolations(page, path);
    }
    expect(await page.textContent("body")).toContain("lead status change");

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/staff\/login/);
    await page.goto("/staff");
    expect(new URL(page.url()).pathname).toBe("/staff/login");
    await context.close();
  });
});
