import { z } from "zod";
import { gateFreeText } from "../../triage/free-text-gate.js";
import {
  intakeFields,
  intakeShape,
  isIntakeField,
  questionFor,
  type Intake,
  type IntakeField,
} from "../../triage/index.js";
import type { RecordIntakeOutput } from "../protocol/ui-message.js";
import { nextQuestionSummary, type QuestionSummary } from "./next-question-summary.js";
import type { ToolContext, ToolDescriptor } from "./tool-descriptor.js";

export interface RecordIntakeResult extends RecordIntakeOutput {
  /** Said to the model when a value was rejected, so it corrects the call or asks. */
  error?: string;
  interviewComplete: boolean;
  nextQuestion?: QuestionSummary;
}

// Fields without a question of their own, or whose question needs the spec's precision.
const fieldNotes: Partial<Record<IntakeField, string>> = {
  sex: "Sex (not used by the rules).",
  daysSinceOnset:
    "Days since the injury if there was one, otherwise since the pain started. Fractions allowed: 2 hours = 0.08.",
  aggravators: "What makes it worse (information for staff).",
  activity: "Sport or activity level, in a few words (information for staff).",
};

/** The intake schema the engine validates with, each field described by the question it answers. */
const describedIntakeSchema = z
  .object(
    Object.fromEntries(
      intakeFields.map((field) => [
        field,
        intakeShape[field].describe(fieldNotes[field] ?? questionFor(field)?.prompt ?? field),
      ]),
    ),
  )
  .partial()
  .strict();

/**
 * A model reads the visitor's words, so what it records is free text (spec §7): it passes the
 * same gate as the extractor, and a field already answered can be changed only by the visitor
 * (a model's "age 30" must not overwrite the visitor's 55). Refusals come back as tool errors
 * the model can act on, and are logged for staff.
 */
function refusedModelFacts(
  input: Record<string, unknown>,
  context: ToolContext,
): Array<{ field: string; message: string }> {
  const { session } = context;
  const refused: Array<{ field: string; message: string }> = [];
  const fresh: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined || !isIntakeField(field)) continue;
    const known = session.intake[field];
    if (known === undefined) fresh[field] = value;
    else if (JSON.stringify(known) !== JSON.stringify(value)) {
      refused.push({
        field,
        message: "The visitor already answered this; only the visitor can change it. Ask them if it has changed.",
      });
    }
  }
  const valid = Object.fromEntries(
    Object.entries(fresh).filter(([field, value]) => intakeShape[field as IntakeField].safeParse(value).success),
  );
  const gated = gateFreeText({
    answers: valid as Intake,
    evidence: {},
    answering: context.answering,
    intake: session.intake,
  });
  for (const field of [...Object.keys(gated.withheld), ...Object.keys(gated.confirm)]) {
    refused.push({
      field,
      message:
        "A reassuring or branch-closing answer is recorded only from the visitor's own answer to its question: ask the question.",
    });
  }
  return refused;
}

/**
 * Records facts through the session (the guard): validated field by field with the intake
 * schema, then the engine re-evaluates and the session, not the caller, emits `data-triage`.
 */
export const recordIntakeTool: ToolDescriptor<Record<string, unknown>> = {
  name: "record_intake",
  description:
    "Record facts the visitor clearly stated, using the intake field names and allowed values. " +
    "Send only the fields you are sure of; 'not sure' is \"unsure\". Facts the visitor already answered cannot be changed by you. " +
    "The result lists what was recorded, any rejected fields with the reason, and the next question the clinic's rules need.",
  inputSchema: describedIntakeSchema,
  fieldByField: true,
  run(input, context): RecordIntakeResult {
    const { session } = context;
    const refused = refusedModelFacts(input, context);
    if (refused.length > 0)
      session.events.push({
        type: "model_fact_refused",
        data: { refused: refused.map(({ field }) => ({ field, value: input[field] })) },
      });
    const output = session.recordAll([{ answers: input, source: "tool", refused }])[0] as RecordIntakeOutput;
    const rejected = output.rejected ?? [];
    const next = nextQuestionSummary(session, context.state);
    return {
      ...output,
      ...(rejected.length > 0
        ? { error: "Some values were not recorded (see `rejected`). Correct an invalid value, or ask the visitor." }
        : {}),
      interviewComplete: next === undefined,
      ...(next ? { nextQuestion: next } : {}),
    };
  },
};
