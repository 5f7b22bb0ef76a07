import { z } from "zod";
import { actionHeadline } from "../../triage/index.js";
import { questionsToGo } from "../interview/next-step.js";
import { nextQuestionSummary, type QuestionSummary } from "./next-question-summary.js";
import type { ToolDescriptor } from "./tool-descriptor.js";

export interface TriageSummary {
  complete: boolean;
  /** Only when complete: the engine's recommendation, which the server has shown as a card. */
  recommendation?: { level: string; action: string; reasons: string[] };
  nextQuestion?: QuestionSummary;
  /** Questions left, nextQuestion included (a checklist counts once): the count behind the visitor's progress. */
  questionsLeft: number;
  note: string;
}

/** The engine's current state for the model: the next question in order, never a guess. */
export const getTriageTool: ToolDescriptor<Record<string, never>> = {
  name: "get_triage",
  description:
    "Get the clinic's rules-engine state: whether the interview is complete, the next question to ask " +
    "(with its wording and answer options) and, once complete, the recommendation the server shows.",
  inputSchema: z.object({}).strict(),
  run(_input, context): TriageSummary {
    const { session } = context;
    const next = nextQuestionSummary(session, context.state);
    const complete = next === undefined;
    const disposition = session.disposition;
    return {
      complete,
      // A provisional level is withheld: the model must not state a level before the engine is done.
      ...(complete
        ? {
            recommendation: {
              level: disposition.level,
              action: actionHeadline[disposition.action],
              reasons: disposition.reasons.map((reason) => reason.summary),
            },
          }
        : {}),
      ...(next ? { nextQuestion: next } : {}),
      questionsLeft: questionsToGo(session, context.state),
      note: complete
        ? "The server shows this recommendation with its reasons. Do not state any other level or timing."
        : "Ask nextQuestion next, one question at a time. Do not state or guess a recommendation yet.",
    };
  },
};
