import type { IntakeField } from "../intake-schema.js";
import type { ParsedText } from "./clauses.js";
import { uncertain, type Finding, type PhraseRule, type RuleValue } from "./matcher.js";
import { classifyReply, doubt, type Reply } from "./reply.js";
import { fieldKind, negativeValue } from "./values.js";

// Short replies to the question just asked ("yes", "nope", "not sure", "3", "the left one").
// A reply applies to the expected fields only; a checklist answered "none" is "no" to all of
// it, while a bare "yes" to a checklist says nothing about which one (asked again).

const enumWords: Partial<Record<IntakeField, ReadonlyArray<[string, RegExp]>>> = {
  side: [["both", /\bboth\b/], ["left", /\b(?:left|lt|l)\b/], ["right", /\b(?:right|rt|r)\b/]],
  swelling: [["marked", /\b(?:very|really|a lot|lots|loads|massively|huge|massive|badly|clearly|twice|bigger)\b/], ["mild", /\b(?:a little|a bit|slightly|mildly|bit|little|puffy|mild)\b/], ["none", /\bnot (?:at all|swollen)\b/]],
  givingWay: [["unstable_now", /\b(?:won't hold|unstable|can't trust|right now|all the time|constantly|feels like it will)\b/], ["episodes", /\b(?:times|sometimes|occasionally|once|twice|now and then|a few|buckled|gave way|given way|gives way)\b/]],
  trend: [["improving", /\b(?:better|improving|improved|easing|eased|settling)\b/], ["worse", /\b(?:worse|worsening|deteriorating)\b/], ["same", /\b(?:same|no change|unchanged|not changed)\b/]],
  patellaDislocation: [["still_out", /\bstill (?:out|dislocated)\b/], ["recurrent", /\b(?:before|again|recurrent|several|many|times|often|regularly|keeps)\b/], ["went_back_first_time", /\bfirst time\b/]],
  mechanism: [["fall", /\b(?:fall|fell|tripped|slipped)\b/], ["direct_blow", /\b(?:blow|hit|kicked|knock|bang|tackle|collision)\b/], ["twist", /\b(?:twist|twisted|pivot|turned)\b/], ["landing", /\b(?:landing|landed|jump)\b/], ["hyperextension", /\b(?:backwards|hyperextend\w*|bent back)\b/], ["other", /\b(?:other|something else)\b/]],
  sex: [["female", /\b(?:female|woman|f|lady|girl)\b/], ["male", /\b(?:male|man|m|guy|boy)\b/], ["other", /\b(?:other|non-?binary)\b/]],
};

// Words of doubt or denial are not the option's words: "not really sure" is not "really" swollen.
const notOptionWords = new RegExp(String.raw`${doubt.source}|\bnot (?:really|at all)\b`, "g");

function enumAnswer(field: IntakeField, text: string, reply: Reply | undefined): RuleValue | undefined {
  const words = text.replace(notOptionWords, " ");
  for (const [value, pattern] of enumWords[field] ?? []) if (pattern.test(words)) return value;
  if (reply === "no") return negativeValue(field);
  // "Yes" to "how swollen?" or "has it given way?" does not say which option.
  return reply === undefined ? undefined : uncertain;
}

function numberAnswer(field: IntakeField, text: string): RuleValue | undefined {
  const numbers = [...text.replace(/\s*(?:\/|out of)\s*10\b/g, "").matchAll(/\b\d{1,3}(?:\.\d)?\b/g)].map((match) => Number(match[0]));
  if (numbers.length === 0 || text.split(/\s+/).length > 6) return undefined;
  if (field === "age") return numbers.length === 1 && Number.isInteger(numbers[0]) && (numbers[0] ?? -1) <= 120 ? (numbers[0] ?? uncertain) : uncertain;
  if (field === "painScore") {
    const score = Math.ceil(Math.max(...numbers));
    return score <= 10 ? score : uncertain;
  }
  // daysSinceOnset: a number without a unit could be days or weeks.
  return /^\s*(?:about |around )?\d{1,3}\s*$/.test(text) ? uncertain : undefined;
}

/** The answer a short reply gives to one expected field. */
function answerFor(field: IntakeField, text: string, reply: Reply | undefined): RuleValue | undefined {
  const kind = fieldKind(field);
  if (kind === "yesNoUnsure") return reply;
  if (kind === "yesNo") return reply === "unsure" ? uncertain : reply;
  if (kind === "enum") return enumAnswer(field, text, reply);
  if (kind === "number") return numberAnswer(field, text);
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
    if (reply === "no") return expecting.flatMap((field) => { const value = negativeValue(field); return value ? [finding(field, value)] : []; });
    return reply ? expecting.map((field) => finding(field, uncertain)) : [];
  }
  const [field] = expecting;
  if (!field) return [];
  // Long free text is left to the topic matchers; a reply leads it or it is short.
  if (reply === undefined && first.text.split(/\s+/).length > 8) return [];
  const value = answerFor(field, first.text, reply);
  return value === undefined ? [] : [finding(field, value)];
}
