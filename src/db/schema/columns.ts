import { sql } from "drizzle-orm";
import { integer } from "drizzle-orm/sqlite-core";

// One schema for SQLite on Node (better-sqlite3) and D1 on Workers. Times are epoch ms.

export const createdAt = () => integer("created_at").notNull().default(sql`(unixepoch() * 1000)`);
