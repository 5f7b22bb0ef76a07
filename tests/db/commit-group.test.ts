import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { ensureDemoClinic } from "../../src/db/clinics.js";
import { newId, type Database } from "../../src/db/database.js";
import { createNodeDatabase } from "../../src/db/sqlite/node-database.js";
import { events } from "../../src/db/schema.js";
import { writeTogether } from "../../src/db/write-together.js";

// Group commit: writes from one turn of the event loop share a transaction, each in its own
// savepoint. What a visitor relies on: once a write's promise resolves it is committed (a second
// connection, like the dashboard's, reads it), and one failing write never takes others down.

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function openFileDatabase() {
  const directory = mkdtempSync(join(tmpdir(), "knee-group-"));
  const path = join(directory, "group.db");
  const database = createNodeDatabase(path);
  const clinic = await ensureDemoClinic(database.db);
  const reader = new Sqlite(path, { readonly: true });
  cleanup = () => {
    reader.close();
    database.close();
    rmSync(directory, { recursive: true, force: true });
  };
  const committedTypes = () =>
    (reader.prepare("SELECT type FROM events ORDER BY type").all() as Array<{ type: string }>).map((row) => row.type);
  return { db: database.db, clinic, path, committedTypes };
}

function eventInsert(db: Database, clinicId: string, type: string, id = newId()) {
  return db.insert(events).values({ id, clinicId, type, createdAt: Date.now() });
}

describe("group commit on SQLite", () => {
  it("writes started together are all committed, and readable from another connection, once each resolves", async () => {
    const { db, clinic, committedTypes } = await openFileDatabase();
    const writes = ["a", "b", "c", "d"].map((type) => writeTogether(db, [eventInsert(db, clinic.id, type)]));
    await Promise.all(writes);
    expect(committedTypes()).toEqual(["a", "b", "c", "d"]);
  });

  it("a write that fails rolls back alone: its own statements are undone, the others in its group land", async () => {
    const { db, clinic, committedTypes } = await openFileDatabase();
    const taken = newId();
    await writeTogether(db, [eventInsert(db, clinic.id, "first", taken)]);
    const results = await Promise.allSettled([
      writeTogether(db, [eventInsert(db, clinic.id, "before")]),
      // Its first statement succeeds, its second repeats a primary key: neither may remain.
      writeTogether(db, [eventInsert(db, clinic.id, "half-done"), eventInsert(db, clinic.id, "duplicate", taken)]),
      writeTogether(db, [eventInsert(db, clinic.id, "after")]),
    ]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE constraint failed/);
    expect(committedTypes()).toEqual(["after", "before", "first"]);
  });

  it("a group that cannot take the write lock fails every write in it and commits none", async () => {
    const { db, clinic, path, committedTypes } = await openFileDatabase();
    (db as unknown as { $client: Sqlite.Database }).$client.pragma("busy_timeout = 50");
    const other = new Sqlite(path);
    other.prepare("BEGIN IMMEDIATE").run();
    try {
      const results = await Promise.allSettled([
        writeTogether(db, [eventInsert(db, clinic.id, "x")]),
        writeTogether(db, [eventInsert(db, clinic.id, "y")]),
      ]);
      expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
      expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/database is locked/);
    } finally {
      other.prepare("ROLLBACK").run();
      other.close();
    }
    // The next group works again once the lock is free.
    await writeTogether(db, [eventInsert(db, clinic.id, "z")]);
    expect(committedTypes()).toEqual(["z"]);
    expect(await db.select().from(events).where(eq(events.type, "x"))).toEqual([]);
  });
});
