import { and, asc, eq, sql } from "drizzle-orm";
import { listMessages, type StoredMessage } from "../db/conversations.js";
import type { Database } from "../db/database.js";
import { findFollowUpForLead, parseFollowUpAnswer, type FollowUpAnswer } from "../db/follow-ups.js";
import { findLeadForConversation, type LeadRow } from "../db/leads.js";
import { conversations, dispositions, intakeSnapshots, staffUsers } from "../db/schema.js";
import { currentDisposition } from "../chat/interview/current-disposition.js";
import type { ConversationFacts } from "./conversation-list.js";
import { feedbackFor } from "./feedback.js";
import { fieldLabel, formatValue } from "./intake-labels.js";

// One conversation as a clinician reviews it: transcript, the intake card (each field with the
// visitor's own words from intake_snapshots.evidence), the disposition and its history, the lead.

export interface IntakeCardField {
  field: string;
  label: string;
  value: string;
  visitorSaid?: string;
  source: string;
  recordedAt: number;
}

export interface DispositionView {
  level: string;
  action: string;
  complete: boolean;
  rulesetVersion: string;
  reasons: Array<{ rule: string; level?: string; summary: string }>;
  missing: string[];
  safetyNet: string[];
}

export interface FollowUpView {
  sentAt: number | null;
  answeredAt: number | null;
  answer: FollowUpAnswer | null;
  mailError: string | null;
}

export interface ConversationDetail {
  conversation: ConversationFacts & { brain: string; reviewedBy: string | null };
  messages: StoredMessage[];
  intakeCard: IntakeCardField[];
  disposition: DispositionView | null;
  dispositionHistory: Array<{
    level: string;
    action: string;
    complete: boolean;
    rulesetVersion: string;
    createdAt: number;
  }>;
  lead: LeadRow | null;
  /** The lead's "did you get seen?" follow-up: when it was mailed and the visitor's answer. */
  followUp: FollowUpView | null;
  /** The visitor's "Was this helpful?" (null when they did not answer). */
  helpful: boolean | null;
}

async function intakeCard(db: Database, conversationId: string): Promise<IntakeCardField[]> {
  const snapshots = await db
    .select()
    .from(intakeSnapshots)
    .where(eq(intakeSnapshots.conversationId, conversationId))
    .orderBy(asc(intakeSnapshots.createdAt), sql`rowid`);
  const fields = new Map<string, IntakeCardField>();
  for (const snapshot of snapshots) {
    const changes = JSON.parse(snapshot.changes) as Record<string, unknown>;
    const evidence = snapshot.evidence ? (JSON.parse(snapshot.evidence) as Record<string, unknown>) : {};
    for (const [field, value] of Object.entries(changes)) {
      const said = evidence[field];
      fields.set(field, {
        field,
        label: fieldLabel(field),
        value: formatValue(value),
        ...(typeof said === "string" && said.trim() !== "" ? { visitorSaid: said } : {}),
        source: snapshot.source,
        recordedAt: snapshot.createdAt,
      });
    }
  }
  return [...fields.values()];
}

function toDispositionView(body: unknown): DispositionView | null {
  if (!body || typeof body !== "object") return null;
  const value = body as Partial<DispositionView>;
  return {
    level: value.level ?? "",
    action: value.action ?? "",
    complete: value.complete ?? false,
    rulesetVersion: value.rulesetVersion ?? "",
    reasons: value.reasons ?? [],
    missing: value.missing ?? [],
    safetyNet: value.safetyNet ?? [],
  };
}

/** The conversation if it belongs to this clinic; undefined otherwise (the caller answers 404). */
export async function conversationDetail(
  db: Database,
  clinicId: string,
  id: string,
): Promise<ConversationDetail | undefined> {
  const rows = await db
    .select({ row: conversations, reviewer: staffUsers.email })
    .from(conversations)
    .leftJoin(staffUsers, and(eq(staffUsers.id, conversations.reviewedBy), eq(staffUsers.clinicId, clinicId)))
    .where(and(eq(conversations.id, id), eq(conversations.clinicId, clinicId)))
    .limit(1);
  const found = rows[0];
  if (!found) return undefined;
  const { row } = found;
  const history = await db
    .select()
    .from(dispositions)
    .where(eq(dispositions.conversationId, id))
    .orderBy(asc(dispositions.createdAt), sql`rowid`);
  const leadRow = await findLeadForConversation(db, id);
  const lead = leadRow && leadRow.clinicId === clinicId ? leadRow : null;
  const followUp = lead ? await findFollowUpForLead(db, clinicId, lead.id) : undefined;
  return {
    conversation: {
      id: row.id,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      level: row.level,
      action: row.action,
      complete: row.complete,
      redFlag: row.redFlag,
      turnCount: row.turnCount,
      brain: row.brain,
      reviewedAt: row.reviewedAt,
      reviewedBy: row.reviewedAt ? (found.reviewer ?? "a former staff member") : null,
    },
    messages: await listMessages(db, id),
    intakeCard: await intakeCard(db, id),
    disposition: toDispositionView(currentDisposition(row)),
    dispositionHistory: history.map(({ level, action, complete, rulesetVersion, createdAt }) => ({
      level,
      action,
      complete,
      rulesetVersion,
      createdAt,
    })),
    lead,
    followUp: followUp
      ? {
          sentAt: followUp.sentAt,
          answeredAt: followUp.usedAt,
          answer: parseFollowUpAnswer(followUp.answer) ?? null,
          mailError: followUp.sentAt === null ? followUp.mailError : null,
        }
      : null,
    helpful: (await feedbackFor(db, clinicId, [id])).get(id) ?? null,
  };
}

/** Stamp a conversation as reviewed by a clinician; false when it is not this clinic's. */
export async function stampReviewed(
  db: Database,
  clinicId: string,
  id: string,
  staffId: string,
  now: number,
): Promise<boolean> {
  const updated = await db
    .update(conversations)
    .set({ reviewedAt: now, reviewedBy: staffId })
    .where(and(eq(conversations.id, id), eq(conversations.clinicId, clinicId)))
    .returning({ id: conversations.id });
  return updated.length === 1;
}
