import { z } from "zod";
import { intakeFields, intakeShape, questionFor, type IntakeField } from "../../triage/index.js";
import type { RecordIntakeOutput } from "../ui-message.js";
import { nextQuestionSummary, type QuestionSummary } from "./next-question-summary.js";
import type { ToolDescriptor } from "./tool-descriptor.js";

export interface RecordIntakeResult extends RecordIntakeOutput {
  /** Said to the model when a value was rejected, so it corrects the call or asks. */
  error?: string;
  interviewComplete: boolean;
  nextQuestion?: QuestionSummary;
}

// Fields without a question of their own, or whose question needs the spec's precision.
const fieldNotes: Partial<Record<IntakeField, string>> = {
  sex: "Sex (not used by the rules).",
  daysSinceOnset: "Days since the injury if there was one, otherwise since the pain started. Fractions allowed: 2 hours = 0.08.",
  aggravators: "What makes it worse (information for staff).",
  activity: "Sport or activity level, in a few words (information for staff).",
};

/** The intake schema the engine validates with, each field described by the question it answers. */
const describedIntakeSchema = z
  .object(Object.fromEntries(intakeFields.map((field) => [field, intakeShape[field].describe(fieldNotes[field] ?? questionFor(field)?.prompt ?? field)])))
  .partial()
  .strict();

/**
 * Records facts through the session (the guard): validated field by field with the intake
 * schema, then the engine re-evaluates and the session, not the caller, emits `data-triage`.
 */
export const recordIntakeTool: ToolDescriptor<Record<string, unknown>> = {
  name: "record_intake",
  description:
    "Record facts the visitor clearly stated, using the intake field names and allowed values. " +
    "Send only the fields you are sure of; 'not sure' is \"unsure\". The result lists what was recorded, " +
    "any rejected fields with the reason, and the next question the clinic's rules need.",
  inputSchema: describedIntakeSchema,
  fieldByField: true,
  run(input, context): RecordIntakeResult {
    const { session } = context;
    const output = session.record(input, context.source ?? "tool", context.evidence);
    const next = nextQuestionSummary(session.intake, context.askSingly);
    return {
      ...output,
      ...(output.rejected
        ? { error: "Some values were rejected (see `rejected`). Call record_intake again with an allowed value, or ask the visitor." }
        : {}),
      interviewComplete: next === undefined,
      ...(next ? { nextQuestion: next } : {}),
    };
  },
};
