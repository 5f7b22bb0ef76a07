import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { newId, type Database } from "./database.js";
import { preparedQuery } from "./prepared-queries.js";
import { conversations, deletedConversations, dispositions, events, intakeSnapshots, messages } from "./schema.js";
import { writeOpsTogether, writeTogether, type WriteOp } from "./write-together.js";
import { sha256Hex } from "../lib/tokens.js";

export type ConversationRow = typeof conversations.$inferSelect;

// Every chat turn looks its conversation up, so the query is prepared once per database. No
// .limit(1): the id is unique, and drizzle binds a limit as a parameter, which made SQLite's
// lookup three times slower (15 µs against 5 µs).
const conversationById = (db: Database) =>
  preparedQuery(db, "conversation-by-id", () =>
    db
      .select()
      .from(conversations)
      .where(eq(conversations.id, sql.placeholder("id")))
      .prepare(),
  );

export async function findConversation(db: Database, id: string): Promise<ConversationRow | undefined> {
  const rows = await conversationById(db).all({ id });
  return rows[0];
}

// Opening a conversation inserts it and checks its id was not deleted: both prepared once per
// database too. Built each time, each cost a drizzle build and a SQLite prepare (the insert's
// prepare alone ~100 µs), which made a conversation's first turn the dearest.
const insertConversationQuery = (db: Database) =>
  preparedQuery(db, "insert-conversation", () =>
    db
      .insert(conversations)
      .values({
        id: sql.placeholder("id"),
        clinicId: sql.placeholder("clinicId"),
        visitorTokenHash: sql.placeholder("visitorTokenHash"),
        brain: sql.placeholder("brain"),
        createdAt: sql.placeholder("now"),
        updatedAt: sql.placeholder("now"),
      })
      .prepare(),
  );

export async function insertConversation(
  db: Database,
  values: { id: string; clinicId: string; visitorTokenHash: string; brain: string; now: number },
): Promise<void> {
  await insertConversationQuery(db).run({
    id: values.id,
    clinicId: values.clinicId,
    visitorTokenHash: values.visitorTokenHash,
    brain: values.brain,
    now: values.now,
  });
}

export interface StoredMessage {
  id: string;
  role: "user" | "assistant";
  parts: unknown[];
  metadata?: unknown;
  createdAt: number;
}

export async function listMessages(db: Database, conversationId: string): Promise<StoredMessage[]> {
  const rows = await db
    .select()
    .from(messages)
    .where(eq(messages.conversationId, conversationId))
    .orderBy(asc(messages.seq));
  return rows.map((row) => ({
    id: row.id,
    role: row.role,
    parts: JSON.parse(row.parts) as unknown[],
    ...(row.metadata ? { metadata: JSON.parse(row.metadata) as unknown } : {}),
    createdAt: row.createdAt,
  }));
}

export async function latestDisposition(db: Database, conversationId: string): Promise<unknown> {
  const rows = await db
    .select({ body: dispositions.body })
    .from(dispositions)
    .where(eq(dispositions.conversationId, conversationId))
    .orderBy(desc(dispositions.createdAt), desc(dispositions.id))
    .limit(1);
  return rows[0] ? (JSON.parse(rows[0].body) as unknown) : undefined;
}

export interface TurnRecord {
  conversationId: string;
  clinicId: string;
  now: number;
  /** Sequence number of the first message written this turn. */
  firstSeq: number;
  messages: Array<{ id: string; role: "user" | "assistant"; parts: unknown[]; metadata?: unknown }>;
  snapshots: Array<{
    source: "free_text" | "structured" | "correction" | "tool" | "screen";
    changes: unknown;
    evidence?: unknown;
    intake: unknown;
  }>;
  disposition?: { level: string; action: string; complete: boolean; rulesetVersion: string; body: unknown };
  events: Array<{ type: string; data?: unknown }>;
  conversation: {
    intake: unknown;
    state: unknown;
    level?: string;
    action?: string;
    complete: boolean;
    redFlag: boolean;
    turnCount: number;
  };
  /** Further writes that must land with the turn (e.g. a webhook outbox row). */
  extraStatements?: Array<BatchItem<"sqlite">>;
}

