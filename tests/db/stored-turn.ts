import { eq, getTableColumns, getTableName, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "../../src/db/database.js";
import { type TurnRecord, insertConversation, saveTurn } from "../../src/db/conversations.js";
import { clinics, conversations, dispositions, events, intakeSnapshots, messages } from "../../src/db/schema.js";

// One chat turn saved through saveTurn, and every value it stored as SQLite's quote() shows it
// (1 and '1' and 'true' all look different). The Node test (tests/db/stored-values.test.ts)
// and the Workers test (tests/workers/stored-values.test.ts) both expect `expectedStoredTurn`:
// better-sqlite3 and D1 store a turn identically.

const NOW = 1_764_633_600_000;
const clinicId = "clinic-stored-values";
export const SAMPLE_CONVERSATION_ID = "conversation-stored-values";

/** A clinic, a conversation and one turn, with fixed ids so two databases can be compared. */
export async function saveSampleTurn(db: Database): Promise<void> {
  const conversationId = SAMPLE_CONVERSATION_ID;
  await db.insert(clinics).values({ id: clinicId, slug: "stored-values", name: "Stored Values PT" });
  await insertConversation(db, { id: conversationId, clinicId, visitorTokenHash: "hash", brain: "guided", now: NOW });
  const turn: TurnRecord = {
    conversationId,
    clinicId,
    now: NOW + 1,
    firstSeq: 0,
    messages: [
      { id: `${conversationId}-m0`, role: "user", parts: [{ type: "text", text: "My knee gives way" }] },
      {
        id: `${conversationId}-m1`,
        role: "assistant",
        parts: [{ type: "text", text: "Which knee?" }],
        metadata: { final: false },
      },
    ],
    snapshots: [
      { source: "free_text", changes: { instability: true }, evidence: { instability: "gives way" }, intake: { n: 1 } },
      { source: "structured", changes: { side: "left" }, intake: { n: 2 } },
    ],
    disposition: { level: "routine", action: "book", complete: true, rulesetVersion: "r1", body: { ok: true } },
    events: [{ type: "turn" }, { type: "answered", data: { field: "side" } }],
    conversation: {
      intake: { side: "left" },
      state: { phase: "interview" },
      level: "routine",
      complete: true,
      redFlag: false,
      turnCount: 1,
    },
  };
  await saveTurn(db, turn);
}

const tables: Array<[SQLiteTable, SQLiteColumn]> = [
  [conversations, conversations.id],
  [messages, messages.conversationId],
  [intakeSnapshots, intakeSnapshots.conversationId],
  [dispositions, dispositions.conversationId],
  [events, events.conversationId],
];

/** The rows the turn left, every column but the random row ids, as quote() text. */
export async function storedTurn(
  db: Database,
  conversationId = SAMPLE_CONVERSATION_ID,
): Promise<Record<string, unknown[]>> {
  const stored: Record<string, unknown[]> = {};
  for (const [table, owner] of tables) {
    const columns = Object.values(getTableColumns(table))
      .filter((column) => column.name !== "id")
      .map((column) => sql`quote(${sql.identifier(column.name)}) as ${sql.identifier(column.name)}`);
    stored[getTableName(table)] = await db.all(
      sql`select ${sql.join(columns, sql`, `)} from ${table} where ${eq(owner, conversationId)} order by rowid`,
    );
  }
  return stored;
}

/** What both drivers store for the sample turn: JSON as text, booleans as 0/1, left-out values as NULL. */
export const expectedStoredTurn = {
  conversations: [
    {
      clinic_id: "'clinic-stored-values'",
      visitor_token_hash: "'hash'",
      brain: "'guided'",
      intake: `'{"side":"left"}'`,
      state: `'{"phase":"interview"}'`,
      level: "'routine'",
      action: "NULL",
      complete: "1",
      red_flag: "0",
      turn_count: "1",
      reviewed_at: "NULL",
      reviewed_by: "NULL",
      created_at: "1764633600000",
      updated_at: "1764633600001",
    },
  ],
  messages: [
    {
      conversation_id: "'conversation-stored-values'",
      seq: "0",
      role: "'user'",
      parts: `'[{"type":"text","text":"My knee gives way"}]'`,
      metadata: "NULL",
      created_at: "1764633600001",
    },
    {
      conversation_id: "'conversation-stored-values'",
      seq: "1",
      role: "'assistant'",
      parts: `'[{"type":"text","text":"Which knee?"}]'`,
      metadata: `'{"final":false}'`,
      created_at: "1764633600001",
    },
  ],
  intake_snapshots: [
    {
      conversation_id: "'conversation-stored-values'",
      source: "'free_text'",
      changes: `'{"instability":true}'`,
      evidence: `'{"instability":"gives way"}'`,
      intake: `'{"n":1}'`,
      created_at: "1764633600001",
    },
    {
      conversation_id: "'conversation-stored-values'",
      source: "'structured'",
      changes: `'{"side":"left"}'`,
      evidence: "NULL",
      intake: `'{"n":2}'`,
      created_at: "1764633600001",
    },
  ],
  dispositions: [
    {
      conversation_id: "'conversation-stored-values'",
      level: "'routine'",
      action: "'book'",
      complete: "1",
      ruleset_version: "'r1'",
      body: `'{"ok":true}'`,
      created_at: "1764633600001",
    },
  ],
  events: [
    {
      clinic_id: "'clinic-stored-values'",
      conversation_id: "'conversation-stored-values'",
      type: "'turn'",
      data: "NULL",
      created_at: "1764633600001",
    },
    {
      clinic_id: "'clinic-stored-values'",
      conversation_id: "'conversation-stored-values'",
      type: "'answered'",
      data: `'{"field":"side"}'`,
      created_at: "1764633600001",
    },
  ],
};
