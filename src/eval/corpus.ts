import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { interpretReply } from "../chat/interview/interpret-reply.js";
import { questionAsking } from "../chat/interview/question-plan.js";
import { alarmingValues, mayRecordFromFreeText } from "../triage/alarming-values.js";
import type { IntakeField } from "../triage/index.js";

// The free-text corpus (tests/corpus/*.json): each visitor utterance read exactly as the chat
// reads it (interpretReply, with the pending question built by the chat's own planner) and
// compared with its spec §7 label. Used by `npm run eval -- --corpus` and tests/corpus.

export interface CorpusItem {
  id: string;
  class: string;
  text: string;
  pending?: IntakeField[];
  expect: Record<string, unknown>;
  notRecorded?: IntakeField[];
  confirm?: Record<string, unknown>;
  intent?: string;
  note?: string;
}

export interface ItemResult {
  item: CorpusItem;
  recorded: Record<string, unknown>;
  confirm: Record<string, unknown>;
  intent: string;
  /** An alarming fact the text states that was not recorded (or recorded less alarming). */
  missedRedFlags: IntakeField[];
  /** A reassuring value recorded from words that did not answer its question (0 by construction). */
  lowering: IntakeField[];
  /** Facts recorded that the label does not have, or with another value. */
  wrong: Array<{ field: IntakeField; expected: unknown; got: unknown }>;
  /** Non-alarming facts the label has that were not recorded (asked again: a cost, not a danger). */
  missed: IntakeField[];
  /** A reply to a pending question that recorded nothing for that question though the label has an answer. */
  notUnderstood: boolean;
  confirmWrong: boolean;
  intentWrong: boolean;
}

/** The corpus's clock: Monday 30 November 2026, noon, local time (tests/corpus/README.md). */
export const corpusNow = new Date(2026, 10, 30, 12);

const descriptive: ReadonlySet<string> = new Set(["side", "mechanism", "activity", "aggravators", "sex"]);

export function loadCorpus(dir: string): CorpusItem[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(join(dir, name), "utf8")) as CorpusItem[]);
}

function sameValue(field: string, expected: unknown, got: unknown): boolean {
  if (field === "daysSinceOnset" && typeof expected === "number" && typeof got === "number")
    return Math.abs(expected - got) <= 0.011;
  if (Array.isArray(expected) && Array.isArray(got)) return [...expected].sort().join() === [...got].sort().join();
  return expected === got;
}

function isAlarming(field: IntakeField, value: unknown): boolean {
  return alarmingValues(field)?.includes(String(value)) ?? false;
}

export function readCorpusItem(item: CorpusItem): ItemResult {
  const pending = item.pending && item.pending.length > 0 ? questionAsking(item.pending, {}, 1) : undefined;
  const reply = interpretReply({ text: item.text, structured: undefined, pending, now: corpusNow, intake: {} });
  const recorded: Record<string, unknown> = { ...reply.extraction.answers, ...reply.chosen };
  const answering = new Set(pending?.fields ?? []);
  const result: ItemResult = {
    item,
    recorded,
    confirm: reply.extraction.confirm as Record<string, unknown>,
    intent: reply.intent,
    missedRedFlags: [],
    lowering: [],
    wrong: [],
    missed: [],
    notUnderstood: false,
    confirmWrong: false,
    intentWrong:
      (item.intent ?? "answer") !== reply.intent && !(item.intent === undefined && reply.intent === "question"),
  };
  for (const [field, value] of Object.entries(recorded) as Array<[IntakeField, unknown]>) {
    if (!answering.has(field) && !mayRecordFromFreeText(field, value)) result.lowering.push(field);
    const expected = item.expect[field];
    if (expected === undefined ? !descriptive.has(field) : !sameValue(field, expected, value))
      result.wrong.push({ field, expected, got: value });
  }
  for (const field of item.notRecorded ?? [])
    if (recorded[field] !== undefined && !result.wrong.some((wrong) => wrong.field === field))
      result.wrong.push({ field, expected: undefined, got: recorded[field] });
  for (const [field, expected] of Object.entries(item.expect) as Array<[IntakeField, unknown]>) {
    const got = recorded[field];
    if (got !== undefined) {
      if (isAlarming(field, expected) && !isAlarming(field, got)) result.missedRedFlags.push(field);
      continue;
    }
    if (isAlarming(field, expected)) result.missedRedFlags.push(field);
    else if (!descriptive.has(field)) result.missed.push(field);
  }
  if (pending) {
    const labelled = pending.fields.filter((field) => item.expect[field] !== undefined);
    result.notUnderstood = labelled.length > 0 && labelled.every((field) => recorded[field] === undefined);
  }
  const expectedConfirm = item.confirm ?? {};
  const gotConfirm = result.confirm;
  result.confirmWrong =
    Object.keys(expectedConfirm).some((field) => !sameValue(field, expectedConfirm[field], gotConfirm[field])) ||
    Object.keys(gotConfirm).some((field) => expectedConfirm[field] === undefined && item.expect[field] === undefined);
  return result;
}

export function readCorpus(items: readonly CorpusItem[]): ItemResult[] {
  return items.map(readCorpusItem);
}
