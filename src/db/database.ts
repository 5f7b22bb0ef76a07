import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type * as schema from "./schema.js";

/**
 * The database as shared code sees it: either better-sqlite3 (sync) or D1 (async). Shared
 * query code awaits every query and never opens an interactive transaction (D1 has none).
 */
export type Database = BaseSQLiteDatabase<"sync" | "async", unknown, typeof schema>;

/**
 * A UUIDv7 (RFC 9562): 48 bits of milliseconds, then random bits. Time-ordered ids put each new
 * row at the right edge of its id index, where the rows of the same moment share a page;
 * random ids touched a different index page per row, and SQLite's WAL writes each touched
 * page whole at commit.
 */
export function newId(): string {
  // randomUUID's random bits (it draws from a pooled buffer; per-call getRandomValues cost 5%
  // of a chat turn's CPU), with the time in front and the version set to 7.
  const random = crypto.randomUUID();
  const time = Date.now().toString(16).padStart(12, "0");
  return `${time.slice(0, 8)}-${time.slice(8)}-7${random.slice(15)}`;
}
