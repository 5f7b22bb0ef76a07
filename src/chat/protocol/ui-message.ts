import type { UIMessage, UIMessageChunk } from "ai";
import type { Disposition, Intake, IntakeField } from "../../triage/index.js";

// The chat protocol of interfaces.md, as types shared by both brains, the route and tests.

export interface QuestionOptionData {
  label: string;
  answers: Intake;
}

export interface QuestionData {
  id: string;
  prompt: string;
  kind: "single" | "multi" | "number";
  fields: IntakeField[];
  options?: QuestionOptionData[];
  help?: string;
  min?: number;
  max?: number;
  /** About how many more questions the interview needs after this one, if nothing new turns up. */
  progress?: { remaining: number };
  /** The visitor may go back and change the previous answer (send "Change my last answer"). */
  canGoBack?: boolean;
  /** Asked again on purpose: the visitor's words gave a value that could still be worse, or contradicted an answer (spec §7.1). */
  recheck?: boolean;
}

export interface UnderstoodFact {
  field: IntakeField;
  value: unknown;
  text: string;
}

export interface CallToAction {
  /** request_callback, book_assessment and discovery_call open the widget's contact form (a lead); the others are links or replies. */
  kind:
    | "call_emergency"
    | "find_urgent_care"
    | "call_clinic"
    | "request_callback"
    | "book_assessment"
    | "discovery_call"
    | "self_care_plan";
  label: string;
  href?: string;
}

export interface EmergencyCardData {
  headline: string;
  instructions: string[];
  emergencyNumber: string;
  action: "call_emergency_services" | "go_to_emergency_department";
}

export type KneeDataParts = {
  question: QuestionData;
  triage: Disposition;
  summary: { facts: UnderstoodFact[] };
  /** `patient`: set when the advice is about someone else's knee, so the contact form can ask their name. */
  cta: { actions: CallToAction[]; patient?: "child" | "someone_else" };
  emergency: EmergencyCardData;
  notice: { kind: "fallback" | "limit" | "info"; text: string };
};

export interface KneeMessageMetadata {
  conversationId?: string;
  visitorToken?: string;
  /** Structured answers sent with a user message; they win over the text. */
  answers?: Record<string, unknown>;
}

export type KneeUIMessage = UIMessage<KneeMessageMetadata, KneeDataParts>;
export type KneeUIPart = KneeUIMessage["parts"][number];
export type KneeChunk = UIMessageChunk<KneeMessageMetadata, KneeDataParts>;

export interface RecordIntakeInput {
  answers: Intake;
  source: "free_text" | "structured" | "correction" | "tool" | "screen";
  evidence?: Partial<Record<IntakeField, string>>;
  /** Reassuring words kept for staff, not recorded: the field is asked instead (spec §7.1). */
  withheld?: Partial<Record<IntakeField, { value: unknown; words: string }>>;
}

export interface RecordIntakeOutput {
  recorded: IntakeField[];
  corrected: IntakeField[];
  rejected?: Array<{ field: string; message: string }>;
}
