import { z } from "zod";

// Field names and values are the public contract of spec/triage.md §3: do not rename.

export const yesNoUnsure = z.enum(["yes", "no", "unsure"]);
export const yesNo = z.enum(["yes", "no"]);
export type YesNoUnsure = z.infer<typeof yesNoUnsure>;

export const aggravatorValues = [
  "stairs",
  "squatting",
  "kneeling",
  "running",
  "sitting",
  "downhill",
  "jumping",
  "twisting",
  "walking",
] as const;

export const intakeShape = {
  age: z.number().int().min(0).max(120),
  sex: z.enum(["female", "male", "other"]),
  side: z.enum(["left", "right", "both"]),
  injury: yesNoUnsure,
  mechanism: z.enum(["fall", "direct_blow", "twist", "landing", "hyperextension", "other"]),
  daysSinceOnset: z.number().min(0).max(36500),
  walkFourStepsImmediately: yesNoUnsure,
  walkFourStepsNow: yesNoUnsure,
  flexTo90: yesNoUnsure,
  tenderPatellaOnly: yesNoUnsure,
  tenderFibularHead: yesNoUnsure,
  straightLegRaise: yesNoUnsure,
  deformity: yesNoUnsure,
  patellaDislocation: z.enum(["none", "still_out", "went_back_first_time", "recurrent"]),
  openWound: yesNoUnsure,
  footColdPale: yesNoUnsure,
  numbnessTingling: yesNoUnsure,
  footWeakness: yesNoUnsure,
  severePainOutOfProportion: yesNoUnsure,
  swelling: z.enum(["none", "mild", "marked"]),
  rapidSwelling: yesNoUnsure,
  anticoagulants: yesNoUnsure,
  hotRed: yesNoUnsure,
  feverOrUnwell: yesNoUnsure,
  kneeReplacement: yesNo,
  recentSurgeryOrInjection: yesNo,
  woundProblem: yesNoUnsure,
  immunosuppressed: yesNoUnsure,
  calfPainSwelling: yesNoUnsure,
  breathlessOrChestPain: yesNoUnsure,
  locked: yesNoUnsure,
  catching: yesNo,
  givingWay: z.enum(["none", "episodes", "unstable_now"]),
  otherJointsSwollen: yesNo,
  hipOrGroinPain: yesNoUnsure,
  limp: yesNo,
  backPainRadiating: yesNo,
  saddleNumbnessOrBladder: yesNoUnsure,
  nightPain: yesNo,
  weightLoss: yesNo,
  cancerHistory: yesNo,
  boneLump: yesNoUnsure,
  painScore: z.number().int().min(0).max(10),
  trend: z.enum(["improving", "same", "worse"]),
  limitsActivity: yesNo,
  effusionAfterActivity: yesNo,
  aggravators: z.array(z.enum(aggravatorValues)).max(aggravatorValues.length),
  activity: z.string().max(200),
};

/** Every field optional (missing = not asked yet); unknown fields are rejected, not ignored. */
export const intakeSchema = z.object(intakeShape).partial().strict();

export type Intake = z.infer<typeof intakeSchema>;
export type IntakeField = keyof typeof intakeShape;
export const intakeFields = Object.keys(intakeShape) as IntakeField[];

export function isIntakeField(name: string): name is IntakeField {
  return Object.hasOwn(intakeShape, name);
}

/** A single field's schema, for validating one structured answer. */
export function fieldSchema(field: IntakeField): z.ZodType {
  return intakeShape[field];
}
