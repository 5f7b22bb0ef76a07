import { createMemoryRateLimiter, type RateLimiter, type RateRule } from "../lib/rate-limit.js";
import type { RateLimitBinding, WorkerEnv } from "./env.js";

// The RateLimiter interface over the Workers Rate Limiting bindings, one binding per rule.
// The binding's own limit and period (wrangler.toml) are what count on Workers; the rule's
// limit only decides whether the rule is on (0 switches it off, in enforceRateLimit).

export const RATE_LIMIT_BINDINGS = {
  "chat-ip": "CHAT_IP_LIMITER",
  "chat-conversation": "CHAT_CONVERSATION_LIMITER",
  "lead-ip": "LEAD_IP_LIMITER",
  "event-ip": "EVENT_IP_LIMITER",
} as const satisfies Record<RateRule["name"], keyof WorkerEnv>;

export function bindingRateLimiter(env: WorkerEnv, now: () => number = Date.now): RateLimiter {
  // A deployment without a binding still limits, per isolate, rather than not at all.
  const fallback = createMemoryRateLimiter(now);
  const warned = new Set<string>();
  return {
    async hit(rule, key) {
      const name = RATE_LIMIT_BINDINGS[rule.name];
      const binding: RateLimitBinding | undefined = env[name];
      if (!binding) {
        if (!warned.has(name)) console.warn(`No ${name} rate-limit binding: counting in this isolate only.`);
        warned.add(name);
        return fallback.hit(rule, key);
      }
      try {
        return (await binding.limit({ key })).success;
      } catch (error) {
        // Fail open: a limiter outage must not stop a visitor reaching emergency advice.
        console.error(`${name} failed; letting the request through`, error);
        return true;
      }
    },
  };
}
