import { env, exports } from "cloudflare:workers";
import type { App } from "../../src/app.js";
import { createD1Database } from "../../src/worker/d1-database.js";

// Requests go through the Worker's own fetch handler (src/worker.ts), as Cloudflare would send
// them: bindings from wrangler.toml, a cf-connecting-ip per simulated visitor.

export const ORIGIN = "http://clinic.test";

/** A fresh (documentation-range IPv6) address, so per-IP limits never leak between tests. */
export function newVisitorAddress(): string {
  const hex = crypto.randomUUID().replace(/-/g, "");
  return `2001:db8:${hex.slice(0, 4)}:${hex.slice(4, 8)}::${hex.slice(8, 12)}`;
}

export function workerFetch(path: string, init: RequestInit = {}, address = "198.51.100.7"): Promise<Response> {
  const request = new Request(new URL(path, ORIGIN), init);
  request.headers.set("cf-connecting-ip", address);
  return exports.default.fetch(request);
}

export function postJson(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
  address?: string,
): Promise<Response> {
  return workerFetch(
    path,
    { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) },
    address,
  );
}

/**
 * The Worker behind the `app.request` shape tests/helpers/chat-client.ts drives, so the chat
 * tests here use the same AI SDK client code (DefaultChatTransport + readUIMessageStream).
 */
export function workerAsApp(address: string): App {
  const requestable = { request: (url: string, init?: RequestInit) => workerFetch(url, init, address) };
  return requestable as unknown as App;
}

/** The test D1 through the app's own query code, for seeding and checking rows. */
export function testDb() {
  return createD1Database(env.DB);
}
