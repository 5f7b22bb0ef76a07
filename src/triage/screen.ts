import type { Intake } from "./intake-schema.js";
import { parseText, type ParsedText } from "./extract/clauses.js";
import { compartmentPainRules, compartmentTightRules, emergencyRules } from "./extract/emergency-phrases.js";
import { feverRules, hotRedRules } from "./extract/infection.js";
import { findPhrases, type Finding, type PhraseRule } from "./extract/matcher.js";
import { sourceExcerpt } from "./extract/normalize.js";

// Spec §7: the visitor's own words are screened on every message, before anything else, for
// emergency phrases. A hedged mention ("I think my foot might be a bit cold") or an explicit
// doubt ("not sure if my foot is cold") records "unsure" (spec §7: "kinda numb maybe?" is
// unsure), which is the unsafe answer (spec §1.3) and still a hit. Denials, other people, hypotheticals and the
// distant past never hit.

export interface ScreenHit {
  /** The phrase as the visitor wrote it (trimmed excerpt). */
  phrase: string;
  /** The emergency rule id of spec §4 this phrase corresponds to, e.g. "E-VASCULAR". */
  rule: string;
  /** The facts the phrase states, recorded into the intake. */
  answers: Intake;
}

function unsafeFindings(parsed: ParsedText, rules: readonly PhraseRule[]): Finding[] {
  return findPhrases(parsed, rules, { now: new Date(), hedged: "unsure" }).filter(
    (finding) => finding.value === "yes" || finding.value === "unsure" || finding.value === "still_out",
  );
}

/** The words of two findings: one excerpt in a sentence, or both joined. */
function phraseOf(parsed: ParsedText, findings: Finding[]): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return "";
  const sameSentence = parsed.sentences.some((sentence) => sentence.start <= first.start && last.end <= sentence.end);
  if (sameSentence) return sourceExcerpt(parsed, first.start, Math.max(...sorted.map((finding) => finding.end)));
  return sorted.map((finding) => sourceExcerpt(parsed, finding.start, finding.end)).join(" … ");
}

/** Both parts of a two-part emergency, the doubtful answer kept as "unsure". */
function pairHit(
  parsed: ParsedText,
  rule: string,
  first: Finding[],
  second: Finding[],
  answers: (a: Finding, b: Finding) => Intake,
): ScreenHit | undefined {
  const [a] = first;
  const [b] = second;
  if (!a || !b) return undefined;
  return { phrase: phraseOf(parsed, [a, b]), rule, answers: answers(a, b) };
}

/** Screen already-parsed text (extraction reuses its parse). */
export function screenParsedText(parsed: ParsedText): ScreenHit[] {
  const hits = new Map<string, ScreenHit>();
  const add = (hit: ScreenHit) => {
    const existing = hits.get(hit.rule);
    if (!existing) {
      hits.set(hit.rule, hit);
      return;
    }
    // One hit per rule; a definite "yes" outranks an "unsure" for the same field.
    const merged: Record<string, unknown> = { ...hit.answers, ...existing.answers };
    for (const [field, value] of Object.entries(hit.answers)) if (merged[field] === "unsure") merged[field] = value;
    existing.answers = merged as Intake;
  };
  for (const finding of unsafeFindings(parsed, emergencyRules)) {
    const rule = finding.rule.emergency;
    if (rule)
      add({
        phrase: sourceExcerpt(parsed, finding.start, finding.end),
        rule,
        answers: { [finding.field]: finding.value } as Intake,
      });
  }
  const septic = pairHit(
    parsed,
    "E-SEPTIC",
    unsafeFindings(parsed, hotRedRules),
    unsafeFindings(parsed, feverRules),
    (hot, fever) => ({
      hotRed: hot.value as "yes" | "unsure",
      feverOrUnwell: fever.value as "yes" | "unsure",
    }),
  );
  if (septic) add(septic);
  const compartment = pairHit(
    parsed,
    "E-COMPARTMENT",
    unsafeFindings(parsed, compartmentPainRules),
    unsafeFindings(parsed, compartmentTightRules),
    (pain, tight) => ({
      severePainOutOfProportion: pain.value === "unsure" || tight.value === "unsure" ? "unsure" : "yes",
    }),
  );
  if (compartment) add(compartment);
  return [...hits.values()];
}

/** Spec §7: screen the visitor's own words for emergency phrases; negations never hit. */
export function screenForEmergency(text: string): ScreenHit[] {
  return screenParsedText(parseText(text));
}
