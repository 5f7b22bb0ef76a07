import type { IntakeField } from "../intake-schema.js";
import { uncertain, type MatchContext, type PhraseRule, type RuleValue } from "./matcher.js";

// daysSinceOnset from "3 weeks", "2 hours ago", "since Tuesday", "yesterday". Vague amounts
// ("a couple of weeks", "about 6 weeks", "last week") are a range of days; the value is kept
// only when the whole range falls on the same side of every threshold the rules use
// (acute ≤ 7, R-FUNCTION ≥ 7, R-WORSENING ≥ 14, R-PERSISTENT > 42). Otherwise it is asked.

const numberWords: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
};
const vagueAmounts: Readonly<Record<string, [number, number, number]>> = {
  // [low, high, typical], in units.
  couple: [1.5, 3, 2],
  few: [2, 5, 3],
  several: [3, 7, 4],
};
const unitDays: Readonly<Record<string, number>> = {
  minute: 1 / 1440, hour: 1 / 24, day: 1, night: 1, week: 7, fortnight: 14, month: 30, year: 365,
};

interface DayRange {
  low: number;
  high: number;
  typical: number;
}

function thresholdSides(days: number): string {
  return [days <= 7, days >= 7, days >= 14, days > 42].join();
}

/** Whole days for a vague amount, unless rounding would cross a threshold (7.4 is not ≤ 7). */
function roundDays(days: number, exact: boolean): number {
  const hundredths = Math.round(days * 100) / 100;
  if (exact || days < 1) return hundredths;
  return thresholdSides(Math.round(days)) === thresholdSides(days) ? Math.round(days) : hundredths;
}

/** The typical value when the range cannot cross a rule threshold, otherwise ask. */
function daysFromRange(range: DayRange): RuleValue {
  if (range.low < 0 || !Number.isFinite(range.high)) return uncertain;
  return thresholdSides(range.low) === thresholdSides(range.high) ? roundDays(range.typical, range.low === range.high) : uncertain;
}

const numberWordPattern = Object.keys(numberWords).filter((word) => word !== "a" && word !== "an").join("|");
// "Seven and a half", "1.5", "half a", "a couple of".
const numberPattern = String.raw`(?:\d+|an?|${numberWordPattern}) and a half|\d+(?:\.\d+)?|(?:a )?couple(?: of)?|(?:a )?few|several|half an?|an?|${numberWordPattern}`;
const approxPattern = String.raw`(?:just |about |around |roughly |approximately |approx |nearly |almost |over |more than |less than |under |at least |~ ?|maybe |probably |up to |a good |a bit over |a little over |well over )*`;
const unitPattern = String.raw`minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?`;

function amount(word: string): [number, number, number] | undefined {
  const andAHalf = /^(.+) and a half$/.exec(word);
  if (andAHalf) {
    const whole = amount(andAHalf[1] ?? "");
    return whole && whole[0] === whole[1] ? [whole[0] + 0.5, whole[1] + 0.5, whole[2] + 0.5] : undefined;
  }
  const cleaned = word.replace(/^a /, "").replace(/ of$/, "");
  const vague = vagueAmounts[cleaned];
  if (vague) return vague;
  if (/^half an?$/.test(word)) return [0.5, 0.5, 0.5];
  const value = /^\d/.test(cleaned) ? Number(cleaned) : numberWords[cleaned];
  return value === undefined ? undefined : [value, value, value];
}

function rangeFor(approx: string, low: [number, number, number], high: [number, number, number], unit: number, suffix: string): DayRange {
  let range: DayRange = { low: low[0] * unit, high: high[1] * unit, typical: ((low[2] + high[2]) / 2) * unit };
  const about = /about|around|roughly|approx|~|maybe|probably|a good/.test(approx) || /ish|or so/.test(suffix);
  if (/over|more than|at least/.test(approx) || /or more|plus/.test(suffix)) {
    // The typical value must be past the stated amount: "over 6 weeks" is R-PERSISTENT.
    const past = unit >= 1 ? Math.floor(range.low) + 1 : range.low * 1.1;
    range = { low: range.low + 0.01, high: range.high * 1.5, typical: past };
  } else if (/less than|under|up to/.test(approx)) {
    range = { low: range.low * 0.5, high: range.high - 0.01, typical: range.typical * 0.9 };
  } else if (/nearly|almost/.test(approx)) {
    range = { low: range.low * 0.8, high: range.high, typical: range.typical };
  }
  if (about) range = { low: range.low * 0.85, high: range.high * 1.15, typical: range.typical };
  return range;
}

