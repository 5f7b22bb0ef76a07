import type { Brain, BrainContext } from "../brain.js";
import type { ConversationState } from "../../interview/conversation-state.js";
import { askAgain, continueInterview } from "../../interview/next-step.js";
import type { RecordedReply } from "../../interview/record-reply.js";
import { answerFromKnowledge } from "../../interview/knowledge-answer.js";
import { canOfferPlan, writeSelfCarePlan } from "./self-care-plan.js";
import * as texts from "./guided-texts.js";
import { openingPromptFor, patientQuestion } from "../../interview/patient.js";
import { normalizeLabel } from "../../guided/interpret-reply.js";
import { factsAsText, understoodFacts } from "../../guided/understood-facts.js";

// The default brain: deterministic, no network. The visitor's reply is already recorded
// (run-turn records it before any brain); this brain only chooses the words and the next step,
// in the engine's order, and never decides a level: the session (engine + guard) does.

const PLAN_REQUEST = /\b(self[- ]?care plan|plan|exercises?)\b/;

function showFacts(context: BrainContext, intro: string): void {
  const facts = understoodFacts(context.session.intake);
  if (facts.length === 0) return;
  context.session.writer.text(`${intro}\n${factsAsText(facts)}`);
  context.session.writer.data("summary", { facts }, "summary");
}

function goBack(context: BrainContext, state: ConversationState): ConversationState {
  if (!state.previous || state.phase === "done") {
    context.session.writer.text(texts.NOTHING_TO_GO_BACK_TO);
    askAgain(context, state);
    return state;
  }
  state.pending = state.previous;
  state.previous = undefined;
  askAgain(context, state, texts.GO_BACK);
  return state;
}

/** A question to us: answered from the articles; its facts (if any) were recorded already. */
function answerQuestion(
  context: BrainContext,
  state: ConversationState,
  recorded: RecordedReply,
): "answered" | "continue" {
  const { session } = context;
  answerFromKnowledge({
    ...context,
    question: context.text,
    disposition: state.phase === "opening" ? undefined : session.disposition,
    writer: session.writer,
  });
  if (recorded.understood || state.phase === "opening") return "continue";
  if (state.phase === "done") session.writer.text(texts.AFTER_DISPOSITION);
  // The pending question is asked again; a question is never taken as a correction.
  else askAgain(context, state, texts.RESUME_INTERVIEW);
  return "answered";
}

/** Nothing usable in the reply: a targeted clarification that repeats the question and its options. */
function clarify(context: BrainContext, state: ConversationState, recorded: RecordedReply): "answered" | "continue" {
  const { session } = context;
  if (state.phase === "opening") {
    if (recorded.reply.intent === "answer") {
      // A story without a fact we could record yet: the questions will find them.
      session.writer.text(texts.NOTHING_UNDERSTOOD_OPENING);
      return "continue";
    }
    session.writer.text(texts.OPENING_AGAIN);
    return "answered";
  }
  if (state.phase === "done" || !state.pending) {
    session.writer.text(texts.AFTER_DISPOSITION);
    return "answered";
  }
  state.unclearStreak += 1;
  session.writer.text(texts.clarification(state.pending, state.unclearStreak, session.clinic));
  session.writer.data("question", state.pending, state.pending.id);
  return "answered";
}

function respond(context: BrainContext, state: ConversationState, recorded: RecordedReply): "answered" | "continue" {
  const { session } = context;
  const { reply, understood } = recorded;
  // "Show me a self-care plan" (the card's button, or typed) after a self-care or routine result.
  if (
    state.phase === "done" &&
    !understood &&
    PLAN_REQUEST.test(normalizeLabel(context.text)) &&
    canOfferPlan(session.disposition)
  ) {
    writeSelfCarePlan({ ...context, disposition: session.disposition, writer: session.writer });
    state.planShown = true;
    return "answered";
  }
  switch (reply.intent) {
    case "back":
      goBack(context, state);
      return "answered";
    case "greeting":
      session.writer.text(texts.GREETING_REPLY);
      if (state.phase === "opening") session.writer.text(texts.OPENING_PROMPT);
      else if (state.phase === "done") session.writer.text(texts.AFTER_DISPOSITION);
      else askAgain(context, state);
      return "answered";
    case "thanks":
      if (state.phase === "done") {
        session.writer.text(texts.closingText(session.clinic));
        return "answered";
      }
      session.writer.text(texts.YOU_ARE_WELCOME);
      if (state.phase === "opening") session.writer.text(texts.OPENING_PROMPT);
      else askAgain(context, state);
      return "answered";
    case "question":
      return answerQuestion(context, state, recorded);
    default:
      return understood ? "continue" : clarify(context, state, recorded);
  }
}

export const guidedBrain: Brain = {
  name: "guided",
  streams: false,
  async runTurn(context: BrainContext): Promise<ConversationState> {
    const { session } = context;
    const state: ConversationState = { ...context.state };
    if (context.isNewConversation) session.writer.text(texts.greetingText(session.clinic));
    const recorded = context.recorded;
    if (!recorded) {
      if (state.phase === "opening") {
        session.writer.text(texts.OPENING_PROMPT);
        // Asked once, beside the first prompt: tapping an answer is optional, a story answers it too.
        if (context.isNewConversation && state.patient === undefined)
          session.writer.data("question", patientQuestion(), "patient");
      } else if (state.pending) askAgain(context, state, texts.RESUME_INTERVIEW);
      return state;
    }
    if (session.isEmergency) return state;
    if (recorded.patientChosen) {
      session.writer.text(openingPromptFor(recorded.patientChosen));
      return state;
    }
    if (respond(context, state, recorded) === "answered") return state;

    if (state.phase === "opening" && recorded.understood) showFacts(context, texts.UNDERSTOOD_INTRO);
    else if (recorded.corrected.length > 0) showFacts(context, texts.CORRECTED_INTRO);
    continueInterview(context, state, { afterDisposition: texts.AFTER_DISPOSITION });
    return state;
  },
};
