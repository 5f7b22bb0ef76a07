import type { D1Migration } from "cloudflare:test";

// The bindings as the Workers runtime types them; passing this env to the Worker's code (typed
// by shape in src/worker/env.ts) checks that the real bindings fit those shapes.
declare global {
  namespace Cloudflare {
    interface Env {
      DB: D1Database;
      ASSETS: Fetcher;
      CHAT_IP_LIMITER: RateLimit;
      CHAT_CONVERSATION_LIMITER: RateLimit;
      LEAD_IP_LIMITER: RateLimit;
      EVENT_IP_LIMITER: RateLimit;
      NODE_ENV: string;
      CHAT_RATE_LIMIT_PER_MINUTE: string;
      PUBLIC_URL: string;
      TEST_MIGRATIONS: D1Migration[];
    }
    // Types `exports.default` (from "cloudflare:workers") as the Worker entry.
    interface GlobalProps {
      mainModule: typeof import("../../src/worker.js");
    }
  }
}
