import type { Disposition, IntakeField } from "../triage/index.js";
import type { QuestionData } from "./ui-message.js";

/** What the server remembers between turns, besides the intake (stored as JSON). */
export interface ConversationState {
  phase: "opening" | "interview" | "done" | "emergency";
  /** The question last asked, so a bare "yes" or an option label can be read against it. */
  pending?: QuestionData;
  /** Checklist fields the visitor was unsure about: asked one at a time. */
  askSingly: IntakeField[];
  questionsAsked: number;
  offTopicStreak: number;
  planShown: boolean;
  /** Sequence number of the last stored message. */
  messageSeq: number;
  /** The client's id for the last user message, to refuse a duplicate resend. */
  lastClientMessageId?: string;
  /** Set once the conversation reaches an emergency: kept as given, never lowered (spec §1.2). */
  emergency?: Disposition;
}

export function initialState(): ConversationState {
  return { phase: "opening", askSingly: [], questionsAsked: 0, offTopicStreak: 0, planShown: false, messageSeq: 0 };
}

export function parseState(json: string): ConversationState {
  try {
    const value = JSON.parse(json) as Partial<ConversationState>;
    return { ...initialState(), ...value };
  } catch {
    return initialState();
  }
}
