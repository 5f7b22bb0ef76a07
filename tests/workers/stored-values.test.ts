import { describe, expect, it } from "vitest";
import { expectedStoredTurn, saveSampleTurn, storedTurn } from "../db/stored-turn.js";
import { testDb } from "./worker-fetch.js";

// D1's half of tests/db/stored-values.test.ts: the batch of drizzle queries stores a turn
// exactly as the Node path does.

describe("a saved turn on D1", () => {
  it("stores every value as SQLite on Node does: booleans as 0/1, JSON as text, missing values as NULL", async () => {
    const db = testDb();
    await saveSampleTurn(db);
    expect(await storedTurn(db)).toEqual(expectedStoredTurn);
  });
});
