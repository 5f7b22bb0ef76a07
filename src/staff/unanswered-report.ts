import { and, desc, eq, gte, lt } from "drizzle-orm";
import type { Database } from "../db/database.js";
import { events } from "../db/schema.js";
import { normalizedQuestion, storedQuestion, UNANSWERED_EVENT } from "../knowledge/unanswered-questions.js";

// The clinic's report of questions its articles could not answer: the chat records each one
// as a turn event; here they are grouped by their normalised wording, most asked first, so the
// clinic can see which article to write next.

export interface UnansweredQuestion {
  /** The most recent wording a visitor used. */
  question: string;
  count: number;
  /** Milliseconds since the epoch. */
  lastAskedAt: number;
}

// Enough history for a report page; older rows in a busy period are left out, newest kept.
const MAX_EVENTS_READ = 5000;
const MAX_ROWS = 100;

function questionOf(data: string | null): string {
  if (!data) return "";
  try {
    const parsed = JSON.parse(data) as { question?: unknown };
    return typeof parsed.question === "string" ? storedQuestion(parsed.question) : "";
  } catch {
    return "";
  }
}

export async function unansweredQuestions(
  db: Database,
  clinicId: string,
  from: number,
  to: number,
): Promise<UnansweredQuestion[]> {
  const rows = await db
    .select({ data: events.data, createdAt: events.createdAt })
    .from(events)
    .where(
      and(
        eq(events.clinicId, clinicId),
        eq(events.type, UNANSWERED_EVENT),
        gte(events.createdAt, from),
        lt(events.createdAt, to),
      ),
    )
    .orderBy(desc(events.createdAt))
    .limit(MAX_EVENTS_READ);
  const groups = new Map<string, UnansweredQuestion>();
  for (const row of rows) {
    const question = questionOf(row.data);
    const key = normalizedQuestion(question);
    if (key === "") continue;
    const group = groups.get(key);
    // Rows come newest first, so the first wording seen is the latest.
    if (group) group.count += 1;
    else groups.set(key, { question, count: 1, lastAskedAt: row.createdAt });
  }
  return [...groups.values()]
    .sort((left, right) => right.count - left.count || right.lastAskedAt - left.lastAskedAt)
    .slice(0, MAX_ROWS);
}
