import { nextQuestions } from "../../triage/index.js";
import type { Brain, BrainContext } from "../brain.js";
import type { ConversationState } from "../conversation-state.js";
import { answerFromKnowledge } from "../knowledge-answer.js";
import { canOfferPlan, writeSelfCarePlan } from "../self-care-plan.js";
import * as texts from "./guided-texts.js";
import { recordVisitorReply, showDisposition } from "../visitor-reply.js";
import { looksLikeQuestion, normalizeLabel } from "./interpret-reply.js";
import { planNextQuestion } from "./question-plan.js";
import { factsAsText, understoodFacts } from "./understood-facts.js";

// The default brain: deterministic, no network. It interviews in the engine's order and
// never decides a level: the session (engine + guard) does.

const PLAN_REQUEST = /\b(self[- ]?care plan|plan|exercises?)\b/;

function askNext(context: BrainContext, state: ConversationState): void {
  const question = planNextQuestion(context.session.intake, state.askSingly, state.questionsAsked + 1);
  if (!question) return;
  state.questionsAsked += 1;
  state.pending = question;
  context.session.writer.text(question.prompt);
  context.session.writer.data("question", question, question.id);
}

export const guidedBrain: Brain = {
  name: "guided",
  streams: false,
  async runTurn(context: BrainContext): Promise<ConversationState> {
    const { session } = context;
    const state: ConversationState = { ...context.state };
    if (context.isNewConversation) session.writer.text(texts.greetingText(session.clinic));

    const hasInput = context.text.trim() !== "" || context.structured !== undefined;
    if (!hasInput) {
      if (context.isNewConversation || state.phase === "opening") session.writer.text(texts.OPENING_PROMPT);
      else if (state.pending) askAgain(context, state);
      return state;
    }

    const { reply, snapshots } = recordVisitorReply(context, state);
    const recorded = snapshots.length > 0 || reply.unsureAboutChecklist;
    const corrected = snapshots.filter((snapshot) => snapshot.source === "correction");
    if (session.isEmergency) return state;

    if (state.phase === "opening") {
      const facts = understoodFacts(session.intake);
      // A question asked at the opening is answered even when it also mentioned facts
      // ("what exercises help runner's knee?" also says the visitor runs).
      const asked = reply.isQuestion || looksLikeQuestion(context.text);
      if (asked) answerFromKnowledge({ ...context, question: context.text, disposition: undefined, writer: session.writer });
      if (facts.length > 0) {
        session.writer.text(`${texts.UNDERSTOOD_INTRO}\n${factsAsText(facts)}`);
        session.writer.data("summary", { facts }, "summary");
      } else if (!asked) {
        session.writer.text(texts.NOTHING_UNDERSTOOD_OPENING);
      }
      state.phase = "interview";
    } else if (corrected.length > 0) {
      const facts = understoodFacts(session.intake);
      session.writer.text(`${texts.CORRECTED_INTRO}\n${factsAsText(facts)}`);
      session.writer.data("summary", { facts }, "summary");
    } else if (!recorded) {
      if (state.phase === "done" && PLAN_REQUEST.test(normalizeLabel(context.text)) && canOfferPlan(session.disposition)) {
        writeSelfCarePlan({ ...context, disposition: session.disposition, writer: session.writer });
        state.planShown = true;
        return state;
      }
      if (reply.isQuestion) {
        answerFromKnowledge({ ...context, question: context.text, disposition: session.disposition, writer: session.writer });
        state.offTopicStreak = 0;
      } else {
        state.offTopicStreak += 1;
        session.writer.text(state.offTopicStreak >= 2 || !state.pending ? texts.steerBack(session.clinic) : texts.DIDNT_CATCH);
      }
      if (state.phase === "done") {
        session.writer.text(texts.AFTER_DISPOSITION);
        return state;
      }
    }
    if (recorded) state.offTopicStreak = 0;

    if (nextQuestions(session.intake).length === 0) {
      if (state.phase !== "done" || corrected.length > 0 || session.changedOutcome) showDisposition(context, state);
      else session.writer.text(texts.AFTER_DISPOSITION);
    } else {
      if (state.phase === "done") state.phase = "interview";
      askNext(context, state);
    }
    return state;
  },
};

function askAgain(context: BrainContext, state: ConversationState): void {
  if (!state.pending) return;
  context.session.writer.text(`${texts.RESUME_INTERVIEW} ${state.pending.prompt}`);
  context.session.writer.data("question", state.pending, state.pending.id);
}
