import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Sqlite from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Database } from "../database.js";
import * as schema from "../schema.js";
import { setWriteRunner } from "../write-together.js";
import { CommitGroup } from "./commit-group.js";
import { runWrites } from "./prepared-writes.js";
import { startWalCheckpointer } from "./wal-checkpointer.js";

// The same drizzle-kit migrations D1 applies (wrangler.toml migrations_dir).
const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), "../../../drizzle");

export interface NodeDatabase {
  db: Database;
  /** Stops the checkpoint thread, then closes: a clean close leaves no WAL behind. */
  close(): Promise<void>;
}

export interface NodeDatabaseOptions {
  /** Checkpoint from a worker thread (the server); short-lived commands checkpoint inline. */
  backgroundCheckpoints?: boolean;
}

/** Open (creating if needed) and migrate a SQLite database; ":memory:" gives a private one. */
export function createNodeDatabase(path: string, options: NodeDatabaseOptions = {}): NodeDatabase {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Sqlite(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // Checkpoint every ~40 MB of WAL rather than every 4 MB: each chat turn rewrites the same hot
  // pages (the conversation row, index leaves), and a checkpoint copies only their last version,
  // so fewer, larger checkpoints copy and fsync far less. Measured by npm run bench (issue 3).
  sqlite.pragma("wal_autocheckpoint = 10000");
  sqlite.pragma("journal_size_limit = 67108864");
  const sqliteDb = drizzle(sqlite, { schema });
  migrate(sqliteDb, { migrationsFolder });
  const db = sqliteDb as unknown as Database;
  const commitGroup = new CommitGroup(sqlite);
  setWriteRunner(db, (ops) => commitGroup.add(() => runWrites(db, ops)));
  const checkpointer = options.backgroundCheckpoints && path !== ":memory:" ? startWalCheckpointer(path) : undefined;
  // With checkpoints in the background the app's own only back them up, should that thread stop
  // and the WAL reach ~200 MB.
  if (checkpointer) sqlite.pragma("wal_autocheckpoint = 50000");
  return {
    db,
    close: async () => {
      await checkpointer?.stop();
      sqlite.close();
    },
  };
}
