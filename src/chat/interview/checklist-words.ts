import type { Extraction } from "../../triage/extract/index.js";
import { doubt } from "../../triage/extract/reply.js";
import { fieldKind, negativeValue } from "../../triage/extract/values.js";
import type { IntakeField } from "../../triage/index.js";
import type { QuestionData, QuestionOptionData } from "../protocol/ui-message.js";
import { checklists, type ChecklistItem } from "./checklists.js";
import { asksSomething } from "./reply-intent.js";

// A checklist answered in words instead of taps: "just the numbness", "the first two",
// "all of them except the fever", "foot's a bit cold maybe, rest no". Named items take
// their value (denied: "no"; doubted: "unsure"), and once the visitor has named something,
// the items left unnamed are "none of these" for them (interfaces.md: multi fields not
// chosen are answered "no"). The extractor's reading of a field wins over these words.

const itemsByAnswer = new Map<string, ChecklistItem>(
  checklists
    .flatMap((list) => list.items.map((item) => [`${item.field}=${String(item.value)}`, item] as const))
    .reverse(),
);

/** The checklist item behind an option, found by the answer it gives: its label may be worded for someone else's knee. */
function itemOf(option: QuestionOptionData): ChecklistItem | undefined {
  const entries = Object.entries(option.answers);
  const [entry] = entries;
  if (entries.length !== 1 || !entry) return undefined;
  const item = itemsByAnswer.get(`${entry[0]}=${String(entry[1])}`);
  return item && { ...item, label: option.label };
}

