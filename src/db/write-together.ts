import { eq, getTableName, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { commitGroupOf } from "./commit-group.js";
import type { Database } from "./database.js";

/** One write of a group that must land together. Plain rows let the SQLite side reuse statements. */
export type WriteOp =
  | { insert: SQLiteTable; row: Record<string, unknown> }
  | { update: SQLiteTable; set: Record<string, unknown>; whereEquals: [SQLiteColumn, string] }
  | { statement: BatchItem<"sqlite"> };

type Batchable = { batch?: (items: unknown) => Promise<unknown> };
type Runnable = { run(values?: Record<string, unknown>): unknown };

function asBuilder(db: Database, op: WriteOp): BatchItem<"sqlite"> {
  if ("statement" in op) return op.statement;
  if ("insert" in op) return db.insert(op.insert).values(op.row);
  return db.update(op.update).set(op.set).where(eq(op.whereEquals[0], op.whereEquals[1]));
}

// Statements prepared with placeholders, per database and per shape (table + columns): on
// better-sqlite3 building a drizzle query costs more than running it.
const preparedByDatabase = new WeakMap<Database, Map<string, Runnable>>();

function placeholders(columns: string[]): Record<string, ReturnType<typeof sql.placeholder>> {
  return Object.fromEntries(columns.map((column) => [column, sql.placeholder(column)]));
}

function preparedFor(db: Database, op: Exclude<WriteOp, { statement: BatchItem<"sqlite"> }>): Runnable {
  let cache = preparedByDatabase.get(db);
  if (!cache) preparedByDatabase.set(db, (cache = new Map()));
  const table = "insert" in op ? op.insert : op.update;
  const columns = Object.keys("insert" in op ? op.row : op.set);
  const key = `${"insert" in op ? "insert" : "update"}:${getTableName(table)}:${columns.join(",")}`;
  let prepared = cache.get(key);
  if (!prepared) {
    prepared =
      "insert" in op
        ? (db.insert(op.insert).values(placeholders(columns)).prepare() as unknown as Runnable)
        : (db
            .update(op.update)
            .set(placeholders(columns))
            .where(eq(op.whereEquals[0], sql.placeholder("__where")))
            .prepare() as unknown as Runnable);
    cache.set(key, prepared);
  }
  return prepared;
}

/** Placeholders skip drizzle's value mapping: SQLite stores booleans as 0/1. */
function driverValues(values: Record<string, unknown>): Record<string, unknown> {
  const mapped: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(values))
    mapped[column] = typeof value === "boolean" ? Number(value) : value;
  return mapped;
}

/**
 * Run several writes so they land together: one D1 batch on Workers (D1 has no interactive
 * transactions), one savepoint of a group commit on better-sqlite3 (see commit-group.ts).
 */
export async function writeOpsTogether(db: Database, ops: WriteOp[]): Promise<void> {
  if (ops.length === 0) return;
  const { batch } = db as unknown as Batchable;
  if (typeof batch === "function") {
    await batch.call(
      db,
      ops.map((op) => asBuilder(db, op)),
    );
    return;
  }
  const write = () => {
    for (const op of ops) {
      if ("statement" in op) (op.statement as unknown as Runnable).run();
      else if ("insert" in op) preparedFor(db, op).run(driverValues(op.row));
      else preparedFor(db, op).run({ ...driverValues(op.set), __where: op.whereEquals[1] });
    }
  };
  const commitGroup = commitGroupOf(db);
  if (!commitGroup)
    throw new Error("A better-sqlite3 database must be opened with createNodeDatabase (it attaches the commit group).");
  await commitGroup.add(write);
}

export async function writeTogether(db: Database, statements: Array<BatchItem<"sqlite">>): Promise<void> {
  await writeOpsTogether(
    db,
    statements.map((statement) => ({ statement })),
  );
}
