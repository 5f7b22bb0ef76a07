import { AppError } from "../lib/errors.js";

// A reporting period of whole UTC days; `to` includes its day. Defaults to the last 30 days.

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface Period {
  from: string;
  to: string;
  fromMs: number;
  /** Exclusive end: midnight after `to`. */
  toMs: number;
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function parseDay(text: string, field: string): number {
  const ms = DATE.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(ms))
    throw new AppError("validation_failed", `Invalid value for "${field}": use a date like 2026-03-31.`, { field });
  return ms;
}

export function parsePeriod(from: string | undefined, to: string | undefined, now: number): Period {
  const toMs = to ? parseDay(to, "to") : parseDay(day(now), "to");
  const fromMs = from ? parseDay(from, "from") : toMs - 29 * DAY_MS;
  if (fromMs > toMs)
    throw new AppError("validation_failed", 'Invalid value for "from": it is after "to".', { field: "from" });
  return { from: day(fromMs), to: day(toMs), fromMs, toMs: toMs + DAY_MS };
}

/** Only local dashboard paths may be redirect targets (no open redirects). */
export function safeStaffPath(candidate: unknown, fallback = "/staff"): string {
  if (typeof candidate !== "string") return fallback;
  return /^\/staff(?:[/?#][^\s\\]*)?$/.test(candidate) && !candidate.startsWith("//") ? candidate : fallback;
}
