import { drizzle, type AnyD1Database } from "drizzle-orm/d1";
import type { Database } from "../db/database.js";
import * as schema from "../db/schema.js";

/**
 * D1 through drizzle-orm/d1, typed as the shared `Database`. Its `batch` is what
 * writeTogether uses (D1 has no interactive transactions). The schema comes from the same
 * drizzle migrations, applied by `wrangler d1 migrations apply` rather than at start-up.
 */
export function createD1Database(binding: AnyD1Database): Database {
  return drizzle(binding, { schema }) as unknown as Database;
}
