import { levels } from "../triage/index.js";
import { gotLevels, type EvalSummary, type Ratio } from "./metrics.js";
import type { CaseResult } from "./run-vignettes.js";

// Plain-text and JSON renderings of a vignette run, for people and for CI.

export function formatRatio({ hit, total }: Ratio): string {
  const share = total === 0 ? "n/a" : `${((hit / total) * 100).toFixed(1)}%`;
  return `${hit}/${total} (${share})`;
}

function describeGot(result: CaseResult): string {
  if (!result.got) return `error: ${result.error ?? "no result"}`;
  const { level, action, rules } = result.got;
  return `${level} / ${action} [${rules.join(", ") || "no rules"}]`;
}

function differences(result: CaseResult): string[] {
  const names: Array<[boolean, string]> = [
    [result.levelMatches, "level"],
    [result.actionMatches, "action"],
    [result.rulesMatch, "rules"],
    [result.completeMatches, "complete"],
  ];
  return names.filter(([matches]) => !matches).map(([, name]) => name);
}

function formatMismatch(result: CaseResult): string[] {
  const { id, expected } = result.vignette;
  const completeness =
    expected.complete !== undefined && result.got && !result.completeMatches
      ? [
          `    complete: expected ${String(expected.complete)}, got ${String(result.got.complete)} (missing: ${result.got.missing.join(", ")})`,
        ]
      : [];
  return [
    `  ${id}  (differs in ${differences(result).join(", ")})`,
    `    expected: ${expected.level} / ${expected.action} [${expected.rules.join(", ")}]`,
    `    got:      ${describeGot(result)}`,
    ...completeness,
  ];
}

function formatConfusion(summary: EvalSummary): string[] {
  const showError = levels.some((level) => summary.confusion[level].error > 0);
  const columns = gotLevels.filter((level) => level !== "error" || showError);
  const width = 11;
  const header = ["expected \\ got".padEnd(16), ...columns.map((column) => column.padStart(width))].join("");
  const rows = levels.map((expected) =>
    [expected.padEnd(16), ...columns.map((got) => String(summary.confusion[expected][got]).padStart(width))].join(""),
  );
  return [header, ...rows];
}

export function formatReport(summary: EvalSummary, heading: string): string {
  const line = (label: string, value: string) => `  ${label.padEnd(54)}${value}`;
  const lines = [
    heading,
    "",
    line("Exact level accuracy", formatRatio(summary.levelAccuracy)),
    line("Action accuracy", formatRatio(summary.actionAccuracy)),
    line("Rules-set agreement", formatRatio(summary.rulesAgreement)),
    line("Completeness agreement (where stated)", formatRatio(summary.completeAgreement)),
    line("Emergency sensitivity (emergency called emergency)", formatRatio(summary.emergencySensitivity)),
    line("Urgent-or-higher sensitivity", formatRatio(summary.urgentOrHigherSensitivity)),
    line("Self-care specificity (self-care kept self-care)", formatRatio(summary.selfCareSpecificity)),
    line("Under-triage: emergency/urgent to routine/self-care", `${summary.unsafeUnderTriage} (must be 0)`),
    line("Under-triage: emergency/urgent to any lower level", `${summary.underTriage} (must be 0)`),
    line("Over-triage: any case given a higher level", String(summary.overTriage)),
    "",
    "Confusion matrix (rows: expected level, columns: level given)",
    ...formatConfusion(summary).map((row) => `  ${row}`),
    "",
  ];
  if (summary.mismatches.length === 0) lines.push("Mismatches: none");
  else lines.push(`Mismatches (${summary.mismatches.length}):`, ...summary.mismatches.flatMap(formatMismatch));
  return lines.join("\n");
}

/** A machine-readable report: the figures, and every case with what was expected and given. */
export function reportJson(summary: EvalSummary, results: CaseResult[], context: Record<string, unknown>) {
  const { mismatches, ...figures } = summary;
  const toCase = (result: CaseResult) => ({
    id: result.vignette.id,
    expected: result.vignette.expected,
    got: result.got ?? null,
    ...(result.error !== undefined ? { error: result.error } : {}),
    differs: differences(result),
  });
  return { ...context, ...figures, mismatches: mismatches.map(toCase), cases: results.map(toCase) };
}
