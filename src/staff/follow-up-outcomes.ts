import { and, eq, gte, isNotNull, lt } from "drizzle-orm";
import type { Database } from "../db/database.js";
import { parseFollowUpAnswer, type FollowUpAnswer } from "../db/follow-ups.js";
import { followUps, leads } from "../db/schema.js";

// Follow-up outcomes for the funnel: of the visitors who answered "Did you get seen? Where?",
// the share who got care at the level the assistant recommended or higher ("appropriate care";
// the best published figure for a symptom checker is 64%). The place is read as a level of
// care: an emergency department is emergency care, urgent care is urgent, a doctor or a
// physical therapist (or an appointment booked) is routine, not seen is self-care. "Somewhere
// else", or seen without saying where, cannot be placed and is left out of the share.

const RANK: Record<string, number> = { self_care: 0, routine: 1, urgent: 2, emergency: 3 };

/** The level of care an answer describes, or undefined when it cannot be placed. */
export function careLevel(answer: FollowUpAnswer): keyof typeof RANK | undefined {
  if (answer.seen === "no") return "self_care";
  if (answer.seen === "not_yet") return "routine";
  switch (answer.place) {
    case "emergency_department":
      return "emergency";
    case "urgent_care":
      return "urgent";
    case "doctor":
    case "physical_therapist":
      return "routine";
    default:
      return undefined;
  }
}

export interface FollowUpOutcomes {
  sent: number;
  answered: number;
  /** Answers whose place and recommended level are both known. */
  placed: number;
  appropriate: number;
}

export async function followUpOutcomes(
  db: Database,
  clinicId: string,
  from: number,
  to: number,
): Promise<FollowUpOutcomes> {
  const rows = await db
    .select({ answer: followUps.answer, level: leads.level })
    .from(followUps)
    .innerJoin(leads, eq(leads.id, followUps.leadId))
    .where(
      and(
        eq(followUps.clinicId, clinicId),
        isNotNull(followUps.sentAt),
        gte(leads.createdAt, from),
        lt(leads.createdAt, to),
      ),
    );
  const outcomes: FollowUpOutcomes = { sent: rows.length, answered: 0, placed: 0, appropriate: 0 };
  for (const row of rows) {
    const answer = parseFollowUpAnswer(row.answer);
    if (!answer) continue;
    outcomes.answered += 1;
    const got = careLevel(answer);
    const recommended = row.level ? RANK[row.level] : undefined;
    if (got === undefined || recommended === undefined) continue;
    outcomes.placed += 1;
    if ((RANK[got] ?? 0) >= recommended) outcomes.appropriate += 1;
  }
  return outcomes;
}
