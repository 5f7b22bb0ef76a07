import type { ConversationState } from "../../interview/conversation-state.js";
import { normalizeLabel } from "../../interview/interpret-reply.js";
import { factsAsText, understoodFacts } from "../../interview/understood-facts.js";
import { answerFromKnowledge } from "../../interview/knowledge-answer.js";
import { askAgain, continueInterview } from "../../interview/next-step.js";
import type { RecordedReply } from "../../interview/record-reply.js";
import { AFTER_DISPOSITION, OPENING_PROMPT, RESUME_INTERVIEW } from "../../interview/wording.js";
import type { Brain, BrainContext } from "../brain.js";
import * as texts from "./guided-texts.js";
import { canOfferPlan, writeSelfCarePlan } from "./self-care-plan.js";

// The default brain: deterministic, no network. The visitor's reply is already recorded
// (the turn records it before any brain, and words the greeting and opening itself); this brain
// only chooses the words and the next step, in the engine's order, and never decides a level:
// the session (engine + guard) does.

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
    askAgain(context.session, state);
    return state;
  }
  state.pending = state.previous;
  state.previous = undefined;
  askAgain(context.session, state, texts.GO_BACK);
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
  if (state.phase === "done") session.writer.text(AFTER_DISPOSITION);
  // The pending question is asked again; a question is never taken as a correction.
  else askAgain(session, state, RESUME_INTERVIEW);
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
    session.writer.text(AFTER_DISPOSITION);
    return "answered";
  }
  state.unclearStreak += 1;
  const pending = state.pending;
  // "Dunno" to a question about an amount (a score, an age, how long ago): a guess will do.
  const saidDontKnow =
    (pending.kind === "number" || pending.fields.includes("daysSinceOnset")) &&
    pending.fields.some((field) => recorded.reply.extraction.uncertain.includes(field));
  session.writer.text(
    saidDontKnow
      ? texts.roughGuess(pending, state.unclearStreak, session.clinic)
      : texts.clarification(pending, state.unclearStreak, session.clinic),
  );
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
      if (state.phase === "opening") session.writer.text(OPENING_PROMPT);
      else if (state.phase === "done") session.writer.text(AFTER_DISPOSITION);
      else askAgain(session, state);
      return "answered";
    case "thanks":
      if (state.phase === "done") {
        session.writer.text(texts.closingText(session.clinic));
        return "answered";
      }
      session.writer.text(texts.YOU_ARE_WELCOME);
      if (state.phase === "opening") session.writer.text(OPENING_PROMPT);
      else askAgain(session, state);
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
    const { session, recorded } = context;
    const state: ConversationState = { ...context.state };
    if (session.isEmergency) return state;
    if (respond(context, state, recorded) === "answered") return state;

    if (state.phase === "opening" && recorded.understood) showFacts(context, texts.UNDERSTOOD_INTRO);
    else if (recorded.corrected.length > 0) showFacts(context, texts.CORRECTED_INTRO);
    continueInterview(session, state, { afterDisposition: AFTER_DISPOSITION });
    return state;
  },
};
