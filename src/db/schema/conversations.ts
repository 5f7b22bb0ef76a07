import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { clinics } from "./clinics.js";
import { createdAt } from "./columns.js";

// A visitor's conversation and what hangs off it (messages, intake history, dispositions,
// events), and the tombstones of deleted ones.

export const conversations = sqliteTable(
  "conversations",
  {
    id: text("id").primaryKey(),
    clinicId: text("clinic_id")
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    visitorTokenHash: text("visitor_token_hash").notNull(),
    brain: text("brain").notNull().default("guided"),
    /** Current intake (JSON); snapshots keep its history. */
    intake: text("intake").notNull().default("{}"),
    /** Guided-brain state (JSON): pending question, phase. */
    state: text("state").notNull().default("{}"),
    level: text("level"),
    action: text("action"),
    complete: integer("complete", { mode: "boolean" }).notNull().default(false),
    redFlag: integer("red_flag", { mode: "boolean" }).notNull().default(false),
    turnCount: integer("turn_count").notNull().default(0),
    reviewedAt: integer("reviewed_at"),
    reviewedBy: text("reviewed_by"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at").notNull().default(sql`(unixepoch() * 1000)`),
  },
  (table) => [index("conversations_clinic_created").on(table.clinicId, table.createdAt)],
);

export const messages = sqliteTable(
  "messages",
  {
    id: text("id").primaryKey(),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    role: text("role", { enum: ["user", "assistant"] }).notNull(),
    /** UI message parts as JSON. */
    parts: text("parts").notNull(),
    metadata: text("metadata"),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("messages_conversation_seq").on(table.conversationId, table.seq)],
);

export const intakeSnapshots = sqliteTable(
  "intake_snapshots",
  {
    id: text("id").primaryKey(),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    source: text("source", { enum: ["free_text", "structured", "correction", "tool", "screen"] }).notNull(),
    /** The fields this step set (JSON), with the visitor's words where there were any. */
    changes: text("changes").notNull(),
    evidence: text("evidence"),
    intake: text("intake").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("intake_snapshots_conversation").on(table.conversationId)],
);

export const dispositions = sqliteTable(
  "dispositions",
  {
    id: text("id").primaryKey(),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    level: text("level").notNull(),
    action: text("action").notNull(),
    complete: integer("complete", { mode: "boolean" }).notNull(),
    rulesetVersion: text("ruleset_version").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("dispositions_conversation").on(table.conversationId)],
);

export const events = sqliteTable(
  "events",
  {
    id: text("id").primaryKey(),
    clinicId: text("clinic_id")
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    conversationId: text("conversation_id").references(() => conversations.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    data: text("data"),
    createdAt: createdAt(),
  },
  (table) => [index("events_clinic_type").on(table.clinicId, table.type, table.createdAt)],
);

/**
 * Conversations their visitor deleted, by the SHA-256 of the id: a deleted id can never be
 * used again (a late turn or an old token must not re-create the chat), while the table holds
 * nothing about the person, not even the id. A separate table rather than a deletedAt column
 * keeps "deleted" out of every read of conversations, and the cascade still erases the rest.
 */
export const deletedConversations = sqliteTable("deleted_conversations", {
  idHash: text("id_hash").primaryKey(),
  deletedAt: integer("deleted_at").notNull(),
});
