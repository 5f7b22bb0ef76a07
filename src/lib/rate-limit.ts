import { AppError } from "./errors.js";

// Per-address and per-conversation limits on chat, leads and widget events. On Workers the platform's rate-limit
// binding counts; on Node an in-process fixed window does (one process serves one machine).

export interface RateRule {
  /** Stable name; on Workers it selects the binding. */
  name: "chat-ip" | "chat-conversation" | "lead-ip" | "event-ip";
  limit: number;
  /** Workers bindings support 10 or 60 seconds. */
  periodSeconds: 10 | 60;
}

export interface RateLimiter {
  /** Count one hit against `key`; false when it is over the limit. */
  hit(rule: RateRule, key: string): Promise<boolean>;
}

/** The limits; `chatPerMinute` 0 switches them all off (tests, benchmarks). */
export function rateRules(chatPerMinute: number): Record<RateRule["name"], RateRule> {
  const on = chatPerMinute > 0;
  return {
    "chat-ip": { name: "chat-ip", limit: chatPerMinute, periodSeconds: 60 },
    // A visitor tapping answers quickly sends a message every second or two at most.
    "chat-conversation": { name: "chat-conversation", limit: on ? 40 : 0, periodSeconds: 60 },
    "lead-ip": { name: "lead-ip", limit: on ? 5 : 0, periodSeconds: 60 },
    // A visit reports a handful of funnel events (opened, form shown, a button); 60 a minute
    // leaves room for a few visitors behind one address.
    "event-ip": { name: "event-ip", limit: on ? 60 : 0, periodSeconds: 60 },
  };
}

export function createMemoryRateLimiter(now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = now();
  return {
    async hit(rule, key) {
      const time = now();
      const periodMs = rule.periodSeconds * 1000;
      if (time - lastSweep > periodMs * 2) {
        // Drop finished windows so the map does not grow with every address ever seen.
        for (const [name, window] of windows) if (time - window.start >= 60_000) windows.delete(name);
        lastSweep = time;
      }
      const id = `${rule.name}:${key}`;
      const window = windows.get(id);
      if (!window || time - window.start >= periodMs) {
        windows.set(id, { start: time, count: 1 });
        return true;
      }
      window.count += 1;
      return window.count <= rule.limit;
    },
  };
}

/** Throw the friendly 429 when the limit is reached; a limit of 0 switches the rule off. */
export async function enforceRateLimit(
  limiter: RateLimiter,
  rule: RateRule,
  key: string,
  message: string,
): Promise<void> {
  if (rule.limit <= 0) return;
  if (await limiter.hit(rule, key)) return;
  throw new AppError("rate_limited", message, { retryAfterSeconds: rule.periodSeconds });
}
