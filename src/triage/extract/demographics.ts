import type { MatchContext, PhraseRule, RuleValue } from "./matcher.js";
import { uncertain } from "./matcher.js";
import { numberFromWords } from "./number-words.js";
import { relativeWords } from "./subject.js";

// Age, sex and side. An age needs words that make it one ("I'm 62", "34yo", "aged 40"):
// a bare number is a duration, a distance or a score until the chat has asked for the age.

function ageValue(group: number) {
  return (context: MatchContext): RuleValue | undefined => {
    const age = Number(context.match[group]);
    if (!Number.isInteger(age)) return undefined;
    return age >= 0 && age <= 120 ? age : uncertain;
  };
}

// "I'm 15 and a half stone", "14 and a half weeks pregnant": a weight or a time, not an age.
const andAHalfOf = String.raw`and (?:a )?half\s+(?:stone|st\b|kg|kgs|kilos?|lbs?|pounds|weeks?|months?|days?|hours?|miles?|k\b|km)`;

// What may follow "I'm 34" when 34 is not an age ("I'm 5 weeks in", "I'm 80kg", "I'm 7/10").
const notAgeAfter = String.raw`(?!\s*(?:${andAHalfOf}|[%/.,]\d|%|/|-\s*\d|\.\d|km|k\b|kg|kgs|kilos?|lbs?|pounds|stone|st\b|cm|ft|feet|foot|m\b|miles?|mi\b|weeks?|days?|months?|hours?|minutes?|mins?|times|x\b|out of|percent|th\b|nd\b|rd\b|weeks? in|minutes?|ish (?:weeks|days)|'\d))`;

// "34F", "hi, 45M", "... squishy lump there, 54f": the shorthand opens the message or follows a comma.
const ageSexShorthand =
  /(?:^(?:(?:hi|hello|hey|hiya)\b[\s,!.]*)?|[,;]\s*)(\d{2})\s?([fm])\b(?![\s-]*(?:\d|away|from|high|tall|run|sprint))/;
// Ten and above in words ("fifty three", "nineteen"), for ages said in words.
const ageWords = String.raw`(?:(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a )?hundred)`;

// What may follow "I'm fifty" when fifty is not an age ("fifteen minutes away", "twenty k",
// "he's sixteen stone", "twenty years older").
const notAgeInWordsAfter = String.raw`(?![\s-]*(?:${andAHalfOf}|minutes?|mins?|hours?|days?|weeks?|months?|times|percent|out of|k\b|km|kg|kgs|kilos?|stone|st\b|pounds|lbs?|miles?|metres?|meters?|yards?|steps?|years? (?:older|younger|ago|on|since|after|before)|(?:\w+ )?(?:overweight|underweight)))`;

// "my son is", "my daughter, 13", "she's": a parent or relative about to tell the patient's age.
const relativeIsAged = String.raw`(?:${relativeWords}(?:\s*[,(]\s*|\s+(?:is|who is|who's|aged|turned|has just turned|just turned)\s+)|\b(?:he|she)(?:'s|\s+is)\s+)(?:only\s+|just\s+|nearly\s+|almost\s+)?`;

function ageInWords(group: number) {
  return (context: MatchContext): RuleValue | undefined => numberFromWords(context.match[group] ?? "");
}

const sexWords = String.raw`(woman|female|lady|girl|gal|man|male|guy|boy|bloke|gentleman|gent|non-binary|nonbinary|non binary)`;

function sexValue(group: number) {
  return (context: MatchContext): RuleValue | undefined => {
    const word = context.match[group] ?? "";
    if (/^(?:woman|female|lady|girl|gal|f)$/.test(word)) return "female";
    if (/^(?:man|male|guy|boy|bloke|gentleman|gent|m)$/.test(word)) return "male";
    if (/binary/.test(word)) return "other";
    return undefined;
  };
}

