import { expect } from "vitest";
import { extractFacts } from "../../src/triage/extract/index.js";
import { intakeSchema, type IntakeField } from "../../src/triage/intake-schema.js";
import { expectRead, wordsRead } from "./extraction-reading.js";

// The row check shared by the extraction safety tables: one field, and the exact value, ASKED
// (uncertain: asked, never assumed) or NONE (not read at all). A value is checked where the
// spec §7 gate puts it: recorded, shown back to confirm, or kept for staff only.

export const ASKED = Symbol("asked");
export const NONE = Symbol("none");
export type Expected = string | number | typeof ASKED | typeof NONE;
export type Row = [text: string, field: IntakeField, expected: Expected];

export const monday = new Date(2026, 0, 5, 12);

export function check(text: string, field: IntakeField, expected: Expected, expecting: IntakeField[] = []) {
  const result = extractFacts(text, { now: monday, expecting });
  expect(intakeSchema.safeParse(result.answers).success).toBe(true);
  expect(result.uncertain.filter((name) => name in result.answers)).toEqual([]);
  if (expected === ASKED) {
    expect(result.answers[field]).toBeUndefined();
    expect(result.uncertain).toContain(field);
  } else if (expected === NONE) {
    expect(wordsRead(result)[field]).toBeUndefined();
  } else {
    expectRead(result, { [field]: expected }, expecting);
  }
}
