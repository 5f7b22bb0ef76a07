import type { Intake, IntakeField } from "./intake-schema.js";
import type { Action, Level } from "./levels.js";

export interface Rule {
  /** Stable id from spec §4; staff, tests and transcripts refer to it. */
  id: string;
  level: Level;
  action: Action;
  /**
   * Every field `match` reads (emergency rules), so the question order can find the questions
   * that would complete a rule half answered. A property test holds it to `match`.
   */
  reads?: readonly IntakeField[];
  /** The answered fields that make the rule fire, or undefined when it does not fire. */
  match(intake: Intake): IntakeField[] | undefined;
  /** What to do, in the visitor's terms; follows the facts in the reason. */
  advice: string;
  /** Name the injury and its timing in the reason ("after a fall 2 days ago"). */
  mentionsInjury?: boolean;
  /** Spec "with no higher rule": dropped when a rule of a higher level fires. */
  onlyWithoutHigherLevel?: boolean;
}

/** The fields of the conditions that hold, or undefined when none holds. */
export function anyOf(...conditions: Array<[boolean, IntakeField[]]>): IntakeField[] | undefined {
  const fields = conditions.filter(([holds]) => holds).flatMap(([, names]) => names);
  return fields.length > 0 ? [...new Set(fields)] : undefined;
}

/** Fields that establish an acute injury, to list among a rule's facts. */
export function acuteFields(intake: Intake): IntakeField[] {
  return intake.daysSinceOnset === undefined ? ["injury"] : ["injury", "daysSinceOnset"];
}

/** Combine a required context with the fields of a condition. */
export function withContext(
  context: boolean,
  contextFields: IntakeField[],
  fields: IntakeField[] | undefined,
): IntakeField[] | undefined {
  if (!context || fields === undefined) return undefined;
  return [...new Set([...contextFields, ...fields])];
}
