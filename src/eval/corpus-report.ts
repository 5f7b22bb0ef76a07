import type { ItemResult } from "./corpus.js";

// The per-class table of `npm run eval -- --corpus`, and the targets of the free-text issue:
// stated red flags missed 0, a reassuring fact from free text 0 (by construction), wrong facts
// ≤ 1% of recorded facts, replies not understood ≤ 2%.

export interface CorpusSummary {
  items: number;
  exact: number;
  missedRedFlags: number;
  lowering: number;
  wrongFacts: number;
  recordedFacts: number;
  replies: number;
  notUnderstood: number;
  intentWrong: number;
  confirmWrong: number;
}

export const corpusTargets = { missedRedFlags: 0, lowering: 0, wrongFactRate: 0.01, notUnderstoodRate: 0.02 };

function isExact(result: ItemResult): boolean {
  return (
    result.wrong.length === 0 &&
    result.missed.length === 0 &&
    result.missedRedFlags.length === 0 &&
    !result.notUnderstood &&
    !result.intentWrong &&
    !result.confirmWrong
  );
}

export function summarizeCorpus(results: readonly ItemResult[]): CorpusSummary {
  return {
    items: results.length,
    exact: results.filter(isExact).length,
    missedRedFlags: results.reduce((sum, result) => sum + result.missedRedFlags.length, 0),
    lowering: results.reduce((sum, result) => sum + result.lowering.length, 0),
    wrongFacts: results.reduce((sum, result) => sum + result.wrong.length, 0),
    recordedFacts: results.reduce((sum, result) => sum + Object.keys(result.recorded).length, 0),
    replies: results.filter((result) => result.item.pending !== undefined && result.item.pending.length > 0).length,
    notUnderstood: results.filter((result) => result.notUnderstood).length,
    intentWrong: results.filter((result) => result.intentWrong).length,
    confirmWrong: results.filter((result) => result.confirmWrong).length,
  };
}

export function wrongFactRate(summary: CorpusSummary): number {
  return summary.recordedFacts === 0 ? 0 : summary.wrongFacts / summary.recordedFacts;
}

export function notUnderstoodRate(summary: CorpusSummary): number {
  return summary.replies === 0 ? 0 : summary.notUnderstood / summary.replies;
}

export function corpusPasses(summary: CorpusSummary): boolean {
  return (
    summary.missedRedFlags <= corpusTargets.missedRedFlags &&
    summary.lowering <= corpusTargets.lowering &&
    wrongFactRate(summary) <= corpusTargets.wrongFactRate &&
    notUnderstoodRate(summary) <= corpusTargets.notUnderstoodRate
  );
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export function formatCorpusReport(results: readonly ItemResult[], verbose: boolean): string {
  const classes = [...new Set(results.map((result) => result.item.class))];
  const header = [
    "class",
    "items",
    "exact",
    "red flags missed",
    "lowering",
    "wrong facts",
    "not understood",
    "intent wrong",
  ];
  const rows = classes.map((name) => {
    const summary = summarizeCorpus(results.filter((result) => result.item.class === name));
    return [
      name,
      summary.items,
      summary.exact,
      summary.missedRedFlags,
      summary.lowering,
      summary.wrongFacts,
      summary.notUnderstood,
      summary.intentWrong,
    ].map(String);
  });
  const total = summarizeCorpus(results);
  rows.push(
    [
      "all",
      total.items,
      total.exact,
      total.missedRedFlags,
      total.lowering,
      total.wrongFacts,
      total.notUnderstood,
      total.intentWrong,
    ].map(String),
  );
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join("  ");
  const lines = [`Free-text corpus: ${total.items} utterances`, "", line(header), ...rows.map(line), ""];
  lines.push(
    `  Stated red flags missed               ${total.missedRedFlags} (target ${corpusTargets.missedRedFlags})`,
  );
  lines.push(`  Reassuring facts from free text       ${total.lowering} (target 0, by construction)`);
  lines.push(
    `  Wrong facts                           ${total.wrongFacts}/${total.recordedFacts} recorded = ${percent(wrongFactRate(total))} (target ≤ ${percent(corpusTargets.wrongFactRate)})`,
  );
  lines.push(
    `  Replies not understood                ${total.notUnderstood}/${total.replies} = ${percent(notUnderstoodRate(total))} (target ≤ ${percent(corpusTargets.notUnderstoodRate)})`,
  );
  lines.push(`  Confirmations (spec §7.3) wrong       ${total.confirmWrong}`);
  if (verbose) {
    lines.push("", "Items that differ from their label:");
    for (const result of results.filter((candidate) => !isExact(candidate))) {
      const problems = [
        ...result.missedRedFlags.map((field) => `MISSED RED FLAG ${field}=${String(result.item.expect[field])}`),
        ...result.wrong.map(
          (wrong) => `wrong ${wrong.field}: got ${JSON.stringify(wrong.got)}, label ${JSON.stringify(wrong.expected)}`,
        ),
        ...result.missed.map((field) => `missed ${field}=${JSON.stringify(result.item.expect[field])}`),
        ...(result.notUnderstood ? ["reply not understood"] : []),
        ...(result.intentWrong ? [`intent ${result.intent}, label ${result.item.intent ?? "answer"}`] : []),
        ...(result.confirmWrong
          ? [`confirm ${JSON.stringify(result.confirm)}, label ${JSON.stringify(result.item.confirm ?? {})}`]
          : []),
      ];
      lines.push(
        `  ${result.item.id} [${result.item.class}] "${result.item.text}"${result.item.pending ? ` (asked ${result.item.pending.join(", ")})` : ""}`,
      );
      for (const problem of problems) lines.push(`      ${problem}`);
    }
  }
  return lines.join("\n");
}
