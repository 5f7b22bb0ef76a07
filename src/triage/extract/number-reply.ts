import type { IntakeField } from "../intake-schema.js";
import { uncertain, type RuleValue } from "./matcher.js";
import { numberFrom, numberTokenPattern } from "./number-words.js";

// A reply to the age or pain-score question, in digits or words: "53", "fifty three",
// "about a 4, maybe 5 on a bad day" (spec §3: the pain at its worst, so the higher one),
// "six or seven", "3ish", "12 out of 10" (beyond the scale is its top), "I'll be 16 in March".

// A number with a unit after it is a duration, a distance or a count, not the answer.
const unitAfter =
  /^\s*(?:-\s*)?(?:weeks?|wks?|days?|months?|(?:years?|yrs?)\b(?![\s-]*old)|hours?|hrs?|minutes?|mins?|times|x\b|k\b|km|kms|miles?|mi\b|kg|kgs|kilos?|lbs?|pounds|stone|st\b|cm|ft|feet|foot|m\b|%|percent|steps?|stairs|flights?|am\b|pm\b|o'clock|:\d)/;
// "out of 10", "/10": the scale, not a second score.
const scaleAfter = /^\s*(?:\/|out of|outta|over)\s*10\b/;
// A full stop after the number ends the sentence ("4. actually it was 3 weeks"); a digit after it is a decimal.
const numberToken = new RegExp(String.raw`(?<![\w.'/])(${numberTokenPattern})(?:\s*-?ish\b)?(?![\w'])(?!\.\w)`, "g");

// "7, no actually 5": the number said after a correction wins.
const correctionCue = /\b(?:i mean|i meant|sorry|actually|make that|no wait|wait|correction|or rather|scratch that)\b/g;

interface NumberMention {
  /** Offset in the reply. */
  at: number;
  value: number;
  /** Written as a score ("a 6", "6/10") rather than as an age. */
  score: boolean;
  /** "Will be 16", "16 next month": the age to come. */
  turning: boolean;
  /** "Not an 8": a number the visitor takes back. */
  denied: boolean;
}

function mentions(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  numberToken.lastIndex = 0;
  for (const match of text.matchAll(numberToken)) {
    const token = match[1] ?? "";
    const value = numberFrom(token);
    if (value === undefined) continue;
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    const after = text.slice(match.index + match[0].length);
    // "one" in "the left one", "a 10 minute walk": not a number that answers.
    const scale = scaleAfter.test(after);
    if (unitAfter.test(after) || (token === "one" && !scale && text.trim().split(/\s+/).length > 3)) continue;
    if (/\/\s*$|out of\s*$/.test(before)) continue;
    found.push({
      at: match.index,
      value,
      score: scale || /\b(?:a|an)\s+(?:solid |good |strong |hard |easy |low |high )?$/.test(before),
      turning:
        /\b(?:will be|i'll be|he'll be|she'll be|turning|turn|gonna be|going to be)\s+$/.test(before) ||
        (/^\s+(?:next|in (?:january|february|march|april|may|june|july|august|september|october|november|december|a few|a couple|\d|two|three))\b/.test(
          after,
        ) &&
          /\bbe\s+$/.test(before)),
      denied: /\bnot\s+(?:a |an |even )?$/.test(before),
    });
    if (scale && value > 10) (found[found.length - 1] as NumberMention).value = 10;
  }
  return found;
}

/** The answer a reply gives to the age or pain-score question, uncertain when it is unclear. */
export function numberReply(field: IntakeField, text: string): RuleValue | undefined {
  let said = mentions(text).filter((mention) => !mention.denied);
  if (said.length === 0) return undefined;
  const corrected = Math.max(-1, ...[...text.matchAll(correctionCue)].map((cue) => cue.index));
  if (said.some((mention) => mention.at < corrected) && said.some((mention) => mention.at > corrected))
    said = said.filter((mention) => mention.at > corrected);
  if (field === "age") {
    const ages = said.filter((mention) => !mention.score);
    const [age] = ages;
    if (ages.length !== 1 || !age) return uncertain;
    // "He's 9 and a half" is 9; "I'll be 16 in March" is 15 now.
    const years = Math.floor(age.value) - (age.turning ? 1 : 0);
    return years >= 0 && years <= 120 ? years : uncertain;
  }
  if (field === "painScore") {
    const score = Math.ceil(Math.max(...said.map((mention) => mention.value)));
    return score >= 0 && score <= 10 ? score : uncertain;
  }
  // daysSinceOnset: a number without a unit could be days or weeks.
  return said.length === 1 && /^\s*(?:about |around |maybe )?[\w-]+\s*$/.test(text) ? uncertain : undefined;
}
