import { nextQuestions } from "../../triage/index.js";
import type { Brain, BrainContext } from "../brain.js";
import type { ConversationState } from "../conversation-state.js";
import { callsToAction, dispositionText } from "../disposition-card.js";
import { answerFromKnowledge } from "../knowledge-answer.js";
import { canOfferPlan, writeSelfCarePlan } from "../self-care-plan.js";
import { recordIntakeTool } from "../tools/record-intake.js";
import * as texts from "./guided-texts.js";
import { interpretReply, normalizeLabel } from "./interpret-reply.js";
import { planNextQuestion } from "./question-plan.js";
import { factsAsText, understoodFacts } from "./understood-facts.js";

// The default brain: deterministic, no network. It interviews in the engine's order and
// never decides a level: the session (engine + guard) does.

const PLAN_REQUEST = /\b(self[- ]?care plan|plan|exercises?)\b/;

function showDisposition(context: BrainContext, state: ConversationState): void {
  const { session } = context;
  session.emitTriageIfChanged();
  session.writer.text(dispositionText(session.disposition, session.clinic));
  session.writer.data("cta", { actions: callsToAction(session.disposition, session.clinic) }, "cta");
  if (state.phase !== "done") session.events.push({ type: "disposition_reached", data: { level: session.disposition.level } });
  state.phase = "done";
  state.pending = undefined;
}

function askNext(context: BrainContext, state: ConversationState): void {
  const question = planNextQuestion(context.session.intake, state.askSingly, state.questionsAsked + 1);
  if (!question) return;
  state.questionsAsked += 1;
  state.pending = question;
  context.session.writer.text(question.prompt);
  context.session.writer.data("question", question, question.id);
}

function recordReply(context: BrainContext, state: ConversationState) {
  const { session } = context;
  const reply = interpretReply({ text: context.text, structured: context.structured, pending: state.pending, now: context.now });
  if (reply.unsureAboutChecklist && state.pending) {
    const unanswered = state.pending.fields.filter((field) => session.intake[field] === undefined);
    state.askSingly = [...new Set([...state.askSingly, ...unanswered])];
  }
  const before = session.snapshots.length;
  // Through the same record_intake descriptor the LLM brain's tool calls use.
  const tools = { session, knowledge: context.knowledge, baseUrl: context.baseUrl };
  if (Object.keys(reply.chosen).length > 0) recordIntakeTool.run(reply.chosen, { ...tools, source: "structured" });
  if (Object.keys(reply.extraction.answers).length > 0) {
    recordIntakeTool.run(reply.extraction.answers, { ...tools, source: "free_text", evidence: reply.extraction.evidence });
  }
  const newSnapshots = session.snapshots.slice(before);
  const corrected = newSnapshots.filter((snapshot) => snapshot.source === "correction");
  return { reply, recorded: newSnapshots.length > 0 || reply.unsureAboutChecklist, corrected };
}

export const guidedBrain: Brain = {
  name: "guided",
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

    const { reply, recorded, corrected } = recordReply(context, state);
    if (session.isEmergency) return state;

    if (state.phase === "opening") {
      const facts = understoodFacts(session.intake);
      if (facts.length > 0) {
        session.writer.text(`${texts.UNDERSTOOD_INTRO}\n${factsAsText(facts)}`);
        session.writer.data("summary", { facts }, "summary");
      } else if (reply.isQuestion) {
        answerFromKnowledge({ ...context, question: context.text, disposition: undefined, writer: session.writer });
      } else {
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
      if (state.phase !== "done" || corrected.length > 0 || session.changedDisposition) showDisposition(context, state);
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
