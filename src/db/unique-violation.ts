// A write refused by a UNIQUE or PRIMARY KEY constraint, however the driver reports it:
// better-sqlite3 throws SqliteError with a code, D1 an Error whose message names the
// constraint, and drizzle may wrap either as the `cause` of its own error.

export function isUniqueViolation(error: unknown): boolean {
  for (
    let current: unknown = error, depth = 0;
    current instanceof Error && depth < 5;
    current = current.cause, depth += 1
  ) {
    const code = (current as { code?: unknown }).code;
    if (code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") return true;
    if (/UNIQUE constraint failed|SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)/.test(current.message)) return true;
  }
  return false;
}
