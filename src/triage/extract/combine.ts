import { aggravatorValues, type Intake, type IntakeField } from "../intake-schema.js";
import type { Extraction } from "./index.js";

/** The extractor's reading before the spec §7 gate. */
export type RawExtraction = Pick<Extraction, "answers" | "evidence" | "uncertain">;
import { clauseAt, type ParsedText } from "./clauses.js";
import { uncertain, type Finding, type RuleValue } from "./matcher.js";
import { sourceExcerpt } from "./normalize.js";
import { fieldKind, isValidValue } from "./values.js";

// Many findings, one answer per field. A field said clearly once is recorded; a field only
// touched on is uncertain (asked, never assumed). When the visitor's words disagree, the
// safer reading wins where one exists (a symptom mentioned anywhere is present; the worst
// pain score counts); otherwise the field is asked.

// Fields where "no" is the unsafe answer: words that both grant and deny an ability are asked again.
const abilityFields: ReadonlySet<IntakeField> = new Set([
  "walkFourStepsImmediately",
  "walkFourStepsNow",
  "flexTo90",
  "straightLegRaise",
]);
const severity: Partial<Record<IntakeField, readonly string[]>> = {
  swelling: ["none", "mild", "marked"],
  givingWay: ["none", "episodes", "unstable_now"],
};

// "7, no wait, 5", "3 days, sorry I mean 3 weeks": the number said after a correction wins.
const correctionCue = /\b(?:i mean|i meant|sorry|actually|make that|no wait|wait|correction|or rather|scratch that)\b/;

function afterCorrection(parsed: ParsedText, findings: Finding[]): Finding[] {
  const last = findings[findings.length - 1];
  const earlier = findings[findings.length - 2];
  if (!last || !earlier) return findings;
  return correctionCue.test(parsed.text.slice(earlier.end, last.start)) ? [last] : findings;
}

function resolve(field: IntakeField, findings: Finding[]): RuleValue {
  const values = [...new Set(findings.map((finding) => finding.value))];
  const [only] = values;
  if (values.length === 1 && only !== undefined) return only;
  const kind = fieldKind(field);
  if (kind === "yesNo" || kind === "yesNoUnsure") {
    // "Using crutches. I can't put weight on it at all": doubt beside a plain "can't" is no
    // disagreement, and the plain answer is the alarming one free text may record (spec §7.1).
    if (abilityFields.has(field)) return values.includes("yes") ? uncertain : "no";
    // Spec §1.2: a symptom said anywhere is there; doubt outranks a denial (spec §1.3).
    return values.includes("yes") ? "yes" : "unsure";
  }
  if (field === "painScore") return Math.max(...values.map(Number));
  if (field === "mechanism") return findings[0]?.value ?? uncertain;
  if (field === "patellaDislocation") return values.includes("still_out") ? "still_out" : uncertain;
  const order = severity[field];
  if (order && !values.includes("none")) {
    return values.reduce((worst, value) =>
      order.indexOf(String(value)) > order.indexOf(String(worst)) ? value : worst,
    );
  }
  return uncertain;
}

/** The visitor's words around a finding: its clause when short, else the phrase with some context. */
function quoteFor(parsed: ParsedText, start: number, end: number): string {
  const clause = clauseAt(parsed, start);
  if (clause && clause.end >= end && clause.end - clause.start <= 100)
    return sourceExcerpt(parsed, clause.start, clause.end);
  const scopeStart = clause?.start ?? 0;
  const scopeEnd = Math.max(clause?.end ?? parsed.text.length, end);
  let from = Math.max(scopeStart, start - 40);
  let to = Math.min(scopeEnd, end + 40);
  while (from > scopeStart && from < start && parsed.text[from - 1] !== " ") from++;
  while (to < scopeEnd && to > end && parsed.text[to] !== " ") to--;
  return sourceExcerpt(parsed, from, to);
}

export function combineFindings(parsed: ParsedText, findings: Finding[]): RawExtraction {
  const answers: Record<string, unknown> = {};
  const evidence: Partial<Record<IntakeField, string>> = {};
  const unsure: IntakeField[] = [];
  const byField = new Map<IntakeField, Finding[]>();
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    const list = byField.get(finding.field);
    if (list) list.push(finding);
    else byField.set(finding.field, [finding]);
  }
  for (const [field, fieldFindings] of byField) {
    // Two onsets, one of them vague ("fell last week, 3 days ago"), may well disagree: ask.
    const vagueOnset = field === "daysSinceOnset" && fieldFindings.some((finding) => finding.value === uncertain);
    const valued = vagueOnset ? [] : fieldFindings.filter((finding) => finding.value !== uncertain);
    // A hint ("limping") yields to anything said outright about the field ("won't walk").
    const strong = valued.filter((finding) => !finding.rule.weak);
    const stated = strong.length > 0 ? strong : valued;
    let value: unknown;
    let source = stated[0];
    if (field === "aggravators") {
      const found = new Set(stated.map((finding) => finding.value));
      value = aggravatorValues.filter((aggravator) => found.has(aggravator));
    } else if (field === "activity") {
      value = [...new Set(stated.map((finding) => String(finding.value)))].join(", ").slice(0, 200);
    } else if (stated.length > 0) {
      const resolved = resolve(field, fieldKind(field) === "number" ? afterCorrection(parsed, stated) : stated);
      value = resolved === uncertain ? undefined : resolved;
      source = stated.find((finding) => finding.value === resolved) ?? stated[0];
    }
    if (
      value === undefined ||
      value === "" ||
      (Array.isArray(value) && value.length === 0) ||
      !isValidValue(field, value) ||
      !source
    ) {
      unsure.push(field);
      continue;
    }
    answers[field] = value;
    evidence[field] = quoteFor(parsed, source.start, source.end);
  }
  return { answers: answers as Intake, evidence, uncertain: unsure };
}
