import { existsSync, mkdirSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { chromium, type Browser, type Frame, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { readIncomingBody, socketAddress } from "../../src/lib/node-request.js";
import { memoryWidgetAssets } from "../../src/widget/widget-assets.js";
import { buildWidgetAssets } from "../../src/widget/build.js";
import { createTestApp } from "../helpers/test-app.js";

// The real app on a random port over an in-memory database, wired as server.ts wires it, with
// the widget built in memory, driven by Debian's chromium through playwright-core.

export const CHROMIUM = "/usr/bin/chromium";
export const OUTPUT_DIR = new URL("../../test-output/", import.meta.url).pathname;

export async function startServer(env: Record<string, string> = {}) {
  // The port is known only once the server listens, and the app's public origin (every
  // absolute link, the demo page's embed snippet) must be that address: listen first.
  let app: Awaited<ReturnType<typeof createTestApp>>["app"] | undefined;
  const server = serve({
    fetch: (request, ...rest) => (app ? app.fetch(request, ...rest) : new Response("starting", { status: 503 })),
    port: 0,
    hostname: "127.0.0.1",
  });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const test = await createTestApp({
    widgetAssets: memoryWidgetAssets(await buildWidgetAssets()),
    readBody: readIncomingBody,
    clientAddress: socketAddress,
    env: { PUBLIC_URL: baseUrl, ...env },
  });
  app = test.app;
  return {
    ...test,
    baseUrl,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      test.close();
    },
  };
}

/** One browser and one app server for a test file, started before and stopped after it. */
export function useBrowserAndServer() {
  const bed = {} as { browser: Browser; server: Awaited<ReturnType<typeof startServer>> };
  beforeAll(async () => {
    bed.browser = await launchChromium();
    bed.server = await startServer();
  });
  afterAll(async () => {
    await bed.browser?.close();
    await bed.server?.stop();
  });
  return bed;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    // Fail loudly: a skipped browser test would hide a broken widget.
    throw new Error(
      `Chromium is missing at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y --no-install-recommends chromium`,
    );
  }
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Fail the test on any script error in the page or the frame. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

export async function chatFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector("#knee-triage-widget >> iframe");
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("the chat iframe has no frame");
  await frame.waitForSelector(".log");
  return frame;
}

/** Wait until the reply to the latest request has finished streaming. */
export async function waitForReply(frame: Frame, assistantMessagesBefore: number): Promise<void> {
  await frame.waitForFunction(
    (before) =>
      document.querySelector(".log")?.getAttribute("aria-busy") === "false" &&
      document.querySelectorAll(".message-assistant").length > before,
    assistantMessagesBefore,
  );
}

/** Open the demo page, click the launcher and wait for the greeting; returns the chat frame. */
export async function openWidget(page: Page, baseUrl: string): Promise<Frame> {
  await page.goto(`${baseUrl}/`);
  await page.click("#knee-triage-widget >> .launcher");
  const frame = await chatFrame(page);
  await waitForReply(frame, 0);
  return frame;
}

export const assistantCount = (frame: Frame) => frame.locator(".message-assistant").count();

/**
 * Tab from the focused control until `name` has focus, as a keyboard user would, then Enter.
 * From the message box the answers are above, so it tabs backwards (Shift+Tab).
 */
export async function tabToAndPress(
  page: Page,
  frame: Frame,
  name: string | RegExp,
  key = "Enter",
  maxTabs = 30,
): Promise<void> {
  const backwards = await frame.evaluate(() => document.activeElement?.id === "composer-input");
  for (let step = 0; step <= maxTabs; step += 1) {
    const focused = await frame.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element ? (element.getAttribute("aria-label") ?? element.textContent ?? "").trim() : "";
    });
    if (typeof name === "string" ? focused === name : name.test(focused)) {
      await page.keyboard.press(key);
      return;
    }
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`could not reach "${String(name)}" with the Tab key`);
}

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown }> }>;
}

const axeSource = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

/** axe-core in the page or frame (evaluate bypasses the frame's CSP); serious and critical only. */
export async function seriousA11yViolations(target: Page | Frame): Promise<string[]> {
  await target.evaluate(axeSource);
  const result = (await target.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<unknown> } }).axe.run(
      document,
      {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        iframes: false,
      },
    ),
  )) as AxeResult;
  return result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
    );
}

export function expectNoErrors(errors: string[]): void {
  expect(errors, errors.join("\n")).toEqual([]);
}
