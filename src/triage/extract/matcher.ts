import type { IntakeField } from "../intake-schema.js";
import { clauseAt, type Clause, type ParsedText, type Scope, type Sentence } from "./clauses.js";
import {
  isDistantPast,
  isFear,
  isGeneralQuestion,
  isHypothetical,
  isOtherKnee,
  isStopped,
  isUsualRemark,
} from "./context.js";
import { polarityAt, type Polarity } from "./negation.js";
import { findSubject, isAboutSomeoneElse, type Subject } from "./subject.js";
import { fieldKind } from "./values.js";

// Phrase rules: each topic module lists patterns with the fact they state; this engine
// finds them clause by clause, decides whether each is stated, denied or doubted, and skips
// what is about someone else or hypothetical. Rules are tried in order and a span matched
// for a field is not matched again for that field, so specific phrases go first
// ("really swollen" before "swollen", "fine at night" before "at night").

/** A fact touched on but not clearly enough to record: it will be asked. */
export const uncertain = Symbol("uncertain");
export type RuleValue = string | number | typeof uncertain;

export interface MatchContext {
  parsed: ParsedText;
  scope: Scope;
  sentence: Sentence;
  /** Match offsets are relative to scope.text. */
  match: RegExpExecArray;
  now: Date;
  expecting: readonly IntakeField[];
}

export interface PhraseRule {
  field: IntakeField;
  pattern: RegExp;
  /** The value the phrase states (default "yes"); a function returning undefined skips the match. */
  value?: RuleValue | ((context: MatchContext) => RuleValue | undefined);
  /** The value when denied; default "no" for a yes/no fact stated as "yes", otherwise the denial is ignored. */
  negated?: RuleValue | "skip";
  /** The phrase carries its own negation ("can't walk"): a negation before it is not a denial. */
  selfNegated?: boolean;
  /** Match across the whole sentence instead of one clause ("clicks but doesn't hurt"). */
  scope?: "clause" | "sentence";
  /** Ignore mentions of the distant past ("chest pain years ago"). */
  currentOnly?: boolean;
  /**
   * The phrase itself tells it is now ("I'm on warfarin"): a past the clause dates ("after a clot
   * last year") is its reason, not its time.
   */
  toldNow?: boolean;
  /** More facts the same words state when stated ("fell" → injury yes). */
  also?: ReadonlyArray<{ field: IntakeField; value: RuleValue }>;
  /** Emergency rule id of spec §4 this phrase screens for. */
  emergency?: string;
  /** The value when doubted ("not sure about my breathing"), instead of asking. */
  doubted?: RuleValue;
  /** Only a hint: dropped when any other rule states the field ("limping" but "won't walk"). */
  weak?: boolean;
}

export interface Finding {
  field: IntakeField;
  value: RuleValue;
  polarity: Polarity;
  /** Offsets into the normalized text. */
  start: number;
  end: number;
  rule: PhraseRule;
}

export interface MatchSettings {
  now: Date;
  expecting?: readonly IntakeField[];
  /** What a hedged mention ("might be cold") counts as: the screen takes it as stated. */
  hedged: "stated" | "unsure";
}

/** Who the message is about, worked out once per message. */
export function subjectOf(parsed: ParsedText, replying: boolean): Subject {
  parsed.subjects ??= {};
  const key = replying ? "replying" : "stating";
  return (parsed.subjects[key] ??= findSubject(parsed.text, replying, parsed.speakingFor));
}

// Each rule list is prepared once, not once per rule per call: the global copy of every pattern
// (compiled on first use, then reused) and the scopes it reads.
interface PreparedRule {
  rule: PhraseRule;
  pattern: RegExp;
  bySentence: boolean;
}
const preparedLists = new WeakMap<readonly PhraseRule[], PreparedRule[]>();
function prepared(rules: readonly PhraseRule[]): PreparedRule[] {
  let list = preparedLists.get(rules);
  if (!list) {
    list = rules.map((rule) => ({
      rule,
      pattern: new RegExp(
        rule.pattern.source,
        rule.pattern.flags.includes("g") ? rule.pattern.flags : `${rule.pattern.flags}g`,
      ),
      bySentence: rule.scope === "sentence",
    }));
    preparedLists.set(rules, list);
  }
  return list;
}

// Spec §7.2: the past before this episode records nothing about this knee, except the
// history the fields ask for (ever had cancer, a replacement, an operation with its date) and
// descriptions of this episode's start. "Fell 2 years ago and it's never been right since" is now.
const pastCounts: ReadonlySet<IntakeField> = new Set([
  "cancerHistory",
  "kneeReplacement",
  "recentSurgeryOrInjection",
  "age",
  "sex",
  "activity",
  "daysSinceOnset",
  "side",
]);
// "Not now", "fine till now" end the past episode rather than carry it on.
const stillNow =
  /\b(?:since|ever since|still|never been (?:right|the same)|again|(?<!\b(?:not|till|until|up to|up until|til) )now)\b/;
function distantPastOnly(clause: Clause | undefined, clauseText: string): boolean {
  if (!clause) return isDistantPast(clauseText) && !stillNow.test(clauseText);
  clause.distantPast ??= isDistantPast(clauseText) && !stillNow.test(clauseText);
  return clause.distantPast;
}
const stoppedMedicines: ReadonlySet<IntakeField> = new Set(["anticoagulants", "immunosuppressed"]);

