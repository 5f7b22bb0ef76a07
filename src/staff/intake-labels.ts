import { fieldLabels, staffFieldLabel } from "../triage/field-labels.js";
import type { IntakeField } from "../triage/index.js";
// Plain labels for intake fields and values on staff screens and exports, from the one field
// catalogue the visitor's summary uses too.

/** The catalogue's label for an intake field (triage/field-labels.ts); a name it does not know is spelled out. */
export function fieldLabel(field: string): string {
  if (field in fieldLabels) return staffFieldLabel(field as IntakeField);
  return field
    .replace(/([A-Z])/g, " $1")
    .toLowerCase()
    .replace(/_/g, " ");
}

export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return "—";
  if (Array.isArray(value)) return value.map(String).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value).replace(/_/g, " ");
}

export function levelLabel(level: string | null | undefined): string {
  switch (level) {
    case "emergency":
      return "Emergency";
    case "urgent":
      return "Urgent";
    case "routine":
      return "Routine";
    case "self_care":
      return "Self-care";
    default:
      return "Not triaged";
  }
}
