import { expect } from "vitest";
import { mayRecordFromFreeText } from "../../src/triage/alarming-values.js";
import type { Extraction } from "../../src/triage/extract/index.js";
import type { Intake, IntakeField } from "../../src/triage/intake-schema.js";

// What the words were read as, and where the spec §7 gate put it. A reassuring value from
// unprompted words is read (kept for staff as `withheld`) but never recorded (§7.1); a
// branch-closing fact waits in `confirm` (§7.3); everything else is recorded.

/** Everything the extractor read from the words, whatever the gate did with it. */
export function wordsRead(result: Extraction): Intake {
  const withheld = Object.fromEntries(Object.entries(result.withheld).map(([field, fact]) => [field, fact?.value]));
  return { ...withheld, ...result.confirm, ...result.answers } as Intake;
}

/**
 * The words were read as `expected`, and each value went where spec §7 sends it. `answering`:
 * the fields of the question the words reply to, whose answers are recorded as given.
 */
export function expectRead(result: Extraction, expected: Intake, answering: readonly IntakeField[] = []): void {
  expect(wordsRead(result)).toMatchObject(expected);
  for (const [field, value] of Object.entries(expected) as Array<[IntakeField, unknown]>) {
    if (answering.includes(field)) {
      expect(result.answers[field], `${field} answers its own question`).toEqual(value);
    } else if (mayRecordFromFreeText(field, value)) {
      expect(result.withheld[field], `${field} ${String(value)} may be recorded from free text`).toBeUndefined();
    } else {
      expect(
        result.answers[field],
        `${field} ${String(value)} reassures: never recorded from free text`,
      ).toBeUndefined();
      expect(result.withheld[field]?.words, `the words behind ${field} are kept for staff`).toBeTruthy();
    }
  }
}
