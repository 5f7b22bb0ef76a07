import { isAcuteInjury } from "../triage/facts.js";
import type { CaseResult } from "./run-vignettes.js";

// How many questions a visitor answers, by branch (the free-text issue's targets: median ≤ 10
// overall, ≤ 13 for an acute injury, max ≤ 16), and how often their own words were not understood.

export interface QuestionCounts {
  branch: string;
  conversations: number;
  median: number;
  max: number;
}

export const questionTargets = { median: 10, acuteMedian: 13, max: 16 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Counts per branch; undefined when the player does not converse (the engine player). */
export function questionCounts(results: readonly CaseResult[]): QuestionCounts[] | undefined {
  const played = results.filter((result) => result.got?.questions !== undefined);
  if (played.length === 0) return undefined;
  const row = (branch: string, subset: readonly CaseResult[]): QuestionCounts => {
    const counts = subset.map((result) => result.got?.questions ?? 0);
    return { branch, conversations: subset.length, median: median(counts), max: Math.max(0, ...counts) };
  };
  const finished = played.filter((result) => !result.got?.stoppedAtEmergency);
  return [
    row("all conversations", played),
    row(
      "acute injury",
      finished.filter((result) => isAcuteInjury(result.vignette.intake)),
    ),
    row(
      "no acute injury",
      finished.filter((result) => !isAcuteInjury(result.vignette.intake)),
    ),
    row(
      "ended at an emergency",
      played.filter((result) => result.got?.stoppedAtEmergency),
    ),
  ];
}

export function formatQuestionCounts(results: readonly CaseResult[]): string[] {
  const counts = questionCounts(results);
  if (!counts) return [];
  const lines = [
    "",
    "Questions answered per conversation (a checklist counts once)",
    `  ${"branch".padEnd(24)}${"conversations".padStart(14)}${"median".padStart(8)}${"max".padStart(6)}`,
  ];
  for (const count of counts)
    lines.push(
      `  ${count.branch.padEnd(24)}${String(count.conversations).padStart(14)}${String(count.median).padStart(8)}${String(count.max).padStart(6)}`,
    );
  lines.push(
    `  targets: median ≤ ${questionTargets.median}, acute injury median ≤ ${questionTargets.acuteMedian}, max ≤ ${questionTargets.max}`,
  );
  const notUnderstood = results.reduce((sum, result) => sum + (result.got?.notUnderstood ?? 0), 0);
  const answered = results.reduce((sum, result) => sum + (result.got?.questions ?? 0), 0);
  if (notUnderstood > 0 || results.some((result) => result.got?.notUnderstood !== undefined)) {
    lines.push(`  replies in the visitor's words not understood: ${notUnderstood} of ${answered} questions`);
  }
  return lines;
}
