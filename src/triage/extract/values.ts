import { z } from "zod";
import { intakeShape, yesNo, yesNoUnsure, type IntakeField } from "../intake-schema.js";

// What kind of answer each intake field takes, read from the schema itself so the extractor
// cannot drift from spec §3.

export type FieldKind = "yesNoUnsure" | "yesNo" | "enum" | "number" | "list" | "text";

export function fieldKind(field: IntakeField): FieldKind {
  const schema: unknown = intakeShape[field];
  if (schema === yesNoUnsure) return "yesNoUnsure";
  if (schema === yesNo) return "yesNo";
  if (schema instanceof z.ZodEnum) return "enum";
  if (schema instanceof z.ZodNumber) return "number";
  if (schema instanceof z.ZodArray) return "list";
  return "text";
}

export function isYesNoField(field: IntakeField): boolean {
  const kind = fieldKind(field);
  return kind === "yesNo" || kind === "yesNoUnsure";
}

const noneFields: ReadonlySet<IntakeField> = new Set(["swelling", "givingWay", "patellaDislocation"]);

/** The "nothing of the sort" answer, for a checklist answered "none of these". */
export function negativeValue(field: IntakeField): string | undefined {
  if (isYesNoField(field)) return "no";
  return noneFields.has(field) ? "none" : undefined;
}

/** The value is valid for the field per the intake schema. */
export function isValidValue(field: IntakeField, value: unknown): boolean {
  return intakeShape[field].safeParse(value).success;
}
