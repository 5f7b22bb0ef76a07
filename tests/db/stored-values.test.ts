import { afterEach, describe, expect, it } from "vitest";
import { createNodeDatabase, type NodeDatabase } from "../../src/db/sqlite/node-database.js";
import { expectedStoredTurn, saveSampleTurn, storedTurn } from "./stored-turn.js";

// The Node write path (prepared statements in a group commit) stores what D1's batch stores:
// both go through drizzle's value mapping. tests/workers/stored-values.test.ts is the D1 half.

let database: NodeDatabase | undefined;
afterEach(() => database?.close());

describe("a saved turn on SQLite (Node)", () => {
  it("stores every value as the D1 path does: booleans as 0/1, JSON as text, missing values as NULL", async () => {
    database = createNodeDatabase(":memory:");
    await saveSampleTurn(database.db);
    expect(await storedTurn(database.db)).toEqual(expectedStoredTurn);
  });
});
