import { z } from "zod";
import type { Database } from "../db/database.js";
import { findFollowUpByTokenHash, recordFollowUpAnswer, type FollowUpAnswer } from "../db/follow-ups.js";
import { sha256Hex } from "../lib/tokens.js";

// The visitor's follow-up link: what state it is in, and recording its one answer.

export const SEEN_OPTIONS = [
  ["yes", "Yes"],
  ["not_yet", "Not yet, but I have an appointment"],
  ["no", "No"],
] as const;

export const PLACE_OPTIONS = [
  ["emergency_department", "An emergency department (ER)"],
  ["urgent_care", "An urgent care clinic"],
  ["doctor", "A doctor (GP or primary care)"],
  ["physical_therapist", "A physical therapist"],
  ["other", "Somewhere else"],
] as const;

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const followUpForm = z.object({
  seen: z.enum(["yes", "no", "not_yet"], "choose one of the answers"),
  place: z.preprocess(
    blank,
    z
      .enum(
        ["emergency_department", "urgent_care", "doctor", "physical_therapist", "other"],
        "choose a place from the list",
      )
      .optional(),
  ),
  where: z.preprocess(blank, z.string().trim().max(200, "at most 200 characters").optional()),
});

export type FollowUpLink =
  | { state: "open"; clinicName: string }
  | { state: "answered"; clinicName: string }
  | { state: "expired"; clinicName: string }
  | { state: "unknown" };

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export async function followUpLink(db: Database, token: string, now: number): Promise<FollowUpLink> {
  if (!TOKEN.test(token)) return { state: "unknown" };
  const row = await findFollowUpByTokenHash(db, await sha256Hex(token));
  // A row not yet mailed holds a hash of a token nobody was given; treat it as unknown.
  if (!row || row.sentAt === null) return { state: "unknown" };
  if (row.usedAt !== null) return { state: "answered", clinicName: row.clinicName };
  if (row.expiresAt <= now) return { state: "expired", clinicName: row.clinicName };
  return { state: "open", clinicName: row.clinicName };
}

/** Records the answer when the link is still open; otherwise returns the state that stopped it. */
export async function answerFollowUp(
  db: Database,
  token: string,
  answer: FollowUpAnswer,
  now: number,
): Promise<Exclude<FollowUpLink, { state: "open" }> | { state: "recorded"; clinicName: string }> {
  const link = await followUpLink(db, token, now);
  if (link.state !== "open") return link;
  // Where applies only to someone who was seen; a "no" keeps nothing else.
  const stored: FollowUpAnswer = answer.seen === "yes" ? answer : { seen: answer.seen };
  if (await recordFollowUpAnswer(db, await sha256Hex(token), stored, now))
    return { state: "recorded", clinicName: link.clinicName };
  // Lost a race with another submission (or the clock passed the expiry): say what it is now.
  const after = await followUpLink(db, token, now);
  return after.state === "open" ? { state: "unknown" } : after;
}
