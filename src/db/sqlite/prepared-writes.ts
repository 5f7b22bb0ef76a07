import { getTableColumns, getTableName, Param, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "../database.js";
import { preparedQuery } from "../prepared-queries.js";
import { type RowWrite, rowWriteQuery, type WriteOp } from "../write-together.js";

// Row writes on better-sqlite3 as one prepared drizzle query per shape (table + columns):
// with a drizzle query built per write, a turn's database work took 2.3 times as long
// (sqlite/README.md). The query is the one D1 runs
// (rowWriteQuery) with placeholders for the values; drizzle binds each placeholder for its
// column, so the row's values take the same mapping as on D1.

type Runnable = { run(values?: Record<string, unknown>): unknown };

const WHERE = "__where";

function placeholders(columns: string[]): Record<string, ReturnType<typeof sql.placeholder>> {
  return Object.fromEntries(columns.map((column) => [column, sql.placeholder(column)]));
}

/** Keys with a value: as drizzle's builder, an undefined value leaves the column to its default. */
function definedValues(values: Record<string, unknown>): Record<string, unknown> {
  const defined: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(values)) if (value !== undefined) defined[column] = value;
  return defined;
}

/**
 * True when drizzle would compute a value the row leaves out ($defaultFn, $onUpdate): a
 * prepared query would compute it once and store that one value on every later write.
 */
function computesMissingValues(table: SQLiteTable, columns: string[]): boolean {
  return Object.entries(getTableColumns(table)).some(
    ([key, column]) => !columns.includes(key) && (column.defaultFn !== undefined || column.onUpdateFn !== undefined),
  );
}

function runRowWrite(db: Database, op: RowWrite): void {
  const values = definedValues("insert" in op ? op.row : op.set);
  const columns = Object.keys(values);
  const table = "insert" in op ? op.insert : op.update;
  const shape = `${"insert" in op ? "insert" : `update:${op.whereEquals[0].name}`}:${getTableName(table)}:${columns}`;
  const prepared = preparedQuery(db, shape, () => {
    if (computesMissingValues(table, columns)) return undefined;
    const where = "update" in op ? new Param(sql.placeholder(WHERE), op.whereEquals[0]) : undefined;
    return rowWriteQuery(db, op, placeholders(columns), where).prepare() as unknown as Runnable;
  });
  if (prepared) prepared.run("update" in op ? { ...values, [WHERE]: op.whereEquals[1] } : values);
  else (rowWriteQuery(db, op, values, "update" in op ? op.whereEquals[1] : undefined) as unknown as Runnable).run();
}

/** Run a group's writes, synchronously, inside the commit group's savepoint. */
export function runWrites(db: Database, ops: WriteOp[]): void {
  for (const op of ops) {
    if ("statement" in op) (op.statement as unknown as Runnable).run();
    else runRowWrite(db, op);
  }
}
