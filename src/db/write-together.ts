import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "./database.js";

/**
 * Run several writes so they land together: one D1 batch on Workers (D1 has no interactive
 * transactions), one synchronous transaction on better-sqlite3.
 */
export async function writeTogether(db: Database, statements: Array<BatchItem<"sqlite">>): Promise<void> {
  if (statements.length === 0) return;
  const batch = (db as unknown as { batch?: (items: unknown) => Promise<unknown> }).batch;
  if (typeof batch === "function") {
    await batch.call(db, statements);
    return;
  }
  db.transaction(() => {
    for (const statement of statements) (statement as unknown as { run(): unknown }).run();
  });
}