const ALL = /\b(?:all of (?:them|those|these|the above)|all (?:three|four|five)|all|everything|every one)\b/;
const BOTH = /\bboth\b/;
const EXCEPT = /\b(?:except|apart from|but not|other than|besides)\b/;
const ONLY = /\b(?:just|only)\b/;
const REST_NO =
  /\b(?:none of the (?:others|rest|other ones)|nothing else|no others|(?:the )?rest (?:no|nope|not|none|are fine)|(?:the )?others? (?:no|nope|not)|not the others|that'?s (?:it|all)|none (?:of )?the rest)\b/;
const DENIAL =
  /\b(?:no|not|never|none|don't|dont|doesn't|doesnt|can't|cant|cannot|couldn't|couldnt|isn't|isnt|wasn't|won't|wont|neither|nor)\b/;
// A number is a position unless a unit follows it ("the first, for 2 weeks").
const notUnit = String.raw`(?!\s*(?:weeks?|wks?|days?|months?|years?|hours?|hrs?|times?|minutes?|mins?|/|out of|steps?))`;
const ORDINALS: ReadonlyArray<[RegExp, (count: number) => number[]]> = [
  [/\b(?:first|1st) (?:two|2)\b/, () => [0, 1]],
  [/\b(?:first|1st) (?:three|3)\b/, () => [0, 1, 2]],
  [/\b(?:last|final) (?:two|2)\b/, (count) => [count - 2, count - 1]],
  [new RegExp(String.raw`\b(?:first|1st|top)(?: one)?\b|(?:^|\s)(?:number |#)?1\b${notUnit}`), () => [0]],
  [new RegExp(String.raw`\b(?:second|2nd)\b|(?:^|\s)(?:number |#)?2\b${notUnit}`), () => [1]],
  [new RegExp(String.raw`\b(?:third|3rd)\b|(?:^|\s)(?:number |#)?3\b${notUnit}`), () => [2]],
  [new RegExp(String.raw`\b(?:fourth|4th)\b|(?:^|\s)(?:number |#)?4\b${notUnit}`), () => [3]],
  [/\b(?:last|bottom)(?: one)?\b/, (count) => [count - 1]],
];

type Polarity = "stated" | "denied" | "doubted";

function valueFor(item: ChecklistItem, polarity: Polarity): unknown {
  if (polarity === "stated") return item.value;
  if (polarity === "denied") return negativeValue(item.field);
  return fieldKind(item.field) === "yesNoUnsure" ? "unsure" : undefined;
}

function polarityOf(clause: string): Polarity {
  if (doubt.test(clause)) return "doubted";
  return DENIAL.test(clause) ? "denied" : "stated";
}

/**
 * Items whose whole label is in the reply (copied or pasted, as a tap would send it) are
 * stated; their labels are taken out so their own wording ("doesn't ease", "won't hold") is
 * not read as a denial of anything.
 */
function quotedItems(text: string, items: readonly ChecklistItem[]): { quoted: ChecklistItem[]; rest: string } {
  let rest = text;
  const quoted: ChecklistItem[] = [];
  for (const item of items) {
    const label = item.label.toLowerCase().replace(/[’']/g, "'");
    if (!rest.includes(label)) continue;
    quoted.push(item);
    rest = rest.replace(label, " ");
  }
  return { quoted, rest };
}

// Words that may stand around a position ("just the last one i think", "1 and 3, rest no").
const POSITION_FILLER =
  /\b(?:the|just|only|and|or|plus|also|too|one|ones|number|item|items|option|options|box|boxes|thing|things|both|of|i|i'm|im|think|guess|maybe|probably|perhaps|possibly|sure|not|no|none|nope|others?|rest|yes|yeah|yep|please|tick|ticked|those|these|that|them|is|are|it's|its|apply|applies|really|definitely|ok|okay|about|except|two|three|first|1st|second|2nd|third|3rd|fourth|4th|last|final|bottom|top|\d)\b|[&#]/g;

/**
 * A position word is a position only when the words around it are about positions: "the
 * night before last", "last week", "at first", "the first time" name no item (and must not
 * answer the others "none of these"). A bare number counts only when the whole reply is made
 * of positions ("1 and 3"), not "4. actually it was 3 weeks" (a score, then a correction).
 */
function onlyPositions(words: string): boolean {
  return words.replace(POSITION_FILLER, " ").trim() === "";
}

/** The items a clause names, by their words or by position ("the first two", "first and second"). */
function namedIn(clause: string, items: readonly ChecklistItem[], wholeReply = clause): ChecklistItem[] {
  const named = items.filter((item) => item.words.test(clause));
  if (named.length > 0) return named;
  if (!onlyPositions(clause.replace(/[,;.!?]+/g, " "))) return [];
  const withoutItems = items.reduce(
    (words, item) => words.replace(new RegExp(item.words.source, "g"), " "),
    wholeReply.replace(/[,;.!?]+/g, " ").replace(REST_NO, " "),
  );
  if (/(?:^|\s)(?:number |#)?\d\b/.test(clause) && !onlyPositions(withoutItems)) return [];
  const indexes = new Set<number>();
  for (const [pattern, positions] of ORDINALS)
    if (pattern.test(clause)) for (const index of positions(items.length)) indexes.add(index);
  return items.filter((_, index) => indexes.has(index));
}

export function checklistWords(text: string, question: QuestionData, extraction: Extraction): Record<string, unknown> {
  // A question about an item ("what do pins and needles mean?") is not a tick.
  if (asksSomething(text)) return {};
  const items = (question.options ?? []).map(itemOf).filter((item): item is ChecklistItem => item !== undefined);
  if (items.length === 0) return {};
  const { quoted, rest: normalized } = quotedItems(text.toLowerCase().replace(/[’']/g, "'"), items);
  const answers: Record<string, unknown> = {};
  const set = (item: ChecklistItem, polarity: Polarity) => {
    if (extraction.answers[item.field] !== undefined) return;
    const value = valueFor(item, polarity);
    if (value !== undefined && (answers[item.field] === undefined || polarity === "stated"))
      answers[item.field] = value;
  };
  let named = quoted.length > 0;
  const doubted = new Set<IntakeField>();
  for (const item of quoted) set(item, "stated");

  if (
    (ALL.test(normalized) || (BOTH.test(normalized) && items.length === 2)) &&
    !/\bnone\b|\bat all\b/.test(normalized)
  ) {
    named = true;
    const exceptAt = normalized.search(EXCEPT);
    const excluded = exceptAt >= 0 ? namedIn(normalized.slice(exceptAt), items) : [];
    for (const item of [...items].reverse()) if (!excluded.includes(item)) set(item, "stated");
    // "All of them except the fever": the fever is answered no, whatever the word alone reads as.
    for (const item of excluded) answers[item.field] = negativeValue(item.field);
  } else {
    for (const clause of normalized.split(/[,;.!?]+|\bbut\b|\band\b(?=\s+(?:not|no|can't|cant)\b)/)) {
      if (REST_NO.test(clause) && namedIn(clause.replace(REST_NO, " "), items, normalized).length === 0) continue;
      const inClause = namedIn(clause, items, normalized);
      if (inClause.length === 0) continue;
      named = true;
      const polarity = polarityOf(clause);
      for (const item of inClause) {
        set(item, polarity);
        if (polarity === "doubted") doubted.add(item.field);
      }
    }
  }
  const namedFields = new Set([...Object.keys(answers), ...doubted, ...Object.keys(extraction.answers)]);
  const extractedSome = question.fields.some((field) => extraction.answers[field] !== undefined);
  const restAreNo =
    named || extractedSome || REST_NO.test(normalized) || (ONLY.test(normalized) && namedFields.size > 0);
  if (!restAreNo) return answers;
  for (const field of question.fields) {
    if (!namedFields.has(field) && extraction.answers[field] === undefined) answers[field] = negativeValue(field);
  }
  return answers;
}
