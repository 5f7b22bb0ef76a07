import type Sqlite from "better-sqlite3";

const STATEMENT_CACHE_LIMIT = 500;

/**
 * drizzle prepares every query it has not been given prepared, and on better-sqlite3
 * preparing cost ~7x the query itself (220 µs against 30 µs for a primary-key select). Query
 * shapes repeat with the same SQL text, so reuse the prepared statement. drizzle may switch a
 * reader into raw mode: reset it.
 */
export function cachePreparedStatements(sqlite: Sqlite.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Sqlite.Statement>();
  sqlite.prepare = ((source: string) => {
    const cached = cache.get(source);
    if (cached) {
      if (cached.reader) cached.raw(false);
      return cached;
    }
    const statement = prepare(source);
    if (cache.size >= STATEMENT_CACHE_LIMIT) cache.clear();
    cache.set(source, statement);
    return statement;
  }) as typeof sqlite.prepare;
}