/** Persist one turn: messages, intake snapshots, the disposition and events land together. */
export async function saveTurn(db: Database, turn: TurnRecord): Promise<void> {
  const ops: WriteOp[] = [];
  turn.messages.forEach((message, index) => {
    ops.push({
      insert: messages,
      row: {
        id: message.id,
        conversationId: turn.conversationId,
        seq: turn.firstSeq + index,
        role: message.role,
        parts: JSON.stringify(message.parts),
        metadata: message.metadata === undefined ? null : JSON.stringify(message.metadata),
        createdAt: turn.now,
      },
    });
  });
  for (const snapshot of turn.snapshots) {
    ops.push({
      insert: intakeSnapshots,
      row: {
        id: newId(),
        conversationId: turn.conversationId,
        source: snapshot.source,
        changes: JSON.stringify(snapshot.changes),
        evidence: snapshot.evidence === undefined ? null : JSON.stringify(snapshot.evidence),
        intake: JSON.stringify(snapshot.intake),
        createdAt: turn.now,
      },
    });
  }
  if (turn.disposition) {
    ops.push({
      insert: dispositions,
      row: {
        id: newId(),
        conversationId: turn.conversationId,
        level: turn.disposition.level,
        action: turn.disposition.action,
        complete: turn.disposition.complete,
        rulesetVersion: turn.disposition.rulesetVersion,
        body: JSON.stringify(turn.disposition.body),
        createdAt: turn.now,
      },
    });
  }
  for (const event of turn.events) {
    ops.push({
      insert: events,
      row: {
        id: newId(),
        clinicId: turn.clinicId,
        conversationId: turn.conversationId,
        type: event.type,
        data: event.data === undefined ? null : JSON.stringify(event.data),
        createdAt: turn.now,
      },
    });
  }
  const summary = turn.conversation;
  ops.push({
    update: conversations,
    whereEquals: [conversations.id, turn.conversationId],
    set: {
      intake: JSON.stringify(summary.intake),
      state: JSON.stringify(summary.state),
      level: summary.level ?? null,
      action: summary.action ?? null,
      complete: summary.complete,
      redFlag: summary.redFlag,
      turnCount: summary.turnCount,
      updatedAt: turn.now,
    },
  });
  ops.push(...(turn.extraStatements ?? []).map((statement) => ({ statement })));
  await writeOpsTogether(db, ops);
}

/**
 * Erase a conversation and everything hanging off it (messages, snapshots, leads, events), and
 * leave its tombstone, in one write: there is no moment when the row is gone and the id free.
 */
export async function deleteConversation(db: Database, id: string, clinicId: string, now: number): Promise<void> {
  await writeTogether(db, [
    db
      .insert(deletedConversations)
      .values({ idHash: await sha256Hex(id), deletedAt: now })
      .onConflictDoNothing(),
    db.delete(conversations).where(and(eq(conversations.id, id), eq(conversations.clinicId, clinicId))),
  ]);
}

const deletedById = (db: Database) =>
  preparedQuery(db, "deleted-conversation-by-hash", () =>
    db
      .select({ idHash: deletedConversations.idHash })
      .from(deletedConversations)
      .where(eq(deletedConversations.idHash, sql.placeholder("idHash")))
      .prepare(),
  );

/** True when the visitor deleted a conversation with this id: it may not be created again. */
export async function wasDeleted(db: Database, id: string): Promise<boolean> {
  const rows = await deletedById(db).all({ idHash: await sha256Hex(id) });
  return rows.length > 0;
}

/** Undo a creation that lost a race with the delete of the same id (see openConversation). */
export async function removeConversation(db: Database, id: string): Promise<void> {
  await db.delete(conversations).where(eq(conversations.id, id));
}

function textOfParts(json: string): string {
  try {
    const parts: unknown = JSON.parse(json);
    if (!Array.isArray(parts)) return "";
    return parts
      .map((part: unknown) =>
        part &&
        typeof part === "object" &&
        (part as { type?: unknown }).type === "text" &&
        typeof (part as { text?: unknown }).text === "string"
          ? (part as { text: string }).text
          : "",
      )
      .join(" ")
      .trim();
  } catch {
    return "";
  }
}

/** What the visitor typed in a conversation, oldest first (button presses without words are left out). */
export async function visitorTexts(db: Database, conversationId: string, limit = 10): Promise<string[]> {
  const rows = await db
    .select({ parts: messages.parts })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.role, "user")))
    .orderBy(asc(messages.seq))
    .limit(limit);
  return rows.map((row) => textOfParts(row.parts)).filter((text) => text !== "");
}
