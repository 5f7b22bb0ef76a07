import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

// Rate-limit counters (Node).

/** Fixed-window counters for rate limits and login throttling on Node. */
export const rateCounters = sqliteTable("rate_counters", {
  key: text("key").primaryKey(),
  windowStart: integer("window_start").notNull(),
  count: integer("count").notNull(),
});
