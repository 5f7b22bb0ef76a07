import type { Disposition, Intake, IntakeField } from "../../triage/index.js";
import type { Patient } from "./patient.js";
import type { QuestionData } from "../protocol/ui-message.js";

/** What the server remembers between turns, besides the intake (stored as JSON). */
export interface ConversationState {
  phase: "opening" | "interview" | "done" | "emergency";
  /** The question last asked, so a bare "yes" or an option label can be read against it. */
  pending?: QuestionData;
  /** The question asked before `pending`, so the visitor can go back and change that answer. */
  previous?: QuestionData;
  /** Checklist fields the visitor was unsure about: asked one at a time. */
  askSingly: IntakeField[];
  /** Facts from free text that would close a branch, shown back for a one-tap confirmation (spec §7.3). */
  toConfirm?: Intake;
  /**
   * Recorded answers the visitor's later words contradict in the reassuring direction ("actually
   * I can walk"): only a direct answer may change them (spec §7.1), so they are asked next.
   */
  recheck?: IntakeField[];
  /** Enums from free text that could still be worse ("a bit puffy"): asked in turn (spec §7.1). */
  askAgain?: IntakeField[];
  /** Replies in a row that said nothing we could use, to the same question. */
  unclearStreak: number;
  /** The visitor has been told, mid-interview, that the advice is already urgent. */
  urgentNoticeShown?: boolean;
  questionsAsked: number;
  planShown: boolean;
  /** Sequence number of the last stored message. */
  messageSeq: number;
  /** The client's id for the last user message, to refuse a duplicate resend. */
  lastClientMessageId?: string;
  /** The visitor has said something (typed or tapped): only then is it a conversation for the funnel and the list. */
  visitorSpoke?: boolean;
  /** Whose knee it is (asked once at the start, or read from the opening story): questions then say "their knee". */
  patient?: Patient;
  /** Set once the conversation reaches an emergency: kept as given, never lowered (spec §1.2). */
  emergency?: Disposition;
}

export function initialState(): ConversationState {
  return { phase: "opening", askSingly: [], questionsAsked: 0, unclearStreak: 0, planShown: false, messageSeq: 0 };
}

export function parseState(json: string): ConversationState {
  try {
    const value = JSON.parse(json) as Partial<ConversationState>;
    return { ...initialState(), ...value };
  } catch {
    return initialState();
  }
}
