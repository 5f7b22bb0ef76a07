import type { SentLead } from "./chat-api.js";
import { applyChunk, settleMessage } from "./message-state.js";
import type { ChatMessage, UiChunk } from "./protocol.js";

// The chat's whole state and the one reducer that changes it, kept free of the DOM and the
// network so it can be unit-tested and saved to session storage as plain JSON.

export interface ChatError {
  message: string;
  /** Whether a Retry button makes sense (network, 5xx, 429, dropped stream). */
  retry: boolean;
  /** Epoch ms before which a retry is pointless (429 Retry-After). */
  retryAt?: number;
  /** The conversation cannot continue (wrong token, deleted): offer "Start over". */
  restart?: boolean;
}

export interface ChatState {
  conversationId: string;
  token?: string;
  messages: ChatMessage[];
  status: "idle" | "streaming";
  /** The assistant message the current stream writes into. */
  streamingId?: string;
  error?: ChatError;
  /** The visitor chose to keep this chat on this device (local storage) rather than the tab. */
  keep: boolean;
  /** The visitor's answer to "Was this helpful?", once given. */
  feedback?: boolean;
  /** The request sent to the clinic (one per conversation): the card then says "Request sent ✓". */
  lead?: SentLead;
}

export type ChatAction =
  | { type: "keep"; keep: boolean }
  | { type: "feedback"; helpful: boolean }
  | { type: "lead-sent"; lead: SentLead }
  | { type: "request"; message?: ChatMessage }
  | { type: "retry" }
  | { type: "chunk"; chunk: UiChunk }
  | { type: "finished" }
  | { type: "failed"; error: ChatError }
  | { type: "rejected"; error: ChatError }
  | { type: "restored"; messages: ChatMessage[] }
  | { type: "dismiss-error" };

export function initialState(conversationId: string, keep = false): ChatState {
  return { conversationId, messages: [], status: "idle", keep };
}

function mapLastUser(
  messages: ChatMessage[],
  change: (message: ChatMessage) => ChatMessage | undefined,
): ChatMessage[] {
  const index = messages.map((message) => message.role).lastIndexOf("user");
  const last = messages[index];
  if (index < 0 || !last || !last.status) return messages;
  const changed = change(last);
  return changed
    ? [...messages.slice(0, index), changed, ...messages.slice(index + 1)]
    : [...messages.slice(0, index), ...messages.slice(index + 1)];
}

function dropStreaming(state: ChatState): ChatMessage[] {
  return state.streamingId ? state.messages.filter((message) => message.id !== state.streamingId) : state.messages;
}

function applyToStream(state: ChatState, chunk: UiChunk): ChatState {
  let messages = state.messages;
  let streamingId = state.streamingId;
  if (chunk.type === "start" || !streamingId) {
    // A new assistant message; the server's id wins so a later restore matches it.
    streamingId = chunk.messageId ?? `local-${messages.length}-${Date.now().toString(36)}`;
    messages = [
      ...messages.filter((message) => message.id !== streamingId),
      { id: streamingId, role: "assistant", parts: [] },
    ];
  }
  const index = messages.findIndex((message) => message.id === streamingId);
  const current = messages[index];
  if (!current) return state;
  const next = applyChunk(current, chunk);
  const metadata = chunk.type === "start" ? chunk.messageMetadata : undefined;
  return {
    ...state,
    streamingId,
    token: state.token ?? metadata?.visitorToken,
    messages: next === current ? messages : [...messages.slice(0, index), next, ...messages.slice(index + 1)],
  };
}

export function reduce(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case "request": {
      const messages = action.message
        ? [...state.messages, { ...action.message, status: "sending" as const }]
        : state.messages;
      return { ...state, messages, status: "streaming", streamingId: undefined, error: undefined };
    }
    case "retry":
      return {
        ...state,
        messages: mapLastUser(state.messages, (message) => ({ ...message, status: "sending" })),
        status: "streaming",
        streamingId: undefined,
        error: undefined,
      };
    case "chunk":
      if (action.chunk.type === "error") return state; // the caller turns it into "failed"
      return applyToStream(state, action.chunk);
    case "finished": {
      const messages = mapLastUser(state.messages, (message) => ({ ...message, status: undefined }));
      return {
        ...state,
        messages: messages.map((message) => (message.id === state.streamingId ? settleMessage(message) : message)),
        status: "idle",
        streamingId: undefined,
      };
    }
    case "failed":
      // The partial reply is dropped: a retry resends the same message and gets it whole.
      return {
        ...state,
        messages: mapLastUser(dropStreaming(state), (message) => ({ ...message, status: "failed" })),
        status: "idle",
        streamingId: undefined,
        error: action.error,
      };
    case "rejected":
      // The server refused the message itself (e.g. too long): it leaves the log and its text
      // goes back into the input, so nothing the visitor typed is lost.
      return {
        ...state,
        messages: mapLastUser(dropStreaming(state), () => undefined),
        status: "idle",
        streamingId: undefined,
        error: action.error,
      };
    case "restored":
      return { ...state, messages: action.messages, status: "idle", streamingId: undefined, error: undefined };
    case "dismiss-error":
      return { ...state, error: undefined };
    case "keep":
      return { ...state, keep: action.keep };
    case "feedback":
      return { ...state, feedback: action.helpful };
    case "lead-sent":
      return { ...state, lead: action.lead };
  }
}

/** The visitor's message awaiting a retry, if the last request failed. */
export function failedMessage(state: ChatState): ChatMessage | undefined {
  const last = [...state.messages].reverse().find((message) => message.role === "user");
  return last?.status === "failed" ? last : undefined;
}
