import { levelRank, levels, type Level } from "../triage/index.js";
import { isMismatch, type CaseResult } from "./run-vignettes.js";

// Accuracy and safety figures for a vignette run. Under-triage of an emergency or urgent case
// is the failure that matters most: it fails the run.

export interface Ratio {
  hit: number;
  total: number;
}

export type GotLevel = Level | "error";
export const gotLevels: readonly GotLevel[] = [...levels, "error"];

export interface EvalSummary {
  total: number;
  levelAccuracy: Ratio;
  actionAccuracy: Ratio;
  rulesAgreement: Ratio;
  completeAgreement: Ratio;
  emergencySensitivity: Ratio;
  urgentOrHigherSensitivity: Ratio;
  selfCareSpecificity: Ratio;
  /** Emergency or urgent cases sent to routine or self-care (or lost to an error). */
  unsafeUnderTriage: number;
  /** Emergency or urgent cases given any lower level, e.g. an emergency sent to urgent care. */
  underTriage: number;
  overTriage: number;
  /** expected level → got level → count. */
  confusion: Record<Level, Record<GotLevel, number>>;
  mismatches: CaseResult[];
}

const ratio = (results: CaseResult[], hit: (result: CaseResult) => boolean): Ratio => ({
  hit: results.filter(hit).length,
  total: results.length,
});

const expectedAtLeastUrgent = (result: CaseResult) => levelRank[result.vignette.expected.level] >= levelRank.urgent;
const gotRank = (result: CaseResult) => (result.got ? levelRank[result.got.level] : -1);

export function summarize(results: CaseResult[]): EvalSummary {
  const expecting = (level: Level) => results.filter((result) => result.vignette.expected.level === level);
  const serious = results.filter(expectedAtLeastUrgent);
  const confusion = Object.fromEntries(
    levels.map((expected) => [expected, Object.fromEntries(gotLevels.map((got) => [got, 0]))]),
  ) as EvalSummary["confusion"];
  for (const result of results) confusion[result.vignette.expected.level][result.got?.level ?? "error"] += 1;

  return {
    total: results.length,
    levelAccuracy: ratio(results, (result) => result.levelMatches),
    actionAccuracy: ratio(results, (result) => result.actionMatches),
    rulesAgreement: ratio(results, (result) => result.rulesMatch),
    completeAgreement: ratio(
      results.filter((result) => result.vignette.expected.complete !== undefined),
      (result) => result.completeMatches,
    ),
    emergencySensitivity: ratio(expecting("emergency"), (result) => result.got?.level === "emergency"),
    urgentOrHigherSensitivity: ratio(serious, (result) => gotRank(result) >= levelRank.urgent),
    selfCareSpecificity: ratio(expecting("self_care"), (result) => result.got?.level === "self_care"),
    unsafeUnderTriage: serious.filter((result) => gotRank(result) < levelRank.urgent).length,
    underTriage: serious.filter((result) => gotRank(result) < levelRank[result.vignette.expected.level]).length,
    overTriage: results.filter((result) => gotRank(result) > levelRank[result.vignette.expected.level]).length,
    confusion,
    mismatches: results.filter(isMismatch),
  };
}

/** 1 when any emergency or urgent case was given a lower level than expected, else 0. */
export function exitCodeFor(summary: EvalSummary): 0 | 1 {
  return summary.underTriage > 0 ? 1 : 0;
}