// Words around a duration that make it something other than the onset.
const notOnsetBefore =
  /(?:\b(?:in(?!\s+(?:the\s+)?(?:last|past)\b)|within(?!\s+(?:the\s+)?(?:last|past)\b)|after|every|each|per|next|another|times|once|twice|x|sessions|runs|took|taken|taking)|\d\s*(?:k|km|mi|miles))\s+$/;
// "Been running for 5 years" is how long they have done the sport, not had the pain.
const activityFor = /\b(?:running|playing|cycling|training|swimming|jogging|dancing|climbing|skiing|lifting|working|runner|player|cyclist|married|retired|doing (?:it|this|that))\s+(?:for\s+)?(?:the\s+(?:last|past)\s+)?$/;
const notOnsetAfter =
  /^\s*(?:a|per|each|every|in a row|of (?:running|walking|exercise|training|sitting|standing)|running|walking|later|after|afterwards|'s time|s time|time|old|of age|off|pregnant|post|since (?:my|the) (?:surgery|op|operation))\b/;
// "It has ached for 3 weeks after runs": a perfect tense with "for" tells how long the pain has
// gone on, whatever follows ("after runs" says when it aches, not since when).
const ongoingFor = /(?:\b(?:has|have)|'ve)\s+(?:been|had|hurt|[a-z]+ed)\s+(?:[a-z]+\s+){0,2}?for\s+$|'s\s+been\s+(?:[a-z]+\s+){0,2}?for\s+$/;
const laterWords = /^\s*(?:after|afterwards|later)\b/;
// Durations of past treatment or illness are history, not the onset of this pain.
const surgeryNearby = /\b(?:surgery|operation|op|arthroscopy|injection|replacement|reconstruction|scope|scoped|cancer|chemo\w*|tumou?r|diagnosed|remission|radiotherapy)\b/;
const hoursNeedAnchor = /\b(?:since|past|last|over the|for the)\s+(?:\w+\s+)?$/;

function numericOnset(context: MatchContext): RuleValue | undefined {
  const { match, scope } = context;
  const [, approx = "", lowWord, word = "", unitWord = "", suffix = ""] = match;
  // The words just before decide (the patterns are anchored at the end): a window keeps long text linear.
  const before = scope.text.slice(Math.max(0, match.index - 80), match.index);
  const after = scope.text.slice(match.index + match[0].length);
  const saysWhenItAches = laterWords.test(after) && ongoingFor.test(before);
  if (notOnsetBefore.test(before) || activityFor.test(before) || (notOnsetAfter.test(after) && !saysWhenItAches)) return undefined;
  if (surgeryNearby.test(scope.text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 25))) return undefined;
  const unit = unitDays[unitWord.replace(/s$/, "")];
  // "A week and a half": the half follows the unit.
  const stated = amount(word);
  const quantity = stated && /and a half/.test(suffix) ? (stated.map((value) => value + 0.5) as [number, number, number]) : stated;
  const lowQuantity = lowWord === undefined ? quantity : amount(lowWord);
  // "a week or two": the second number is the top of the range.
  const orMore = / or (\w+)$/.exec(suffix);
  const highQuantity = orMore?.[1] !== undefined && orMore[1] !== "so" && orMore[1] !== "more" ? amount(orMore[1]) : quantity;
  if (unit === undefined || !quantity || !lowQuantity || !highQuantity) return undefined;
  const expectingOnset = context.expecting.includes("daysSinceOnset");
  const ago = /^\s*ago\b/.test(after);
  if (unit < 1 && !ago && !hoursNeedAnchor.test(before) && !expectingOnset) return undefined;
  // "I'm 5 weeks in": into what? Ask.
  if (/^\s+in\s*$/.test(after) || /^\s+in(?: to| now)\b/.test(after)) return uncertain;
  return daysFromRange(rangeFor(approx, lowQuantity, highQuantity, unit, suffix));
}

const eventVerb =
  /\b(?:happened|happen|started|start|starts|began|begun|begin|came on|come on|fell|fall|fallen|tripped|slipped|twisted|twist|hurt it|hurt my|injured|injure|did it|done it|landed|jumped|popped|pop|gave way|buckled|locked|swelled|banged|hit|kicked|knocked|crashed|collided|tackled|tore|sprained|since|onset|noticed|woke up with|went over|pulled|tweaked|jarred|dislocated|accident)\b/;

/** Relative days count as the onset only with an event ("fell yesterday"), not "it's sore today". */
function relativeOnset(days: RuleValue) {
  return (context: MatchContext): RuleValue | undefined =>
    context.expecting.includes("daysSinceOnset") || eventVerb.test(context.sentence.text) ? days : undefined;
}

const weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

function weekdayOnset(context: MatchContext): RuleValue | undefined {
  const [, qualifier = "", day = ""] = context.match;
  const target = weekdays.indexOf(day);
  if (target < 0 || /this|next|coming/.test(qualifier)) return undefined;
  const daysBack = (context.now.getDay() - target + 7) % 7;
  // "Last Saturday" may mean the one before; today's own weekday may mean a week ago.
  if (/last/.test(qualifier) || daysBack === 0) return relativeOnset(uncertain)(context);
  return relativeOnset(daysBack)(context);
}

function weekendOnset(context: MatchContext): RuleValue | undefined {
  const today = context.now.getDay();
  const sinceSunday = today % 7;
  const sinceSaturday = (today + 1) % 7;
  const lastWeekend = /last/.test(context.match[0]) ? 7 : 0;
  const range = today === 6 || today === 0
    ? { low: lastWeekend, high: sinceSaturday + lastWeekend, typical: sinceSaturday + lastWeekend }
    : { low: sinceSunday, high: sinceSaturday, typical: sinceSaturday };
  return relativeOnset(daysFromRange(range))(context);
}

const field: IntakeField = "daysSinceOnset";

export const durationRules: PhraseRule[] = [
  {
    field,
    pattern: new RegExp(String.raw`\b(${approxPattern})(?:(${numberPattern})\s*(?:-|to|or)\s*)?(${numberPattern})\s*(${unitPattern})\b((?:-?ish| or so| or more| plus| or (?:two|three|four|2|3|4)| and a half)?)`),
    value: numericOnset,
    negated: "skip",
  },
  {
    field,
    pattern: /\bfor (?:many |some )?(days|weeks|months|years|ages)\b/,
    value: (context) => {
      const ranges: Record<string, DayRange> = {
        days: { low: 2, high: 6, typical: 3 },
        weeks: { low: 14, high: 56, typical: 21 },
        months: { low: 60, high: 365, typical: 60 },
        years: { low: 730, high: 3650, typical: 730 },
      };
      const range = ranges[context.match[1] ?? ""];
      return range ? daysFromRange(range) : uncertain;
    },
    negated: "skip",
  },
  { field, pattern: /\b(?:the )?day before yesterday\b/, value: relativeOnset(2), negated: "skip" },
  { field, pattern: /\b(?:yesterday|last night)\b/, value: relativeOnset(1), negated: "skip" },
  {
    field,
    pattern: /\b(?:today|this morning|this afternoon|this evening|tonight|earlier today|earlier(?! this| in| on| last)|just now|moments ago)\b/,
    value: relativeOnset(0),
    negated: "skip",
  },
  { field, pattern: /\b(since |on |last |this past |this |next |coming )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/, value: weekdayOnset, negated: "skip" },
  { field, pattern: /\b(?:(?:at|over|on|during|since) the weekend|this weekend|last weekend|this past weekend)\b/, value: weekendOnset, negated: "skip" },
  { field, pattern: /\b(?:last|this past|the past) (?:week|month|year)\b|\bthe other day\b/, value: relativeOnset(uncertain), negated: "skip" },
];
