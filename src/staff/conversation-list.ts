import { and, count, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { ConversationRow } from "../db/conversations.js";
import type { Database } from "../db/database.js";
import { leadStatuses, likeEscaped } from "../db/leads.js";
import { conversations, leads, messages } from "../db/schema.js";
import { feedbackFor } from "./feedback.js";

// The conversations list behind the dashboard and GET /api/staff/conversations. Every query
// starts from the staff member's clinic id; filters only narrow it further.

const DAY_MS = 24 * 60 * 60 * 1000;
const dateText = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "use a date like 2026-03-31")
  .refine((text) => !Number.isNaN(Date.parse(text)), "not a real date");
const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

export const conversationFilterSchema = z.object({
  level: z.preprocess(blankToUndefined, z.enum(["emergency", "urgent", "routine", "self_care", "none"]).optional()),
  leadStatus: z.preprocess(blankToUndefined, z.enum([...leadStatuses, "none", "any"]).optional()),
  redFlag: z.preprocess(blankToUndefined, z.enum(["true", "false"]).optional()),
  /** Dates are whole UTC days; `to` includes its day. */
  from: z.preprocess(blankToUndefined, dateText.optional()),
  to: z.preprocess(blankToUndefined, dateText.optional()),
  q: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
  awaitingReview: z.preprocess(blankToUndefined, z.enum(["true", "false"]).optional()),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100).default(25)),
});

export type ConversationFilters = z.infer<typeof conversationFilterSchema>;

/** What staff see of a conversation in lists and on its page. */
export type ConversationFacts = Pick<
  ConversationRow,
  "id" | "createdAt" | "updatedAt" | "level" | "action" | "complete" | "redFlag" | "turnCount" | "reviewedAt"
>;

export interface ConversationSummary extends ConversationFacts {
  leadId: string | null;
  leadStatus: string | null;
  leadName: string | null;
  preview: string;
  /** The visitor's "Was this helpful?" (null when they did not answer). */
  helpful: boolean | null;
}

/** Emergency advice is final as soon as it is given (spec §5); other levels when complete. */
export function isFinished(conversation: Pick<ConversationFacts, "level" | "complete">): boolean {
  return conversation.level === "emergency" || conversation.complete;
}

function conditionsFor(clinicId: string, filters: ConversationFilters): SQL[] {
  const conditions: SQL[] = [
    eq(conversations.clinicId, clinicId),
    // Opening the widget is an event, not a conversation: list only chats where the visitor said something.
    sql`exists (select 1 from ${messages} where ${messages.conversationId} = ${conversations.id} and ${messages.role} = 'user')`,
  ];
  if (filters.level === "none") conditions.push(isNull(conversations.level));
  else if (filters.level) conditions.push(eq(conversations.level, filters.level));
  if (filters.leadStatus === "none") conditions.push(isNull(leads.id));
  else if (filters.leadStatus === "any") conditions.push(isNotNull(leads.id));
  else if (filters.leadStatus) conditions.push(eq(leads.status, filters.leadStatus));
  if (filters.redFlag) conditions.push(eq(conversations.redFlag, filters.redFlag === "true"));
  if (filters.from) conditions.push(gte(conversations.createdAt, Date.parse(filters.from)));
  if (filters.to) conditions.push(lt(conversations.createdAt, Date.parse(filters.to) + DAY_MS));
  if (filters.awaitingReview === "true") {
    conditions.push(inArray(conversations.level, ["emergency", "urgent"]), isNull(conversations.reviewedAt));
  }
  if (filters.q) {
    const q = filters.q;
    const inMessages = sql`exists (select 1 from ${messages} where ${messages.conversationId} = ${conversations.id} and ${likeEscaped(messages.parts, q)})`;
    const matches = or(
      eq(conversations.id, q),
      inMessages,
      likeEscaped(leads.name, q),
      likeEscaped(leads.email, q),
      likeEscaped(leads.phone, q),
    );
    if (matches) conditions.push(matches);
  }
  return conditions;
}

function previewOf(partsJson: string | null): string {
  if (!partsJson) return "";
  try {
    const parts = JSON.parse(partsJson) as Array<{ type?: string; text?: string }>;
    const text = parts.find((part) => part.type === "text")?.text ?? "";
    return text.length > 140 ? `${text.slice(0, 139)}…` : text;
  } catch {
    return "";
  }
}

export async function listConversations(
  db: Database,
  clinicId: string,
  filters: ConversationFilters,
): Promise<{ items: ConversationSummary[]; total: number }> {
  const where = and(...conditionsFor(clinicId, filters));
  const firstUserParts = sql<
    string | null
  >`(select ${messages.parts} from ${messages} where ${messages.conversationId} = ${conversations.id} and ${messages.role} = 'user' order by ${messages.seq} limit 1)`;
  const rows = await db
    .select({
      id: conversations.id,
      createdAt: conversations.createdAt,
      updatedAt: conversations.updatedAt,
      level: conversations.level,
      action: conversations.action,
      complete: conversations.complete,
      redFlag: conversations.redFlag,
      turnCount: conversations.turnCount,
      reviewedAt: conversations.reviewedAt,
      leadId: leads.id,
      leadStatus: leads.status,
      leadName: leads.name,
      firstUserParts,
    })
    .from(conversations)
    .leftJoin(leads, and(eq(leads.conversationId, conversations.id), eq(leads.clinicId, clinicId)))
    .where(where)
    .orderBy(desc(conversations.createdAt), desc(conversations.id))
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize);
  const totals = await db
    .select({ total: count() })
    .from(conversations)
    .leftJoin(leads, and(eq(leads.conversationId, conversations.id), eq(leads.clinicId, clinicId)))
    .where(where);
  const feedback = await feedbackFor(
    db,
    clinicId,
    rows.map((row) => row.id),
  );
  const items = rows.map(({ firstUserParts: parts, ...row }) => ({
    ...row,
    preview: previewOf(parts),
    helpful: feedback.get(row.id) ?? null,
  }));
  return { items, total: totals[0]?.total ?? 0 };
}
