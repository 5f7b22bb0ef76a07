import { actionHeadline, worseValueStillPossible, type IntakeField } from "../../triage/index.js";
import type { ConversationState } from "./conversation-state.js";
import { callsToAction } from "../guard/calls-to-action.js";
import type { TurnSession } from "../guard/turn-session.js";
import { dispositionText, urgentReminder } from "./disposition-card.js";
import { planNextQuestion, questionAsking, questionsLeft } from "./question-plan.js";
import type { QuestionData } from "../protocol/ui-message.js";
import { confirmationQuestion } from "./confirmation.js";
import { patientLine, questionAboutPatient } from "./patient.js";

// What comes after the brain's words, the same for both brains: an urgent notice as soon as
// a rule says so, a confirmation of a branch-closing fact, the next question in the engine's
// order (with progress), or the disposition card, worded by code.

/** Recorded answers asked again: contradicted ones first (rechecks), then free-text values that could still be worse. */
function askedAgain(
  session: TurnSession,
  state: ConversationState,
): { recheck: IntakeField[]; askAgain: IntakeField[] } {
  const { intake } = session;
  const recheck = (state.recheck ?? []).filter((field) => intake[field] !== undefined);
  // What the visitor has answered since may rule the worse value out (nothing looks out of place: the kneecap is not still out).
  const askAgain = (state.askAgain ?? []).filter(
    (field) =>
      intake[field] !== undefined && !recheck.includes(field) && worseValueStillPossible(field, intake[field], intake),
  );
  return { recheck, askAgain };
}

/** The next question in the engine's order, a confirmation or a recheck first, as the plan words it. */
function plannedQuestion(session: TurnSession, state: ConversationState): QuestionData | undefined {
  const { intake } = session;
  const number = state.questionsAsked + 1;
  if (state.toConfirm && Object.keys(state.toConfirm).length > 0) return confirmationQuestion(state.toConfirm, number);
  const { recheck, askAgain } = askedAgain(session, state);
  const [contradicted] = recheck;
  const question = contradicted
    ? questionAsking([contradicted], intake, number)
    : planNextQuestion(intake, state.askSingly, number, askAgain);
  if (!question) return undefined;
  // Questions left after this one, if nothing new turns up.
  const remaining = Math.max(0, questionsLeft(intake, state.askSingly, [...recheck, ...askAgain]) - 1);
  const isRecheck = question.fields.some((field) => recheck.includes(field) || askAgain.includes(field));
  return {
    ...question,
    ...(isRecheck
      ? { prompt: `To be sure: ${question.prompt.charAt(0).toLowerCase()}${question.prompt.slice(1)}`, recheck: true }
      : {}),
    progress: { remaining },
    ...(state.previous ? { canGoBack: true } : {}),
  };
}

/**
 * The question the visitor sees next, worded about whose knee it is, or undefined when the
 * interview is complete. The one source for both the `data-question` the server attaches and
 * the question a model is told to ask (issue 17), so the two never differ.
 */
export function nextQuestion(session: TurnSession, state: ConversationState): QuestionData | undefined {
  const question = plannedQuestion(session, state);
  return question && questionAboutPatient(question, state.patient);
}

/**
 * About how many questions are left, the next one included, if nothing new turns up: a
 * checklist counts once, as in the visitor's progress ("about N more questions after this one").
 */
export function questionsToGo(session: TurnSession, state: ConversationState): number {
  const question = plannedQuestion(session, state);
  if (!question) return 0;
  if (question.progress) return question.progress.remaining + 1;
  // A confirmation asks a question the plan still counts (its fact is not recorded until confirmed).
  const { recheck, askAgain } = askedAgain(session, state);
  return Math.max(1, questionsLeft(session.intake, state.askSingly, [...recheck, ...askAgain]));
}

/** Ask a question as the visitor sees it (`nextQuestion`): its words (unless a model already asked it in its own) and its `data-question` part. */
export function ask(
  session: TurnSession,
  state: ConversationState,
  question: QuestionData,
  options: { wordsAlreadySaid?: boolean } = {},
): void {
  state.questionsAsked += 1;
  state.pending = question;
  if (!options.wordsAlreadySaid) session.writer.text(question.prompt);
  session.writer.data("question", question, question.id);
}

/** Ask the current question again (after a knowledge answer, a greeting, a clarification). */
export function askAgain(session: TurnSession, state: ConversationState, lead?: string): void {
  if (!state.pending) return;
  session.writer.text(lead ? `${lead} ${state.pending.prompt}` : state.pending.prompt);
  session.writer.data("question", state.pending, state.pending.id);
}

/** Mid-interview, as soon as a rule gives urgent: say so now, while a few questions remain. */
export function urgentNotice(session: TurnSession, state: ConversationState): void {
  const { disposition } = session;
  if (disposition.level !== "urgent" || disposition.complete || state.urgentNoticeShown) return;
  state.urgentNoticeShown = true;
  const headline = actionHeadline[disposition.action];
  const who = state.patient && state.patient !== "self" ? "they" : "you";
  session.writer.text(
    `From what you've told me so far, ${who} should ${headline.charAt(0).toLowerCase()}${headline.slice(1)}. I have a few more questions to be safe.`,
  );
}

/** The end of the interview: the engine's disposition, worded by code, with the clinic's calls to action. */
export function showDisposition(session: TurnSession, state: ConversationState): void {
  session.emitTriageIfChanged();
  const about = patientLine(state.patient);
  session.writer.text(`${about ? `${about}\n\n` : ""}${dispositionText(session.disposition, session.clinic)}`);
  const patient = state.patient && state.patient !== "self" ? { patient: state.patient } : {};
  session.writer.data("cta", { actions: callsToAction(session.disposition, session.clinic), ...patient }, "cta");
  if (state.phase !== "done")
    session.events.push({ type: "disposition_reached", data: { level: session.disposition.level } });
  state.phase = "done";
  state.pending = undefined;
  state.previous = undefined;
}

/**
 * Continue the interview after this turn's words: the next question, or the card when nothing
 * is left (shown again only when the outcome changed). Returns what was done.
 */
export function continueInterview(
  session: TurnSession,
  state: ConversationState,
  options: { wordsAlreadySaid?: boolean; afterDisposition?: string } = {},
): "asked" | "disposition" | "finished" {
  urgentNotice(session, state);
  const question = nextQuestion(session, state);
  if (question) {
    if (state.phase === "done" || state.phase === "opening") state.phase = "interview";
    ask(session, state, question, options);
    return "asked";
  }
  if (state.phase !== "done" || session.changedOutcome) {
    showDisposition(session, state);
    return "disposition";
  }
  // After an urgent recommendation no other words stand alone: code repeats it.
  if (session.disposition.level === "urgent") session.writer.text(urgentReminder(session.disposition));
  else if (options.afterDisposition) session.writer.text(options.afterDisposition);
  return "finished";
}
