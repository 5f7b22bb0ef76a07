import { nextQuestions } from "./completeness.js";
import { capitalize, describeFact, describeInjuryContext, joinPhrases } from "./fact-phrases.js";
import type { Intake, IntakeField } from "./intake-schema.js";
import { actionRank, careSettingForAction, levelRank, type Action, type CareSetting, type Level } from "./levels.js";
import type { Rule } from "./rule.js";
import { allRules } from "./rule-set.js";
import { safetyNetByLevel } from "./safety-net.js";

export const RULESET_VERSION = "2026.12";

export { allRules };
export const SELF_CARE_RULE_ID = "S-DEFAULT";

export interface Reason {
  rule: string;
  level: Level;
  summary: string;
  /** The visitor's answers that made the rule fire. */
  facts: Partial<Record<IntakeField, unknown>>;
}

export interface Disposition {
  level: Level;
  action: Action;
  careSetting: CareSetting;
  complete: boolean;
  missing: IntakeField[];
  reasons: Reason[];
  safetyNet: string[];
  rulesetVersion: string;
}

interface Firing {
  rule: Rule;
  fields: IntakeField[];
}

function summarize(rule: Rule, fields: IntakeField[], intake: Intake): string {
  // The injury and its timing are told once, as context, rather than as bare facts.
  const contextFields: IntakeField[] = rule.mentionsInjury ? ["injury", "daysSinceOnset"] : [];
  const facts = fields
    .filter((field) => !contextFields.includes(field))
    .map((field) => describeFact(field, intake) ?? "");
  const context = rule.mentionsInjury ? ` ${describeInjuryContext(intake)}` : "";
  return `${capitalize(joinPhrases(facts))}${context}: ${rule.advice}.`;
}

function toReason(firing: Firing, intake: Intake): Reason {
  const facts: Partial<Record<IntakeField, unknown>> = {};
  for (const field of firing.fields) facts[field] = intake[field];
  return {
    rule: firing.rule.id,
    level: firing.rule.level,
    summary: summarize(firing.rule, firing.fields, intake),
    facts,
  };
}

function firedRules(intake: Intake): Firing[] {
  const firings: Firing[] = [];
  for (const rule of allRules) {
    const fields = rule.match(intake);
    if (fields !== undefined) firings.push({ rule, fields });
  }
  const topRank = Math.max(-1, ...firings.map((firing) => levelRank[firing.rule.level]));
  return firings.filter((firing) => !firing.rule.onlyWithoutHigherLevel || levelRank[firing.rule.level] >= topRank);
}

function selfCareReason(): Reason {
  return {
    rule: SELF_CARE_RULE_ID,
    level: "self_care",
    summary:
      "None of your answers point to a need for urgent care or an assessment: this can be looked after at home, with a safety net.",
    facts: {},
  };
}

/** The disposition for an intake: pure and deterministic (spec §1.1). */
export function evaluate(intake: Intake): Disposition {
  const firings = firedRules(intake).sort(
    (a, b) =>
      levelRank[b.rule.level] - levelRank[a.rule.level] || actionRank[b.rule.action] - actionRank[a.rule.action],
  );
  const top = firings[0];
  const missing = nextQuestions(intake);
  const complete = missing.length === 0;
  const level: Level = top?.rule.level ?? "self_care";
  const action: Action = top?.rule.action ?? "self_care";
  const reasons = firings.map((firing) => toReason(firing, intake));
  if (!top && complete) reasons.push(selfCareReason());
  return {
    level,
    action,
    careSetting: careSettingForAction[action],
    complete,
    missing,
    reasons,
    safetyNet: safetyNetByLevel[level],
    rulesetVersion: RULESET_VERSION,
  };
}

/** Emergency is final as soon as any emergency rule fires, complete or not (spec §5). */
export function isFinal(disposition: Disposition): boolean {
  return disposition.level === "emergency" || disposition.complete;
}