export const demographicRules: PhraseRule[] = [
  { field: "age", pattern: /\b(\d{1,3})\s*-?\s*(?:years?|yrs?)[\s-]*old\b/, value: ageValue(1), negated: "skip" },
  { field: "age", pattern: /\b(\d{1,3})\s*(?:yo|y\/o|y\.o|yr old|yrs old)\b/, value: ageValue(1), negated: "skip" },
  { field: "age", pattern: /\b(?:aged?|my age is|age:)\s*(\d{1,3})\b/, value: ageValue(1), negated: "skip" },
  {
    field: "age",
    pattern: new RegExp(
      String.raw`\b(?:i'm|i am)\s+(?:only\s+|just\s+|now\s+|nearly\s+|almost\s+)?(\d{1,3})\b${notAgeAfter}`,
    ),
    value: ageValue(1),
    negated: "skip",
  },
  // A parent or relative telling the patient's age ("my son is 12", "she's 80"); the matcher
  // keeps it only when that person is the patient (subject.ts).
  {
    field: "age",
    pattern: new RegExp(String.raw`${relativeIsAged}(\d{1,3})\b${notAgeAfter}`),
    value: ageValue(2),
    negated: "skip",
  },
  // "My daughter 13 has started limping", "my son 12, he…": the age straight after the relative,
  // then what they do; not a time or a distance ("my mum 15 years after her op", "20 metres in").
  {
    field: "age",
    pattern: new RegExp(
      String.raw`${relativeWords}(?:\s+|\s*\(\s*)(\d{1,2})(?=\s*[,;.!?)]|\s*$|\s+(?:has|had|is|was|keeps|kept|gets|got|plays|played|says|said|fell|twisted|hurt|hurts|complains|complained|started|starts|can|can't|cannot|won't|woke|wakes|and|who|does|did|limps|came|went|now)\b)`,
    ),
    value: ageValue(2),
    negated: "skip",
  },
  // "my son is thirteen", "she's fifteen": a relative's age in words, not a time ("fifteen minutes").
  {
    field: "age",
    pattern: new RegExp(String.raw`${relativeIsAged}(${ageWords})\b${notAgeInWordsAfter}`),
    value: ageInWords(2),
    negated: "skip",
  },
  // "34F", "hi, 45M": common shorthand for age and sex.
  { field: "age", pattern: ageSexShorthand, value: ageValue(1), negated: "skip", scope: "sentence" },
  // "57, tripped on the kerb": a two-digit number opening an unprompted message, then a comma.
  {
    field: "age",
    pattern: /^(1[2-9]|[2-9]\d),\s+(?=[a-z])/,
    value: (context) =>
      context.sentence.start === 0 && context.expecting.length === 0 ? ageValue(1)(context) : undefined,
    negated: "skip",
    scope: "sentence",
  },
  // "Carpenter, 57. Slipped off a ladder", "runner, 34.": a forum post's opening, who and how old
  // ("my lad, 40, drove me in" is someone else's age).
  {
    field: "age",
    pattern: /^(?!(?:my|our|his|her|their) )[a-z]+(?: [a-z]+){0,2},\s+(1[2-9]|[2-9]\d)\s*[.!,;](?!\d)/,
    value: (context) =>
      context.sentence.start === 0 && context.expecting.length === 0 ? ageValue(1)(context) : undefined,
    negated: "skip",
    scope: "sentence",
  },
  { field: "sex", pattern: ageSexShorthand, value: sexValue(2), negated: "skip", scope: "sentence" },
  // Ages in words: "I'm fifty three", "sixty-one years old" (a teen or tens word, so "I'm one of
  // those runners" is not an age).
  {
    field: "age",
    pattern: new RegExp(String.raw`\b(${ageWords})[\s-]*(?:years?|yrs?)[\s-]*old\b`),
    value: ageInWords(1),
    negated: "skip",
  },
  {
    field: "age",
    pattern: new RegExp(
      String.raw`\b(?:i'm|i am|aged?)\s+(?:only\s+|just\s+|now\s+|nearly\s+|almost\s+)?(${ageWords})\b${notAgeInWordsAfter}`,
    ),
    value: ageInWords(1),
    negated: "skip",
  },
  // "in my fifties": near the Ottawa age of 55, so asked.
  {
    field: "age",
    pattern:
      /\bin my (?:early |mid |late )?(?:\d0s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/,
    value: uncertain,
    negated: "skip",
  },
  {
    field: "sex",
    pattern: new RegExp(
      String.raw`\b(?:i'm|i am|as)\s+(?:a|an)\s+(?:\d{1,3}[\s-]*(?:years?[\s-]*old|yo|y/o)\s+)?(?:\w+\s+)?${sexWords}\b`,
    ),
    value: sexValue(1),
    negated: "skip",
  },
  {
    field: "sex",
    pattern: new RegExp(String.raw`\b\d{1,3}[\s-]*(?:years?[\s-]*old|yo|y/o)\s+${sexWords}\b`),
    value: sexValue(1),
    negated: "skip",
  },
  {
    field: "sex",
    pattern: /\b(?:i'm|i am)\s+(female|male|non-binary|nonbinary)\b/,
    value: sexValue(1),
    negated: "skip",
  },
  {
    field: "side",
    pattern:
      /\bboth (?:knees|legs|sides|kneecaps|of them)\b|\b(?:left and right|right and left) (?:knees?|legs?|sides?)\b|\bknees\b(?= (?:both|are|hurt|ache|have|keep))/,
    value: "both",
    negated: "skip",
  },
  {
    field: "side",
    // "the right one is totally normal" names the side that is fine now ("the left knee was fine
    // until yesterday" names the one that is not).
    pattern:
      /\b(left|right|lt|rt|l|r)\s+(?:knee|kneecap|leg|one|patella)\b(?!(?:\s+(?:is|seems|looks|feels)|'s)\s+(?:totally |completely |perfectly |absolutely |all )?(?:normal|fine|ok|okay|good|alright|all right)\b(?!\s+(?:until|till|before)))/,
    // "Won't stand on her right leg" denies standing, not the side; "not my left knee" does.
    value: (context) =>
      /\bnot (?:the |my |his |her |their )?$/.test(context.scope.text.slice(0, context.match.index))
        ? undefined
        : /^l/.test(context.match[1] ?? "")
          ? "left"
          : "right",
    selfNegated: true,
  },
];
