import type { TurnSession } from "../guard/turn-session.js";
import type { ConversationState } from "./conversation-state.js";
import { askAgain } from "./next-step.js";
import { openingPromptFor, patientQuestion } from "./patient.js";
import type { RecordedReply } from "./record-reply.js";
import { greetingText, OPENING_PROMPT, RESUME_INTERVIEW } from "./wording.js";

// What code says before any brain, whichever brain is configured: the greeting at the top of a
// new conversation, and the whole turn when there is nothing for a brain to judge (the visitor
// only opened or reopened the chat, or only said whose knee it is). A model is never called for
// these, so the LLM brain needs nothing from the guided one.

/**
 * Greets a new conversation, then answers the turn if it needs no brain. Returns true when the
 * turn is answered; false when a brain must answer the visitor's reply.
 */
export function openingStep(
  session: TurnSession,
  state: ConversationState,
  turn: { isNewConversation: boolean; recorded: RecordedReply | undefined },
): boolean {
  if (turn.isNewConversation) session.writer.text(greetingText(session.clinic));
  const { recorded } = turn;
  if (!recorded) {
    if (state.phase === "opening") {
      session.writer.text(OPENING_PROMPT);
      // Asked once, beside the first prompt: tapping an answer is optional, a story answers it too.
      if (turn.isNewConversation && state.patient === undefined)
        session.writer.data("question", patientQuestion(), "patient");
    } else if (state.pending) askAgain(session, state, RESUME_INTERVIEW);
    return true;
  }
  if (recorded.patientChosen) {
    session.writer.text(openingPromptFor(recorded.patientChosen));
    return true;
  }
  return false;
}
