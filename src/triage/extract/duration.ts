import type { IntakeField } from "../intake-schema.js";
import { uncertain, type MatchContext, type PhraseRule, type RuleValue } from "./matcher.js";
import { aboutAnotherComplaint, datesTreatment, tellsOnset } from "./onset-context.js";
import { countWords } from "./number-words.js";

// daysSinceOnset from a span: "3 weeks", "2 hours ago", "a couple of weeks", "about a month",
// "two and a half weeks". These are hand-written because chrono-node reads points in time,
// not spans ("for 3 weeks", "a couple of weeks", "2-3 weeks" it leaves alone or misreads);
// dates ("since Friday", "yesterday", "since mid October") are read by chrono in
// calendar-onset.ts. An amount said roughly ("about 2 weeks", "a couple of weeks", "3ish
// days") is its usual value (tests/corpus/README.md dates); a range the visitor gives ("2-3
// weeks", "a week or two", "several weeks") is kept only when it falls on one side of every
// threshold the rules use (acute ≤ 7, R-FUNCTION ≥ 7, R-WORSENING ≥ 14, R-PERSISTENT > 42),
// otherwise asked. Vague spans ("for weeks", "ages", "last week") are asked, never guessed.

const numberWords: Readonly<Record<string, number>> = {
  ...countWords,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
};
const vagueAmounts: Readonly<Record<string, [number, number, number]>> = {
  // [low, high, typical], in units: "a couple" is 2 and "a few" 3 (tests/corpus/README.md);
  // "several" is a range.
  couple: [2, 2, 2],
  few: [3, 3, 3],
  several: [3, 7, 4],
};
const unitDays: Readonly<Record<string, number>> = {
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  night: 1,
  week: 7,
  fortnight: 14,
  // "Two weekends ago": a weekend a week.
  weekend: 7,
  month: 30,
  year: 365,
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

/**
 * The typical value when the range cannot cross a rule threshold. A range across the 14- or
 * 42-day thresholds takes its top, the worse end ("six or seven weeks" is 49: R-PERSISTENT);
 * one across the acute week (7 days) is asked, since either end may be the worse there.
 */
function daysFromRange(range: DayRange, stated: boolean): RuleValue {
  if (range.low < 0 || !Number.isFinite(range.high)) return uncertain;
  if (thresholdSides(range.low) === thresholdSides(range.high))
    return roundDays(range.typical, range.low === range.high);
  const acuteSides = (days: number) => [days <= 7, days >= 7].join();
  return stated && acuteSides(range.low) === acuteSides(range.high) ? roundDays(range.high, true) : uncertain;
}

const numberWordPattern = Object.keys(numberWords)
  .filter((word) => word !== "a" && word !== "an")
  .join("|");
// "Seven and a half", "1.5", "half a", "a couple of".
const numberPattern = String.raw`(?:\d+|an?|${numberWordPattern}) and a half|\d+(?:\.\d+)?|(?:a )?couple(?: of)?|(?:a )?few|several|half an?|an?|${numberWordPattern}`;
const approxPattern = String.raw`(?:just |about |around |roughly |approximately |approx |nearly |almost |over |more than |less than |under |at least |~ ?|maybe |probably |up to |a good |a bit over |a little over |well over )*`;
const unitPattern = String.raw`minutes?|hours?|days?|nights?|weekends?(?=\s+ago\b)|weeks?|fortnights?|months?|years?`;

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

function rangeFor(
  approx: string,
  low: [number, number, number],
  high: [number, number, number],
  unit: number,
  suffix: string,
): DayRange {
  let range: DayRange = { low: low[0] * unit, high: high[1] * unit, typical: ((low[2] + high[2]) / 2) * unit };
  // "About 2 weeks", "a month or so" and "3ish days" are taken as said (the corpus's reading).
  if (/over|more than|at least/.test(approx) || /or more|plus/.test(suffix)) {
    // The typical value must be past the stated amount: "over 6 weeks" is R-PERSISTENT.
    const past = unit >= 1 ? Math.floor(range.low) + 1 : range.low * 1.1;
    range = { low: range.low + 0.01, high: range.high * 1.5, typical: past };
  } else if (/less than|under|up to/.test(approx)) {
    range = { low: range.low * 0.5, high: range.high - 0.01, typical: range.typical * 0.9 };
  } else if (/nearly|almost/.test(approx)) {
    range = { low: range.low * 0.8, high: range.high, typical: range.typical };
  }
  return range;
}

// Words around a duration that make it something other than the onset ("wait on it a few
// days", "rest it for a week" plan ahead; "been waiting 8 weeks" is still how long it has hurt).
const notOnsetBefore =
  /(?:\b(?:in(?!\s+(?:the\s+)?(?:last|past)\b)|within(?!\s+(?:the\s+)?(?:last|past)\b)|after|every|each|per|next|another|times|once|twice|x|sessions|runs|took|taken|taking|days|nights|hours|minutes|mins|miles|laps|games|matches|classes|shifts)|\d\s*(?:k|km|mi|miles)|(?<!\bbeen\s)\b(?:wait(?: on it| it out)?|give it|leave it|rest it)(?: for)?)\s+$/;
// "Been running for 5 years" is how long they have done the sport, not had the pain.
const activityFor =
  /\b(?:running|playing|cycling|training|swimming|jogging|dancing|climbing|skiing|lifting|working|runner|player|cyclist|married|retired|doing (?:it|this|that))\s+(?:for\s+)?(?:the\s+(?:last|past)\s+)?$/;
const notOnsetAfter =
  /^\s*(?:a|per|each|every|in a row|till|until|til|to go|away|before (?:my|the)|out from|from now|'s? time|of (?:running|walking|exercise|training|sitting|standing)|running|walking|later|after|afterwards|'s time|s time|time|old|of age|off|pregnant|post|since (?:my|the) (?:surgery|op|operation))\b/;
// "It has ached for 3 weeks after runs": a perfect tense with "for" tells how long the pain has
// gone on, whatever follows ("after runs" says when it aches, not since when).
const ongoingFor =
  /(?:\b(?:has|have)|'ve)\s+(?:been|had|hurt|[a-z]+ed)\s+(?:[a-z]+\s+){0,2}?for\s+$|'s\s+been\s+(?:[a-z]+\s+){0,2}?for\s+$/;
// "Worse the last few days" dates the change, not the onset.
const trendPeriod =
  /\b(?:worse|better|flar(?:ed|ing) up|worst|improv\w+)\s+(?:(?:for|over|in|during)\s+)?(?:the\s+)?(?:last|past)\s+$/;
const laterWords = /^\s*(?:after|afterwards|later)\b/;
// Durations of past treatment or illness are history, not the onset of this pain.
const surgeryNearby =
  /\b(?:surgery|operation|op|arthroscopy|injection|replacement|reconstruction|scope|scoped|cancer|chemo\w*|tumou?r|diagnosed|remission|radiotherapy|had it done|replaced|trimmed|repaired|reconstructed|operated|new knee)\b/;
// "Since the op, 3 weeks": the pain dates from the operation.
const sinceSurgery = /\bsince (?:the|my) (?:surgery|operation|op)\b/;
// A reply to these questions dates their own subject ("yes, had it done 2 years ago").
const historyQuestions: ReadonlySet<IntakeField> = new Set([
  "kneeReplacement",
  "recentSurgeryOrInjection",
  "cancerHistory",
  "anticoagulants",
  "immunosuppressed",
  "weightLoss",
  "woundProblem",
  "boneLump",
]);
const hoursNeedAnchor = /\b(?:since|past|last|over the|for the)\s+(?:\w+\s+)?$/;

/** "For years, 4 years really": an amount in the same unit as the vague span, said with it. */
function statesAmountOf(vague: string, sentence: string): boolean {
  const unit = /\b(day|week|month|year)s\b/.exec(vague)?.[1];
  return unit !== undefined && new RegExp(String.raw`\b(?:\d+|${numberWordPattern})\s*${unit}s?\b`).test(sentence);
}

function numericOnset(context: MatchContext): RuleValue | undefined {
  const { match, scope } = context;
  const [, approx = "", lowWord, word = "", unitWord = "", suffix = ""] = match;
  // The words just before decide (the patterns are anchored at the end): a window keeps long text linear.
  const before = scope.text.slice(Math.max(0, match.index - 80), match.index);
  const after = scope.text.slice(match.index + match[0].length);
  const saysWhenItAches = laterWords.test(after) && ongoingFor.test(before);
  if (
    notOnsetBefore.test(before) ||
    activityFor.test(before) ||
    trendPeriod.test(before) ||
    (notOnsetAfter.test(after) && !saysWhenItAches)
  )
    return undefined;
  const near = scope.text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 25);
  if ((surgeryNearby.test(near) && !sinceSurgery.test(near)) || datesTreatment(context)) return undefined;
  if (context.expecting.some((name) => historyQuestions.has(name)) || aboutAnotherComplaint(context)) return undefined;
  const unit = unitDays[unitWord.replace(/s$/, "")];
  // "Puffy over 2 days" is during 2 days; "for over 6 weeks" is more than 6 weeks.
  const during =
    /^over\b/.test(approx) &&
    !/\b(?:for|been|since|it's|its|is|was|had (?:it|this))\s+$/.test(before) &&
    !/^\s*ago\b/.test(after);
  const amountWords = during ? approx.replace(/^over\s+/, "") : approx;
  // "A week and a half": the half follows the unit.
  const stated = amount(word);
  const quantity =
    stated && /and a half/.test(suffix) ? (stated.map((value) => value + 0.5) as [number, number, number]) : stated;
  const lowQuantity = lowWord === undefined ? quantity : amount(lowWord);
  // "a week or two": the second number is the top of the range.
  const orMore = / or (\w+)$/.exec(suffix);
  const highQuantity =
    orMore?.[1] !== undefined && orMore[1] !== "so" && orMore[1] !== "more" ? amount(orMore[1]) : quantity;
  if (unit === undefined || !quantity || !lowQuantity || !highQuantity) return undefined;
  const expectingOnset = context.expecting.includes("daysSinceOnset");
  const ago = /^\s*ago\b/.test(after);
  if (unit < 1 && !ago && !hoursNeedAnchor.test(before) && !expectingOnset) return undefined;
  // "I'm 5 weeks in": into what? Ask.
  if (/^\s+in\s*$/.test(after) || /^\s+in(?: to| now)\b/.test(after)) return uncertain;
  // An episode years ago ("tore my ACL 10 years ago") is the past before this one, unless the
  // pain dates from it ("it has hurt since I fell 2 years ago").
  if (
    unit >= 365 &&
    !expectingOnset &&
    /^\s*(?:ago|back)\b/.test(after) &&
    !/\b(?:since|started|began|ever since|for)\b/.test(context.sentence.text)
  )
    return undefined;
  // A range the visitor states ("6-7 weeks", "six or seven weeks"), not a vague amount ("several").
  const statedRange =
    (lowWord !== undefined || orMore?.[1] !== undefined) && !/several|few|couple/.test(`${lowWord ?? ""} ${word}`);
  return daysFromRange(rangeFor(amountWords, lowQuantity, highQuantity, unit, suffix), statedRange);
}

/** Relative words count as the onset only with an event ("fell earlier"), not "it's sore today". */
function relativeOnset(days: RuleValue) {
  return (context: MatchContext): RuleValue | undefined => (tellsOnset(context) ? days : undefined);
}

const field: IntakeField = "daysSinceOnset";

export const durationRules: PhraseRule[] = [
  {
    field,
    pattern: new RegExp(
      String.raw`\b(${approxPattern})(?:(${numberPattern})\s*(?:-|to|or)\s*)?(${numberPattern})\s*(${unitPattern})\b((?:-?ish| or so| or more| plus| or (?:two|three|four|2|3|4)| and a half)?)`,
    ),
    value: numericOnset,
    negated: "skip",
  },
  // "Over the last year": the whole year (a point "last year" is asked, below).
  {
    field,
    pattern: /\b(?:over|for|during|in|throughout|across) (?:the )?(?:last|past) (week|fortnight|month|year)\b/,
    value: (context) =>
      relativeOnset({ week: 7, fortnight: 14, month: 30, year: 365 }[context.match[1] ?? ""] ?? uncertain)(context),
    negated: "skip",
  },
  // Vague spans and points: asked, never guessed (tests/corpus/README.md).
  {
    field,
    pattern: /\bfor (?:many |some |a few |several )?(?:days|weeks|months|years|ages)\b|\b(?:for )?ages\b|^years\b/,
    value: (context) =>
      activityFor.test(context.scope.text.slice(0, context.match.index)) ||
      aboutAnotherComplaint(context) ||
      // "On and off for years, 4 years really": the amount the visitor then gives is the answer.
      statesAmountOf(context.match[0], context.sentence.text)
        ? undefined
        : uncertain,
    negated: "skip",
  },
  { field, pattern: /\b(?:just now|moments? ago|a moment ago)\b/, value: relativeOnset(0), negated: "skip" },
  // "Earlier" is some hours ago today: the hours are asked (tests/corpus/README.md, vague).
  { field, pattern: /\bearlier(?! this| in| on| last| today)\b/, value: relativeOnset(uncertain), negated: "skip" },
  {
    field,
    pattern:
      /\b(?:last|this past|the past) (?:week|month|year)\b|\bthe other day\b|\b(?:(?:at|over|on|during|since) the weekend|this weekend|last weekend|this past weekend)\b|\b(?:since|in|over|during) the (?:summer|spring|autumn|winter)\b|\ba while (?:back|ago)\b/,
    value: relativeOnset(uncertain),
    negated: "skip",
  },
];
