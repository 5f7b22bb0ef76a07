import fc from "fast-check";
import { z } from "zod";
import { minorTwist, quietChild, quietKnee } from "./fixtures.js";
import {
  actions,
  aggravatorValues,
  careSettings,
  intakeFields,
  intakeShape,
  levels,
  type Intake,
  type IntakeField,
} from "../../src/triage/index.js";

// fast-check arbitraries over every intake field (spec §3), biased towards the boundaries
// the rules turn on, and a zod schema of the §6 output.

type FieldArbitraries = { [Field in IntakeField]-?: fc.Arbitrary<NonNullable<Intake[Field]>> };

// Enum fields draw from the schema's own values; the numeric fields are biased towards the
// boundaries the rules turn on (age 16/17 and 54/55; day 7/7.5, 13/14, 42/43).
const boundaryBiased: Partial<FieldArbitraries> = {
  age: fc.oneof(fc.constantFrom(0, 16, 17, 54, 55, 120), fc.integer({ min: 0, max: 120 })),
  daysSinceOnset: fc.oneof(
    fc.constantFrom(0, 0.08, 6, 7, 7.5, 13, 14, 42, 43, 36500),
    fc.double({ min: 0, max: 36500, noNaN: true, noDefaultInfinity: true }),
  ),
  painScore: fc.integer({ min: 0, max: 10 }),
  aggravators: fc.uniqueArray(fc.constantFrom(...aggravatorValues), { maxLength: aggravatorValues.length }),
  activity: fc.string({ maxLength: 200 }),
};

function enumArbitrary(field: IntakeField): fc.Arbitrary<unknown> {
  const schema = intakeShape[field];
  if (!(schema instanceof z.ZodEnum)) throw new Error(`${field} needs an arbitrary of its own`);
  return fc.constantFrom(...(schema.options as string[]));
}

export const fieldArbitraries = Object.fromEntries(
  intakeFields.map((field) => [field, boundaryBiased[field] ?? enumArbitrary(field)]),
) as FieldArbitraries;

/** Any valid intake: every field may be absent ("not asked yet"). */
export const intakeArbitrary: fc.Arbitrary<Intake> = fc.record(fieldArbitraries, {
  requiredKeys: [],
}) as fc.Arbitrary<Intake>;

/**
 * A flag-free baseline with some answers left out and a few changed at random: most random
 * intakes hold an emergency somewhere, which hides the lower levels; these keep them in view.
 */
/** One to four fields answered at random. */
export const fewAnswersArbitrary: fc.Arbitrary<Intake> = fc
  .shuffledSubarray(intakeFields, { minLength: 1, maxLength: 4 })
  .chain(
    (fields) =>
      fc.record(Object.fromEntries(fields.map((field) => [field, fieldArbitraries[field]]))) as fc.Arbitrary<Intake>,
  );

export const nearBaselineArbitrary: fc.Arbitrary<Intake> = fc
  .tuple(fc.constantFrom(quietKnee, minorTwist, quietChild), fc.subarray(intakeFields), fewAnswersArbitrary)
  .map(([base, unasked, changes]) => {
    const kept = Object.entries(base).filter(([field]) => !unasked.includes(field as IntakeField));
    return { ...Object.fromEntries(kept), ...changes } as Intake;
  });

/** Sparse random intakes and near-baseline ones, half and half. */
export const variedIntakeArbitrary: fc.Arbitrary<Intake> = fc.oneof(intakeArbitrary, nearBaselineArbitrary);

/** A fully answered intake, used as the source of answers when playing an interview. */
export const fullIntakeArbitrary: fc.Arbitrary<Required<Intake>> = fc.record(fieldArbitraries) as fc.Arbitrary<
  Required<Intake>
>;

/** A few values per field that between them reach every branch of every rule. */
export function representativeValues(field: IntakeField): unknown[] {
  const shape = intakeShape[field];
  if (shape instanceof z.ZodEnum) return [...shape.options];
  if (field === "age") return [0, 16, 17, 54, 55, 120];
  if (field === "daysSinceOnset") return [0, 7, 7.5, 13, 14, 42, 43];
  if (field === "painScore") return [0, 1, 6, 7, 10];
  if (field === "aggravators") return [[], ["stairs", "running"]];
  return ["", "football twice a week"];
}

/** Ids a reason may carry: a spec §4 rule or the self-care default. */
const ruleId = z.string().regex(/^(?:[EUR]-[A-Z0-9]+(?:-[A-Z0-9]+)*|S-DEFAULT)$/);

/** The output of spec §6. Extra reason fields (level, facts) are allowed; extra top-level keys are not. */
export const dispositionSchema = z
  .object({
    level: z.enum(levels),
    action: z.enum(actions),
    careSetting: z.enum(careSettings),
    complete: z.boolean(),
    missing: z.array(z.enum(intakeFields as [IntakeField, ...IntakeField[]])),
    reasons: z.array(z.object({ rule: ruleId, summary: z.string().min(10) })),
    safetyNet: z.array(z.string().min(10)).min(1),
    rulesetVersion: z.literal("2026.12"),
  })
  .strict();

/** The actions spec §2 allows at each level. */
export const actionsByLevel: Record<(typeof levels)[number], ReadonlyArray<(typeof actions)[number]>> = {
  emergency: ["call_emergency_services", "go_to_emergency_department"],
  urgent: ["urgent_care_today", "see_doctor_within_24h"],
  routine: ["book_pt_assessment", "see_doctor_soon"],
  self_care: ["self_care"],
};

/** The care setting each action sends the visitor to (spec §2 and §6). */
export const careSettingByAction: Record<(typeof actions)[number], (typeof careSettings)[number]> = {
  call_emergency_services: "emergency_services",
  go_to_emergency_department: "emergency_department",
  urgent_care_today: "urgent_care",
  see_doctor_within_24h: "physician",
  see_doctor_soon: "physician",
  book_pt_assessment: "physical_therapist",
  self_care: "self_care",
};

/** Spec §2: these emergencies call emergency services; every other one goes to the department. */
export const callEmergencyRules = ["E-VASCULAR", "E-PE", "E-CAUDA", "E-COMPARTMENT"];

/** Emergency rules that need an acute injury, and so rest on the injury's timing. */
export const acuteEmergencyRules = ["E-NEURO-INJURY", "E-CANNOT-WALK", "E-EXTENSOR", "E-COMPARTMENT", "E-BLEED"];
