import type { Database } from "./database.js";

// Drizzle prepared queries kept per database and query shape. Building a drizzle query costs
// several times running it on SQLite (a primary-key select: ~75 µs built each time, ~5 µs
// prepared; figures in sqlite/README.md), so the queries every chat turn makes are built once.
// A drizzle prepared query is driver-neutral: the same one runs on D1, where it saves the same
// building. Placeholders in it keep drizzle's value mapping (each is bound for its column).

const byDatabase = new WeakMap<Database, Map<string, unknown>>();

/** The prepared query stored under `key` for this database, prepared by `prepare` the first time. */
export function preparedQuery<T>(db: Database, key: string, prepare: () => T): T {
  let queries = byDatabase.get(db);
  if (!queries) byDatabase.set(db, (queries = new Map()));
  if (!queries.has(key)) queries.set(key, prepare());
  return queries.get(key) as T;
}
