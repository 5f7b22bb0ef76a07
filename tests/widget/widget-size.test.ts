import { describe, expect, it } from "vitest";
import { buildWidgetAssets } from "../../src/widget/build.js";

// The budgets of the embed: the host page pays for the loader on every visit; the chat app
// (with its CSS) only when the visitor opens the chat.

const LOADER_BUDGET = 5 * 1024;
const APP_BUDGET = 40 * 1024;

describe("the widget stays within its gzipped size budgets", async () => {
  const assets = await buildWidgetAssets();
  const loader = assets["widget.js"].gzip.length;
  const app = assets["app.js"].gzip.length + assets["app.css"].gzip.length;
  console.log(
    `widget sizes (gzip): loader ${(loader / 1024).toFixed(2)} KB of ${LOADER_BUDGET / 1024} KB; chat app + CSS ${(app / 1024).toFixed(2)} KB of ${APP_BUDGET / 1024} KB ` +
      `(app.js ${assets["app.js"].gzip.length} B, app.css ${assets["app.css"].gzip.length} B)`,
  );

  it(`the loader is at most 5 KB gzipped`, () => {
    expect(loader).toBeLessThanOrEqual(LOADER_BUDGET);
  });

  it(`the chat app with its CSS is at most 40 KB gzipped`, () => {
    expect(app).toBeLessThanOrEqual(APP_BUDGET);
  });

  it("bundles neither the AI SDK nor zod into the browser code", () => {
    const code = new TextDecoder().decode(assets["app.js"].body) + new TextDecoder().decode(assets["widget.js"].body);
    expect(code).not.toMatch(/ZodError|zod|readUIMessageStream|DefaultChatTransport/);
  });
});
