import type { AppDeps } from "../app-deps.js";

/**
 * The visitor's address for per-IP limits and login throttling, as the entry point knows it
 * (the Node socket, or Cloudflare's cf-connecting-ip). Never read from a request header here:
 * on Node any client could send one and slip past a limit.
 */
export function clientAddressOf(c: { get(key: "deps"): AppDeps; req: { raw: Request }; env: unknown }): string {
  return c.get("deps").clientAddress?.(c.req.raw, c.env) ?? "unknown";
}