// "My teammate landed on my knee", "my grandson kicked a football into my knee": someone else
// did it, but the knee hurt is the writer's own.
const injuryFields: ReadonlySet<IntakeField> = new Set(["injury", "mechanism"]);
const writersKneeAfter =
  /^(?:\s+[a-z']+){0,4}?\s+(?:on|into|onto|against|in|at)\s+my\s+(?:left |right |bad )?(?:knee|kneecap|leg|shin)\b|^\s+(?:me|my (?:knee|leg))\b/;
function hurtsTheWriter(text: string, end: number, rule: PhraseRule): boolean {
  return injuryFields.has(rule.field) && writersKneeAfter.test(text.slice(end, end + 60));
}

function valueFor(
  field: IntakeField,
  stated: RuleValue,
  polarity: Polarity,
  rule: PhraseRule,
  hedged: MatchSettings["hedged"],
): RuleValue | undefined {
  const kind = fieldKind(field);
  // "Maybe a 4/10", "about 2 weeks I think": a hedged number is an approximate one, as said.
  // A hedged enum takes the value it names, which is the raising one ("might be a little
  // swollen" is mild; the question is still asked while a worse value is possible).
  const effective =
    polarity === "hedged"
      ? hedged === "stated" || kind === "number" || kind === "enum"
        ? "positive"
        : "unsure"
      : polarity;
  if (effective === "positive") return stated;
  if (effective === "negative") {
    if (rule.negated !== undefined) return rule.negated === "skip" ? undefined : rule.negated;
    return (kind === "yesNo" || kind === "yesNoUnsure") && stated === "yes" ? "no" : undefined;
  }
  // Doubt: "unsure" where the field takes it (the unsafe answer, spec §1.3), otherwise ask.
  if (rule.doubted !== undefined) return rule.doubted;
  return kind === "yesNoUnsure" && (stated === "yes" || stated === "no" || stated === "unsure") ? "unsure" : uncertain;
}

// The spans each field's findings took, per findPhrases call. Plain functions rather than
// closures made per call: findPhrases runs on every message (the screen), several times.
type Consumed = Map<IntakeField, Array<[number, number]>>;
function overlaps(consumed: Consumed, field: IntakeField, start: number, end: number): boolean {
  const spans = consumed.get(field);
  if (!spans) return false;
  for (const [from, to] of spans) if (start < to && from < end) return true;
  return false;
}
function consume(consumed: Consumed, field: IntakeField, start: number, end: number): void {
  const spans = consumed.get(field);
  if (spans) spans.push([start, end]);
  else consumed.set(field, [[start, end]]);
}

export function findPhrases(parsed: ParsedText, rules: readonly PhraseRule[], settings: MatchSettings): Finding[] {
  const findings: Finding[] = [];
  const consumed: Consumed = new Map();
  const subject = subjectOf(parsed, (settings.expecting ?? []).length > 0);

  for (const { rule, pattern, bySentence } of prepared(rules)) {
    const scopes: Scope[] = bySentence ? parsed.sentences : parsed.clauses;
    for (const scope of scopes) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(scope.text); match; match = pattern.exec(scope.text)) {
        if (match[0] === "") {
          pattern.lastIndex++;
          continue;
        }
        const start = scope.start + match.index;
        const end = start + match[0].length;
        if (overlaps(consumed, rule.field, start, end)) continue;
        const clause = clauseAt(parsed, start);
        const sentence = clause?.sentence ?? (scope as Sentence);
        if (isGeneralQuestion(sentence) || isHypothetical(sentence, start - sentence.start, end - sentence.start))
          continue;
        if (isUsualRemark(sentence, scope.text, match.index, match.index + match[0].length)) continue;
        const clauseText = clause?.text ?? scope.text;
        const clauseStart = clause?.start ?? scope.start;
        if (
          isAboutSomeoneElse(parsed.text, clauseStart, Math.min(end, clauseStart + clauseText.length), subject, rule) &&
          !hurtsTheWriter(parsed.text, end, rule)
        )
          continue;
        if (!rule.toldNow && (rule.currentOnly || !pastCounts.has(rule.field)) && distantPastOnly(clause, clauseText))
          continue;
        if (rule.field !== "side" && isOtherKnee(parsed.text, start)) continue;
        if (
          isFear(sentence, start - sentence.start) ||
          (stoppedMedicines.has(rule.field) && isStopped(parsed.text, start, end))
        )
          continue;

        const context: MatchContext = {
          parsed,
          scope,
          sentence,
          match,
          now: settings.now,
          expecting: settings.expecting ?? [],
        };
        const stated = typeof rule.value === "function" ? rule.value(context) : (rule.value ?? "yes");
        if (stated === undefined) continue;
        consume(consumed, rule.field, start, end);
        const said = polarityAt(scope.text, match.index, match.index + match[0].length, {
          selfNegated: rule.selfNegated ?? false,
        });
        const doubtAfter = clause && clause.end >= end ? clause.doubtAfter : undefined;
        // "No fever but not sure": a doubt outranks a denial; a hedge only softens a statement.
        const polarity =
          doubtAfter === "unsure" || (doubtAfter === "hedged" && said === "positive") ? doubtAfter : said;
        const value = valueFor(rule.field, stated, polarity, rule, settings.hedged);
        if (value !== undefined) findings.push({ field: rule.field, value, polarity, start, end, rule });
        if (polarity === "negative") continue;
        for (const extra of rule.also ?? []) {
          if (overlaps(consumed, extra.field, start, end)) continue;
          consume(consumed, extra.field, start, end);
          const extraValue = valueFor(extra.field, extra.value, polarity, rule, settings.hedged);
          if (extraValue !== undefined)
            findings.push({ field: extra.field, value: extraValue, polarity, start, end, rule });
        }
      }
    }
  }
  return findings;
}
