import type { Intake } from "./intake-schema.js";

// Small predicates the rules share. Rules read only answered fields: an undefined value
// never satisfies any of these (spec §5).

/** "Not sure" counts as the unsafe answer (spec §1.3): yes or unsure. */
export function yesOrUnsure(value: string | undefined): boolean {
  return value === "yes" || value === "unsure";
}

/** For questions where "no" is the unsafe answer (can you walk, bend, lift): no or unsure. */
export function noOrUnsure(value: string | undefined): boolean {
  return value === "no" || value === "unsure";
}

export const ACUTE_WINDOW_DAYS = 7;
export const CHILD_AGE_LIMIT = 17;

/**
 * "Acute injury": injury yes or unsure and daysSinceOnset ≤ 7. An injury whose timing is
 * not answered yet counts as acute (spec §5), the one exception to "unanswered never fires".
 */
export function isAcuteInjury(intake: Intake): boolean {
  if (!yesOrUnsure(intake.injury)) return false;
  return intake.daysSinceOnset === undefined || intake.daysSinceOnset <= ACUTE_WINDOW_DAYS;
}

/** "Child": age answered and under 17. */
export function isChild(intake: Intake): boolean {
  return intake.age !== undefined && intake.age < CHILD_AGE_LIMIT;
}

/** Adult: age answered and 17 or over. An unanswered age is neither child nor adult. */
export function isAdult(intake: Intake): boolean {
  return intake.age !== undefined && intake.age >= CHILD_AGE_LIMIT;
}

/** Swelling answered and not none. */
export function hasSwelling(intake: Intake): boolean {
  return intake.swelling === "mild" || intake.swelling === "marked";
}
