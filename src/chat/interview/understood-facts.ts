import { describeDuration } from "../../triage/fact-phrases.js";
import { questionFor, questionPriority, type Intake, type IntakeField } from "../../triage/index.js";
import type { UnderstoodFact } from "../protocol/ui-message.js";
import { fieldLabels } from "../../triage/field-labels.js";

// The "what I understood" summary: short, in plain words, so the visitor can correct it.

const labels = fieldLabels;

function valueText(field: IntakeField, intake: Intake): string {
  const value = intake[field];
  if (field === "daysSinceOnset" && typeof value === "number")
    return value < 1 && value > 0
      ? `${describeDuration(value)} ago`
      : value === 0
        ? "today"
        : `${describeDuration(value)} ago`;
  if (field === "painScore") return `${String(value)}/10`;
  if (Array.isArray(value)) return value.join(", ");
  const option = questionFor(field)?.options?.find((candidate) => candidate.answers[field] === value);
  if (option) return option.label;
  return String(value);
}

const summaryOrder: IntakeField[] = [
  "age",
  "sex",
  "side",
  "injury",
  "mechanism",
  "daysSinceOnset",
  ...questionPriority.slice(3),
  "aggravators",
  "activity",
];

export function understoodFacts(intake: Intake, only?: IntakeField[]): UnderstoodFact[] {
  const fields = [...new Set(summaryOrder)].filter(
    (field) => intake[field] !== undefined && (!only || only.includes(field)),
  );
  return fields.map((field) => ({
    field,
    value: intake[field],
    text: `${labels[field] ?? field}: ${valueText(field, intake)}`,
  }));
}

export function factsAsText(facts: UnderstoodFact[]): string {
  return facts.map((fact) => `- ${fact.text}`).join("\n");
}
