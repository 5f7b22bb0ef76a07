import { and, count, desc, eq, gte, inArray, lt } from "drizzle-orm";
import type { AppDeps } from "../app-deps.js";
import { assertVisitorToken } from "../chat/turn/open-conversation.js";
import { findConversation } from "../db/conversations.js";
import { newId, type Database } from "../db/database.js";
import { events } from "../db/schema.js";
import { writeTogether } from "../db/write-together.js";
import { AppError } from "../lib/errors.js";

// "Was this helpful?": the visitor's one tap at the end of a chat, stored as a `feedback`
// event on their conversation (the visitor token proves it is theirs). A second tap replaces
// the first. Staff see it on the conversation, in the list and in the funnel.

export const FEEDBACK_EVENT = "feedback";

export async function recordFeedback(
  deps: AppDeps,
  input: { clinicId: string; conversationId: string; token: string | undefined; helpful: boolean },
): Promise<void> {
  const { db } = deps;
  const conversation = await findConversation(db, input.conversationId);
  if (!conversation || conversation.clinicId !== input.clinicId)
    throw new AppError("not_found", "No such conversation.");
  await assertVisitorToken(conversation, input.token);
  await writeTogether(db, [
    db.delete(events).where(and(eq(events.conversationId, conversation.id), eq(events.type, FEEDBACK_EVENT))),
    db.insert(events).values({
      id: newId(),
      clinicId: input.clinicId,
      conversationId: conversation.id,
      type: FEEDBACK_EVENT,
      data: JSON.stringify({ helpful: input.helpful }),
      createdAt: deps.now?.() ?? Date.now(),
    }),
  ]);
}

function helpfulOf(data: string | null): boolean | undefined {
  try {
    const parsed = JSON.parse(data ?? "null") as { helpful?: unknown } | null;
    return typeof parsed?.helpful === "boolean" ? parsed.helpful : undefined;
  } catch {
    return undefined;
  }
}

/** The visitor's answer per conversation (only conversations that answered are in the map). */
export async function feedbackFor(
  db: Database,
  clinicId: string,
  conversationIds: string[],
): Promise<Map<string, boolean>> {
  const answers = new Map<string, boolean>();
  if (conversationIds.length === 0) return answers;
  const rows = await db
    .select({ conversationId: events.conversationId, data: events.data })
    .from(events)
    .where(
      and(
        eq(events.clinicId, clinicId),
        eq(events.type, FEEDBACK_EVENT),
        inArray(events.conversationId, conversationIds),
      ),
    )
    .orderBy(desc(events.createdAt));
  for (const row of rows) {
    const helpful = helpfulOf(row.data);
    if (row.conversationId && helpful !== undefined && !answers.has(row.conversationId))
      answers.set(row.conversationId, helpful);
  }
  return answers;
}

export interface FeedbackFigures {
  helpful: number;
  notHelpful: number;
}

export async function feedbackFigures(
  db: Database,
  clinicId: string,
  from: number,
  to: number,
): Promise<FeedbackFigures> {
  const rows = await db
    .select({ data: events.data, total: count() })
    .from(events)
    .where(
      and(
        eq(events.clinicId, clinicId),
        eq(events.type, FEEDBACK_EVENT),
        gte(events.createdAt, from),
        lt(events.createdAt, to),
      ),
    )
    .groupBy(events.data);
  const figures: FeedbackFigures = { helpful: 0, notHelpful: 0 };
  for (const row of rows) {
    const helpful = helpfulOf(row.data);
    if (helpful === true) figures.helpful += row.total;
    if (helpful === false) figures.notHelpful += row.total;
  }
  return figures;
}
