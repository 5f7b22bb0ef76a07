import { eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "./database.js";

/**
 * One write of a group that must land together: a row insert, a row update by one column, or
 * any drizzle statement. Plain rows let SQLite run one prepared query per shape
 * (sqlite/prepared-writes.ts) instead of building a drizzle query per write.
 */
export type WriteOp = RowWrite | { statement: BatchItem<"sqlite"> };
export type RowWrite =
  | { insert: SQLiteTable; row: Record<string, unknown> }
  | { update: SQLiteTable; set: Record<string, unknown>; whereEquals: [SQLiteColumn, unknown] };

/**
 * The drizzle query of a row write, the same on both drivers: D1 gets it with the row's values,
 * SQLite prepares it once with placeholders for them. Either way drizzle maps every value for
 * its column (a boolean to 0/1, and so on), so both drivers store the same.
 */
export function rowWriteQuery(db: Database, op: RowWrite, values: Record<string, unknown>, where: unknown) {
  if ("insert" in op) return db.insert(op.insert).values(values);
  return db.update(op.update).set(values).where(eq(op.whereEquals[0], where));
}

/** Lands a group of writes on a driver without batches; better-sqlite3's is its commit group. */
export type WriteRunner = (ops: WriteOp[]) => Promise<void>;
const runners = new WeakMap<Database, WriteRunner>();

/** Called where a better-sqlite3 database is opened (sqlite/node-database.ts). */
export function setWriteRunner(db: Database, runner: WriteRunner): void {
  runners.set(db, runner);
}

type Batchable = { batch?: (items: Array<BatchItem<"sqlite">>) => Promise<unknown> };

/**
 * Run several writes so they land together: one D1 batch on Workers (D1 has no interactive
 * transactions), one savepoint of a group commit on better-sqlite3 (sqlite/commit-group.ts).
 */
export async function writeOpsTogether(db: Database, ops: WriteOp[]): Promise<void> {
  if (ops.length === 0) return;
  const runner = runners.get(db);
  if (runner) return runner(ops);
  const { batch } = db as unknown as Batchable;
  if (typeof batch !== "function")
    throw new Error("A better-sqlite3 database must be opened with createNodeDatabase (it sets the write runner).");
  await batch.call(
    db,
    ops.map((op) => {
      if ("statement" in op) return op.statement;
      return rowWriteQuery(db, op, "insert" in op ? op.row : op.set, "update" in op ? op.whereEquals[1] : undefined);
    }),
  );
}

export async function writeTogether(db: Database, statements: Array<BatchItem<"sqlite">>): Promise<void> {
  await writeOpsTogether(
    db,
    statements.map((statement) => ({ statement })),
  );
}
