import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterEach, describe, expect, it } from "vitest";
import { createNodeDatabase } from "../../src/db/sqlite/node-database.js";

// A database created before a migration is brought up to date when the server opens it, and
// keeps its rows: here the drop of intake_snapshots.message_id (0006), which nothing wrote.

const migrations = new URL("../../drizzle/", import.meta.url).pathname;
let directory: string | undefined;
afterEach(() => {
  if (directory) rmSync(directory, { recursive: true, force: true });
});

/** The drizzle folder as it was up to and including migration `last`. */
function migrationsUpTo(last: number): string {
  const folder = join(directory ?? "", "drizzle");
  cpSync(migrations, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: Array<{ idx: number }> };
  journal.entries = journal.entries.filter((entry) => entry.idx <= last);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

describe("migrations on an existing SQLite database", () => {
  it("drop intake_snapshots.message_id and keep the snapshots", async () => {
    directory = mkdtempSync(join(tmpdir(), "knee-migrate-"));
    const path = join(directory, "old.db");
    const old = new Sqlite(path);
    migrate(drizzle(old), { migrationsFolder: migrationsUpTo(5) });
    old.exec(`
      INSERT INTO clinics (id, slug, name) VALUES ('c1', 'old', 'Old PT');
      INSERT INTO conversations (id, clinic_id, visitor_token_hash) VALUES ('v1', 'c1', 'h');
      INSERT INTO intake_snapshots (id, conversation_id, message_id, source, changes, intake)
        VALUES ('s1', 'v1', NULL, 'free_text', '{"side":"left"}', '{"side":"left"}');
    `);
    old.close();

    const database = createNodeDatabase(path);
    try {
      const sqlite = (database.db as unknown as { $client: Sqlite.Database }).$client;
      const columns = (sqlite.prepare("PRAGMA table_info(intake_snapshots)").all() as Array<{ name: string }>).map(
        (column) => column.name,
      );
      expect(columns).not.toContain("message_id");
      expect(columns).toContain("changes");
      expect(sqlite.prepare("SELECT id, changes FROM intake_snapshots").all()).toEqual([
        { id: "s1", changes: '{"side":"left"}' },
      ]);
    } finally {
      await database.close();
    }
  });
});
