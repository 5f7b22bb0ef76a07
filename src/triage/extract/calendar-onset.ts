import * as chrono from "chrono-node/en";
import type { IntakeField } from "../intake-schema.js";
import type { Sentence } from "./clauses.js";
import { uncertain, type MatchContext, type PhraseRule, type RuleValue } from "./matcher.js";
import { statementBefore, tellsOnset } from "./onset-context.js";

// daysSinceOnset from a point in time: "yesterday", "since Friday", "on saturday", "last
// tuesday", "this morning", "since mid October", "since Halloween", "since the 20th". The
// dates are read by chrono-node against the `now` the extractor is given; the knee's onset is
// always in the past, so a weekday or a date without a year is the most recent one. A day
// gives whole days (calendar days back); a time of day gives hours / 24 to 2 decimals, and
// "this morning" is 08:00 (tests/corpus/README.md). Spans ("for 3 weeks", "2 hours ago", "a
// couple of weeks") are not dates: duration.ts reads those.

const months = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const monthPattern = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

function monthIndex(word: string): number {
  return months.findIndex((month) => month.startsWith(word.slice(0, 3)));
}

/** Fixed-date holidays people date things by ("since Christmas"); chrono has none. */
const holidays: ReadonlyArray<[RegExp, number, number]> = [
  [/christmas eve|xmas eve/, 12, 24],
  [/boxing day/, 12, 26],
  [/new year'?s eve|hogmanay/, 12, 31],
  [/christmas|xmas/, 12, 25],
  [/new year'?s(?: day)?|new year/, 1, 1],
  [/halloween|hallowe'en/, 10, 31],
  [/bonfire night|guy fawkes(?: night)?/, 11, 5],
  [/valentine'?s(?: day)?/, 2, 14],
  [/st\.? patrick'?s(?: day)?|paddy'?s day/, 3, 17],
];
const holidayPattern = new RegExp(String.raw`\b(?:${holidays.map(([pattern]) => pattern.source).join("|")})\b`, "i");
const holidayParser: chrono.Parser = {
  pattern: () => holidayPattern,
  extract: (_context, match) => {
    const words = match[0].toLowerCase();
    const found = holidays.find(([pattern]) => pattern.test(words));
    return found ? { month: found[1], day: found[2] } : null;
  },
};

/** "mid October", "the start of November", "end of september": chrono reads only the month. */
const partOfMonthPattern = new RegExp(
  String.raw`\b(?:the\s+)?(start|beginning|mid|middle|end)(?:\s+of|-|\s+)\s*${monthPattern}\b`,
  "i",
);
const partOfMonthParser: chrono.Parser = {
  pattern: () => partOfMonthPattern,
  extract: (context, match) => {
    const month = monthIndex((match[2] ?? "").toLowerCase());
    if (month < 0) return null;
    const part = (match[1] ?? "").toLowerCase();
    const lastDay = new Date(context.refDate.getFullYear(), month + 1, 0).getDate();
    return { month: month + 1, day: part === "start" || part === "beginning" ? 1 : part === "end" ? lastDay : 15 };
  },
};

/** "since the start of the month", "the end of last month". */
const partOfThisMonthPattern =
  /\b(?:the\s+)?(start|beginning|mid|middle|end)(?:\s+of|-)\s+(?:the|this|last)\s+month\b/i;
const partOfThisMonthParser: chrono.Parser = {
  pattern: () => partOfThisMonthPattern,
  extract: (context, match) => {
    const reference = context.refDate;
    const month = reference.getMonth() - (/last\s+month/i.test(match[0]) ? 1 : 0);
    const part = (match[1] ?? "").toLowerCase();
    const day =
      part === "start" || part === "beginning"
        ? 1
        : part === "end"
          ? new Date(reference.getFullYear(), month + 1, 0).getDate()
          : 15;
    const date = new Date(reference.getFullYear(), month, day);
    return { year: date.getFullYear(), month: date.getMonth() + 1, day };
  },
};

/** "since the 20th", "on the 3rd": a day of this month (or last month, if that day is still to come). */
const dayOfMonthPattern =
  /\b(?:since|on|from)\s+(?:the\s+)?([12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?[a-z]*(?:time|attempt|floor|step|mile|lap|set|rep|game|week|day|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;
const dayOfMonthParser: chrono.Parser = {
  pattern: () => dayOfMonthPattern,
  extract: (context, match) => {
    const day = Number(match[1]);
    const reference = context.refDate;
    const thisMonth = day <= reference.getDate();
    const date = new Date(reference.getFullYear(), reference.getMonth() - (thisMonth ? 0 : 1), day);
    return date.getDate() === day ? { year: date.getFullYear(), month: date.getMonth() + 1, day } : null;
  },
};

/** "The night before last": the evening two days ago (chrono reads "before last" as nothing). */
const nightBeforeLastPattern = /\b(?:the\s+)?night\s+before\s+last\b/i;
const nightBeforeLastParser: chrono.Parser = {
  pattern: () => nightBeforeLastPattern,
  extract: (context) => {
    const date = new Date(context.refDate.getFullYear(), context.refDate.getMonth(), context.refDate.getDate() - 2);
    return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  },
};

const parser = chrono.GB.clone();
parser.parsers.push(holidayParser, partOfMonthParser, partOfThisMonthParser, dayOfMonthParser, nightBeforeLastParser);

// "Putting up the Christmas lights", "the Halloween party": a holiday naming a thing is no date.
const holidayThing = String.raw`(?!\s+(?:lights?|tree|trees|decorations?|decs|deccies|baubles|wreath|presents|gifts|shopping|jumper|market|markets|fair|cards?|display|party|parties|costume|costumes|pumpkins?|fireworks|bonfire)\b)`;

// Words that may start a date: chrono runs only when one of them is there (it costs ~0.2 ms a
// sentence). A month alone counts only after "since" ("skiing in February" says nothing
// plain about the onset; "since September" is an onset too vague to record, so asked).
const dayNumber = String.raw`(?:[12]?\d|3[01])(?:st|nd|rd|th)?`;
const dateWords = new RegExp(
  String.raw`\b(?:(?:the )?day before yesterday|(?:the )?night before last|yesterday|today|tonight|last night|(?:this|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day) (?:morning|afternoon|evening|night)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:since|on|last) (?:mon|fri|sat|sun)|(?:the )?(?:start|beginning|mid|middle|end)(?: of|-| )\s*${monthPattern}|since (?:early |late )?${monthPattern}|${dayNumber} (?:of )?${monthPattern}|${monthPattern} (?:the )?${dayNumber}|(?:${holidays.map(([pattern]) => pattern.source).join("|")})${holidayThing}|(?:since|on|from) (?:the )?(?:[12]?\d|3[01])(?:st|nd|rd|th)|(?:the )?(?:start|beginning|mid|middle|end)(?: of|-) (?:the|this|last) month|(?:since|on|from) \d{1,2}/\d{1,2}(?:/\d{2,4})?)\b`,
);

const partOfDayHour: ReadonlyArray<[string, number]> = [
  ["morning", 8],
  ["afternoon", 15],
  ["evening", 19],
  ["night", 22],
];
const dayMs = 24 * 60 * 60 * 1000;

// chrono's cost grows with the text it reads, so it reads only the words around the date
// word (enough for "since the start of November", "a week ago today", "last Tuesday").
const windowChars = 32;

/** The date chrono reads at sentence.text[start, end), if any. */
function dateAround(sentence: Sentence, start: number, end: number, now: Date): chrono.ParsedResult | undefined {
  const text = sentence.text;
  let from = Math.max(0, start - windowChars);
  let to = Math.min(text.length, end + windowChars);
  while (from > 0 && text[from - 1] !== " ") from--;
  while (to < text.length && text[to] !== " ") to++;
  return parser
    .parse(text.slice(from, to), now)
    .find((result) => from + result.index < end && start < from + result.index + result.text.length);
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** Days from a date read by chrono back to now, or uncertain when it is only a week, month or season. */
function daysBack(result: chrono.ParsedResult, now: Date): RuleValue | undefined {
  const start = result.start;
  const words = result.text.toLowerCase();
  // "Last week", "this month", "the weekend", "in February": a stretch of days, not a day (asked).
  if (
    (/\b(?:week|weekend|month)\b|\b(?:this|last|next|the) year\b/.test(words) &&
      !/\b(?:start|beginning|mid|middle|end)(?: of|-)/.test(words)) ||
    (!start.isCertain("day") && !start.isCertain("weekday") && start.isCertain("month"))
  )
    return uncertain;
  if (/\b(?:next|coming|tomorrow)\b/.test(words)) return undefined;
  // "Tonight" or "this evening" is past only once the evening has come.
  if (/\b(?:tonight|this evening)\b/.test(words) && now.getHours() < 17) return undefined;
  let date = start.date();
  const part = partOfDayHour.find(([name]) => words.includes(name) || result.tags().has(`casualReference/${name}`));
  const timed = start.isCertain("hour") || part !== undefined;
  // "The night before last" is counted in days, as "the day before yesterday" is.
  if (/night before last/.test(words)) return Math.round((startOfDay(now) - startOfDay(date)) / dayMs);
  // A part of the day is its usual hour ("this morning" is 08:00); chrono puts last night at midnight.
  if (words.includes("last night")) date = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, 22);
  else if (!start.isCertain("hour") && part) date.setHours(part[1], 0, 0, 0);
  if (date.getTime() > now.getTime()) {
    // The onset is past: a weekday is last week's, a date without a year last year's.
    if (start.isCertain("weekday") && !start.isCertain("day"))
      date = new Date(date.getFullYear(), date.getMonth(), date.getDate() - 7, date.getHours());
    else if (start.isCertain("day") && !start.isCertain("year") && startOfDay(date) > startOfDay(now))
      date.setFullYear(date.getFullYear() - 1);
    // Later today than now ("this afternoon" said at noon): today.
    if (startOfDay(date) === startOfDay(now) && date.getTime() > now.getTime()) return 0;
    if (date.getTime() > now.getTime()) return undefined;
  }
  // Today's own weekday named alone ("on Monday", said on a Monday) may mean a week ago, and
  // "last Tuesday" said on a Wednesday may mean the week before: asked.
  if (start.isCertain("weekday") && !start.isCertain("day")) {
    const daysAgo = Math.round((startOfDay(now) - startOfDay(date)) / dayMs);
    if ((daysAgo === 0 && !/\b(?:last|this)\b/.test(words)) || (daysAgo === 1 && /\blast\b/.test(words)))
      return uncertain;
  }
  if (timed) return Math.round(((now.getTime() - date.getTime()) / dayMs) * 100) / 100;
  return Math.round((startOfDay(now) - startOfDay(date)) / dayMs);
}

// A day that something is planned for ("booked in to see the GP on Friday", "a wedding on
// Saturday") is to come, not when the knee began.
const plansBefore =
  /\b(?:booked|booking|appointment|appt|(?:to )?see (?:the|a|my) \w+|until|till|next|(?:this|the) coming|due|planned|plan to|going to|gonna|will|i'll|we'll|i've got (?:a|an|my)|have got (?:a|an|my))\b/;

function calendarOnset(context: MatchContext): RuleValue | undefined {
  const { match, scope, sentence, now } = context;
  const at = scope.start + match.index - sentence.start;
  const before = scope.text.slice(Math.max(0, match.index - 30), match.index);
  // "A week ago today" is one date (duration.ts reads it); "better today" says how it is now.
  if (/^today\b/.test(match[0]) && /\b(?:ago|better|worse|sore|fine|bad|ok|okay|good|easier|stiff)\s+$/.test(before))
    return undefined;
  if (!tellsOnset(context) || plansBefore.test(statementBefore(scope.text, match.index))) return undefined;
  const result = dateAround(sentence, at, at + match[0].length, now);
  return result ? daysBack(result, now) : undefined;
}

const field: IntakeField = "daysSinceOnset";

export const calendarRules: PhraseRule[] = [{ field, pattern: dateWords, value: calendarOnset, negated: "skip" }];
