import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type * as schema from "./schema.js";

/**
 * The database as shared code sees it: either better-sqlite3 (sync) or D1 (async). Shared
 * query code awaits every query and never opens an interactive transaction (D1 has none).
 */
export type Database = BaseSQLiteDatabase<"sync" | "async", unknown, typeof schema>;

export function newId(): string {
  return crypto.randomUUID();
}
