import { fieldSchema, isIntakeField, type Intake, type IntakeField } from "../../triage/index.js";

export interface AppliedAnswers {
  intake: Intake;
  /** Fields answered for the first time. */
  recorded: IntakeField[];
  /** Fields whose earlier answer changed. */
  corrected: IntakeField[];
  rejected: Array<{ field: string; message: string }>;
}

/**
 * Validate answers field by field with the intake schema and merge them into the intake.
 * A bad field is rejected with a message (a model can correct it); the others still land.
 */
export function applyAnswers(intake: Intake, answers: Record<string, unknown>): AppliedAnswers {
  const next: Record<string, unknown> = { ...intake };
  const recorded: IntakeField[] = [];
  const corrected: IntakeField[] = [];
  const rejected: AppliedAnswers["rejected"] = [];
  for (const [field, value] of Object.entries(answers)) {
    if (value === undefined) continue;
    if (!isIntakeField(field)) {
      rejected.push({ field, message: `"${field}" is not an intake field.` });
      continue;
    }
    const parsed = fieldSchema(field).safeParse(value);
    if (!parsed.success) {
      rejected.push({ field, message: parsed.error.issues[0]?.message ?? "invalid value" });
      continue;
    }
    const before = next[field];
    if (before === undefined) recorded.push(field);
    else if (JSON.stringify(before) !== JSON.stringify(parsed.data)) corrected.push(field);
    next[field] = parsed.data;
  }
  return { intake: next as Intake, recorded, corrected, rejected };
}
