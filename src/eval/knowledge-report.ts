import type { KnowledgeFigures } from "./knowledge-eval.js";

// The knowledge eval as a table for people, with each set's misses listed under it.

const share = (hit: number, total: number) =>
  total === 0 ? "n/a" : `${hit}/${total} (${((hit / total) * 100).toFixed(1)}%)`;

export function formatKnowledgeTable(rows: Array<{ name: string; figures: KnowledgeFigures }>): string {
  const header = [
    "set",
    "recall@3",
    "MRR",
    "answer from right section",
    "refused (unanswerable)",
    "wrongly refused",
    "misleading answers",
  ];
  const lines = rows.map(({ name, figures }) => [
    name,
    (figures.answerable === 0 ? 0 : figures.foundInTop3 / figures.answerable).toFixed(3),
    figures.mrr.toFixed(3),
    share(figures.answeredFromRightPassage, figures.answerable),
    share(figures.refused, figures.unanswerable),
    String(figures.wronglyRefused),
    figures.withMisleadingLabels === 0
      ? "n/a (no labels)"
      : `${figures.misleadingAnswers} of ${figures.withMisleadingLabels} labelled`,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? "").length)),
  );
  const render = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  return [render(header), render(widths.map((width) => "-".repeat(width))), ...lines.map(render)].join("\n");
}

export function formatKnowledgeDetails(name: string, figures: KnowledgeFigures): string {
  const list = (items: string[]) => (items.length === 0 ? ["    none"] : items.map((item) => `    ${item}`));
  return [
    `${name}:`,
    "  not in the top 3:",
    ...list(figures.misses),
    "  answered with a misleading passage:",
    ...list(figures.misleading.map(({ q, cited }) => `${q}  ->  ${cited}`)),
    "  answered although unanswerable:",
    ...list(figures.answeredOffTopic.map(({ q, cited }) => `${q}  ->  ${cited}`)),
  ].join("\n");
}
