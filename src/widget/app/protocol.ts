import type { KneeDataParts } from "../../chat/protocol/ui-message.js";

// The chat protocol as the widget sees it. Type-only imports from the server keep both sides in
// step without pulling `ai` or zod into the bundle (they are erased at build time).

export type { CallToAction, EmergencyCardData, QuestionData, UnderstoodFact } from "../../chat/protocol/ui-message.js";
export type { Disposition } from "../../triage/evaluate.js";
export type { KneeDataParts };

export interface MessageMetadata {
  conversationId?: string;
  visitorToken?: string;
  answers?: Record<string, unknown>;
  clientId?: string;
}

/** One parsed `data: {...}` line of the UI message stream; unknown fields are ignored. */
export interface UiChunk {
  type: string;
  id?: string;
  delta?: string;
  data?: unknown;
  transient?: boolean;
  toolCallId?: string;
  toolName?: string;
  input?: unknown;
  output?: unknown;
  errorText?: string;
  sourceId?: string;
  url?: string;
  title?: string;
  messageId?: string;
  messageMetadata?: MessageMetadata;
}

export interface TextPart {
  type: "text";
  text: string;
  /** The stream's text id, kept only to route deltas while streaming. */
  id?: string;
  state?: "streaming" | "done";
}

export interface DataPart {
  type: `data-${string}`;
  id?: string;
  data: unknown;
}

export interface ToolPart {
  type: `tool-${string}`;
  toolCallId: string;
  state: string;
  input?: unknown;
  output?: unknown;
  errorText?: string;
}

export interface SourcePart {
  type: "source-url";
  sourceId: string;
  url: string;
  title?: string;
}

export type Part = TextPart | DataPart | ToolPart | SourcePart;

export interface ChatMessage {
  id: string;
  role: "user" | "assistant";
  parts: Part[];
  metadata?: MessageMetadata;
  /** Only on the visitor's own messages: "failed" until a retry gets through. */
  status?: "sending" | "failed";
}

export type DataName = keyof KneeDataParts;

export function isDataPart(part: Part): part is DataPart {
  return part.type.startsWith("data-");
}

/** The payload of a data part of the given name, typed by the server's contract. */
export function dataOf<NAME extends DataName>(part: Part | undefined, name: NAME): KneeDataParts[NAME] | undefined {
  return part && part.type === `data-${name}` ? ((part as DataPart).data as KneeDataParts[NAME]) : undefined;
}

export function textOf(message: ChatMessage): string {
  return message.parts
    .map((part) => (part.type === "text" ? part.text : ""))
    .join("\n")
    .trim();
}
