import type { IntakeField } from "../intake-schema.js";
import type { ParsedText } from "./clauses.js";
import { uncertain, type Finding, type PhraseRule, type RuleValue } from "./matcher.js";
import { numberReply } from "./number-reply.js";
import { numberTokenPattern } from "./number-words.js";
import { classifyReply, doubt, type Reply } from "./reply.js";
import { fieldKind, negativeValue } from "./values.js";

// Short replies to the question just asked ("yes", "nope", "not sure", "3", "the left one").
// A reply applies to the expected fields only; a checklist answered "none" is "no" to all of
// it, while a bare "yes" to a checklist says nothing about which one (asked again).

const enumWords: Partial<Record<IntakeField, ReadonlyArray<[string, RegExp]>>> = {
  side: [
    ["both", /\bboth\b/],
    ["left", /\b(?:left|lt|l)\b/],
    ["right", /\b(?:right|rt|r)\b/],
  ],
  swelling: [
    [
      "none",
      /\bnot (?:even |really )?(?:swollen|puffy)\b|\bno (?:swelling|puffiness)\b|\b(?:isn't|is not|hasn't|has not|wasn't) (?:swollen|puffy|swelled|puffed)\b/,
    ],
    // Spec §3 marked: clearly swollen, bigger than the other knee.
    [
      "marked",
      /\b(?:very|really|a lot|lots|loads|massively|huge|massive|badly|clearly|twice|bigger|balloon\w*|blown up|like a (?:melon|grapefruit|football|orange)|(?:next to|compared (?:to|with)|than|against) the other)\b/,
    ],
    ["mild", /\b(?:a little|a bit|slightly|mildly|bit|little|puffy|mild|swollen|swelling|puffed)\b/],
  ],
  givingWay: [
    ["unstable_now", /\b(?:won't hold|unstable|can't trust|right now|all the time|constantly|feels like it will)\b/],
    [
      "episodes",
      /\b(?:times|sometimes|occasionally|once|twice|now and then|a few|buckled|gave way|given way|gives way)\b/,
    ],
  ],
  trend: [
    ["improving", /\b(?:better|improving|improved|easing|eased|settling)\b/],
    ["worse", /\b(?:worse|worsening|deteriorating)\b/],
    ["same", /\b(?:same|no change|unchanged|not changed)\b/],
  ],
  patellaDislocation: [
    ["still_out", /\bstill (?:out|dislocated)\b/],
    [
      "recurrent",
      /\b(?:before|again|recurrent|several|many|times|often|regularly|keeps|not the first|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time)\b/,
    ],
    ["went_back_first_time", /\bfirst time\b/],
  ],
  mechanism: [
    ["fall", /\b(?:fall|fell|tripped|slipped)\b/],
    [
      "direct_blow",
      /\b(?:blow|hit|kicked|knock|knocked|bang|banged|tackle|tackled|collision|collided|whacked|ran into|run into|crashed into|went into)\b/,
    ],
    ["twist", /\b(?:twist|twisted|pivot|turned)\b/],
    ["landing", /\b(?:landing|landed|jump)\b/],
    ["hyperextension", /\b(?:backwards|hyperextend\w*|bent back|over-?extended)\b/],
    // Getting up from a squat or kneeling is none of fall, blow, twist or landing.
    [
      "other",
      /\b(?:other|something else|stood up|standing up|stand up|got up|getting up|squat\w*|kneel\w*|bending down|bent down)\b/,
    ],
  ],
  sex: [
    ["female", /\b(?:female|woman|f|lady|girl)\b/],
    ["male", /\b(?:male|man|m|guy|boy)\b/],
    ["other", /\b(?:other|non-?binary)\b/],
  ],
};

// A mechanism named in reply to "how did it happen?" is an injury (tests/corpus/README.md);
// standing up from a squat (`other`) is not.
// "62, and I can't put any weight on it": a number leading a long reply answers the question.
const leadingNumber = new RegExp(
  String.raw`^(?:about |around |maybe |like |roughly |i'm |im |i am |he's |she's |aged? )?${numberTokenPattern}\b`,
);

const injuryMechanisms: ReadonlySet<RuleValue> = new Set(["fall", "direct_blow", "twist", "landing", "hyperextension"]);

// Words of doubt or denial are not the option's words: "not really sure" is not "really" swollen.
const notOptionWords = new RegExp(String.raw`${doubt.source}|\bnot (?:really|at all)\b`, "g");

function enumAnswer(field: IntakeField, text: string, reply: Reply | undefined): RuleValue | undefined {
  // "Not really swollen" denies the option: keep the "not", drop only the "really".
  const words = text
    .replace(/\bnot (?:really|at all) (?=[a-z])(?!sure\b|certain\b)/g, "not ")
    .replace(notOptionWords, " ");
  for (const [value, pattern] of enumWords[field] ?? []) {
    const found = pattern.exec(words);
    if (!found) continue;
    // "No, never buckled": the option's words are what the reply denies.
    if (reply === "no" && /\b(?:never|not|no)\s+(?:\w+\s+)?$|n't\s+(?:\w+\s+)?$/.test(words.slice(0, found.index)))
      return negativeValue(field);
    return value;
  }
  if (reply === "no") return negativeValue(field);
  // "Yes" to "how swollen?" or "has it given way?" does not say which option.
  return reply === undefined ? undefined : uncertain;
}

/** The answer a short reply gives to one expected field. */
function answerFor(field: IntakeField, text: string, reply: Reply | undefined): RuleValue | undefined {
  const kind = fieldKind(field);
  if (kind === "yesNoUnsure") return reply;
  if (kind === "yesNo") return reply === "unsure" ? uncertain : reply;
  if (kind === "enum") return enumAnswer(field, text, reply);
  // "Hard to say" to a number question: asked again. "None" to the pain question is 0.
  if (kind === "number") {
    if (field === "painScore" && /^\s*(?:none|nil|nothing|no pain(?: at all)?)[\s.!]*$/.test(text)) return 0;
    return numberReply(field, text) ?? (reply === "unsure" ? uncertain : undefined);
  }
  return undefined;
}

export function findBareAnswers(parsed: ParsedText, expecting: readonly IntakeField[]): Finding[] {
  if (expecting.length === 0) return [];
  // The reply is the first clause: in "no, but it's really hot" only "no" answers the question.
  const first = parsed.clauses[0];
  if (!first) return [];
  const reply = classifyReply(first.text, first.sentence.text, parsed.text);
  const finding = (field: IntakeField, value: RuleValue): Finding => ({
    field,
    value,
    polarity: "positive",
    start: first.start,
    end: first.end,
    rule: { field, pattern: /$^/ } satisfies PhraseRule,
  });
  if (expecting.length > 1) {
    if (reply === "no")
      return expecting.flatMap((field) => {
        const value = negativeValue(field);
        return value ? [finding(field, value)] : [];
      });
    return reply ? expecting.map((field) => finding(field, uncertain)) : [];
  }
  const [field] = expecting;
  if (!field) return [];
  const kind = fieldKind(field);
  // The pain question is about the whole reply ("zero now but it was a 6 last night"); an age
  // is said in the first sentence; other answers lead the reply (its first clause).
  const text = field === "painScore" ? parsed.text : field === "age" ? first.sentence.text : first.text;
  const value = answerFor(field, text, reply);
  // Long free text is left to the topic matchers; a reply leads it or it is short, unless it
  // names an option of the question ("it popped out and went back in, first time ever").
  const long = first.text.split(/\s+/).length > 8;
  const named = value !== uncertain && (kind === "enum" || (kind === "number" && leadingNumber.test(first.text)));
  if (value === undefined || (reply === undefined && long && !named)) return [];
  const findings = [finding(field, value)];
  if (field === "mechanism" && injuryMechanisms.has(value)) findings.push(finding("injury", "yes"));
  // A kneecap out now is also out of place (spec §3 deformity).
  if (field === "patellaDislocation" && value === "still_out") findings.push(finding("deformity", "yes"));
  return findings;
}
