import type { AnyD1Database } from "drizzle-orm/d1";

// The Worker's bindings and vars (wrangler.toml), typed by their shape rather than through
// @cloudflare/workers-types: the Node type-check of src/ keeps its DOM and Node globals, and
// tests/workers (compiled with the Workers types) checks that the real bindings fit these shapes.

/** A Workers Rate Limiting binding ([[ratelimits]]). */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** The static assets binding ([assets] binding = "ASSETS"): a fetcher over the asset files. */
export interface AssetsBinding {
  fetch(input: string): Promise<Response>;
}

export interface WorkerEnv {
  DB: AnyD1Database;
  ASSETS?: AssetsBinding;
  CHAT_IP_LIMITER?: RateLimitBinding;
  CHAT_CONVERSATION_LIMITER?: RateLimitBinding;
  LEAD_IP_LIMITER?: RateLimitBinding;
  EVENT_IP_LIMITER?: RateLimitBinding;
  /** Vars ([vars]) and secrets (`wrangler secret put`): the Node server's names (src/config.ts). */
  NODE_ENV?: string;
  CHAT_RATE_LIMIT_PER_MINUTE?: string;
  PUBLIC_URL?: string;
  /** Leave unset on Workers: the entry already reads cf-connecting-ip, set by Cloudflare's edge. */
  TRUSTED_PROXY?: string;
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
  OPENAI_MODEL?: string;
  LLM_TIMEOUT_MS?: string;
  SESSION_SECRET?: string;
  /** Staff alerts and follow-ups by HTTP mail API (secret; README "Mail on Workers"). */
  MAIL_API_KEY?: string;
  MAIL_API_URL?: string;
  MAIL_FROM?: string;
}

/** The parts of the Workers ExecutionContext the entry uses. */
export interface WorkerContext {
  waitUntil(promise: Promise<unknown>): void;
  passThroughOnException(): void;
  props: unknown;
}

/** The parts of a cron trigger's ScheduledController the entry uses. */
export interface ScheduledEvent {
  cron: string;
  scheduledTime: number;
}

/** String-valued entries only: bindings are objects, settings are strings. */
export function settingsOf(env: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}
