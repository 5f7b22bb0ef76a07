import type { UIMessage, UIMessageChunk } from "ai";
import type { Disposition, Intake, IntakeField } from "../triage/index.js";

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
}

export interface UnderstoodFact {
  field: IntakeField;
  value: unknown;
  text: string;
}

export interface CallToAction {
  kind: "call_emergency" | "find_urgent_care" | "call_clinic" | "book_assessment" | "discovery_call" | "self_care_plan";
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
  cta: { actions: CallToAction[] };
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
}

export interface RecordIntakeOutput {
  recorded: IntakeField[];
  corrected: IntakeField[];
  rejected?: Array<{ field: string; message: string }>;
}
