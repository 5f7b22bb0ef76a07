import type { html } from "hono/html";

// Every server-written page (the staff dashboard, the follow-up pages, the knowledge articles,
// the widget frame, the demo page) is built with hono's `html` tag from "hono/html": each
// interpolated value goes through hono's escaper unless it is raw() markup our own code built,
// so visitor words can never become markup. hono's escaper is the app's only one.

/** What hono's html tag returns. Its type allows a Promise, which only an interpolated Promise makes. */
export type Markup = ReturnType<typeof html>;

/**
 * The finished page as text. No page interpolates a Promise, so this never waits; if one ever
 * did, it fails loudly rather than sending "[object Promise]" to a browser.
 */
export function pageText(markup: Markup): string {
  if (markup instanceof Promise) throw new TypeError("page markup must be synchronous");
  return markup.toString();
}
