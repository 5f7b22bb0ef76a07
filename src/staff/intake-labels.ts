// Plain labels for intake fields and values on staff screens and exports. Staff see the field
// names the engine uses (so they match the rules) spelled out as words.

const overrides: Record<string, string> = {
  walkFourStepsImmediately: "could walk 4 steps right after the injury",
  walkFourStepsNow: "can walk 4 steps now",
  flexTo90: "can bend to 90°",
  daysSinceOnset: "days since it started",
  painScore: "pain score (0–10)",
  hotRed: "hot or red",
};

export function fieldLabel(field: string): string {
  return (
    overrides[field] ??
    field
      .replace(/([A-Z])/g, " $1")
      .toLowerCase()
      .replace(/_/g, " ")
  );
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
