import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensureDemoClinic } from "../../src/db/clinics.js";
import { newId } from "../../src/db/database.js";
import { createNodeDatabase } from "../../src/db/sqlite/node-database.js";
import { events } from "../../src/db/schema.js";
import { writeTogether } from "../../src/db/write-together.js";

// The server checkpoints from a worker thread (src/db/sqlite/wal-checkpointer.ts): what it promises is
// that committed rows reach the database file without the app's own connection doing it, and
// that a clean shutdown leaves no WAL behind.

let directory = "";
afterEach(() => rmSync(directory, { recursive: true, force: true }));

async function writeAboutAMegabyte(options: { backgroundCheckpoints: boolean }) {
  directory = mkdtempSync(join(tmpdir(), "knee-wal-"));
  const path = join(directory, "wal.db");
  const database = createNodeDatabase(path, options);
  const clinic = await ensureDemoClinic(database.db);
  const before = statSync(path).size;
  const data = "x".repeat(1000);
  for (let batch = 0; batch < 20; batch += 1) {
    await writeTogether(
      database.db,
      Array.from({ length: 50 }, () =>
        database.db
          .insert(events)
          .values({ id: newId(), clinicId: clinic.id, type: "load", data, createdAt: Date.now() }),
      ),
    );
  }
  return { database, path, before };
}

async function fileGrowth(path: string, before: number, withinMs: number): Promise<number> {
  const deadline = Date.now() + withinMs;
  while (statSync(path).size - before < 500_000 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  return statSync(path).size - before;
}

describe("background checkpoints", () => {
  it("copy committed rows into the database file from another thread, and a clean close leaves no WAL", async () => {
    const { database, path, before } = await writeAboutAMegabyte({ backgroundCheckpoints: true });
    expect(await fileGrowth(path, before, 3_000)).toBeGreaterThan(500_000);
    await database.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it("without them the rows stay in the WAL until the app's own checkpoint (the control)", async () => {
    const { database, path, before } = await writeAboutAMegabyte({ backgroundCheckpoints: false });
    expect(await fileGrowth(path, before, 600)).toBeLessThan(500_000);
    await database.close();
  });
});
