import type { StoredMessage } from "../../db/conversations.js";
import type { KnowledgeBase } from "../../knowledge/knowledge-base.js";
import type { ConversationState } from "../interview/conversation-state.js";
import type { RecordedReply } from "../interview/record-reply.js";
import type { TurnSession } from "../guard/turn-session.js";

/** What a brain gets for one turn. Both brains record facts only through `session`. */
export interface BrainContext {
  session: TurnSession;
  state: ConversationState;
  /** The newest user message's text ("" when the visitor only opened the chat). */
  text: string;
  /** Structured answers from the message metadata; they win over the text. */
  structured: Record<string, unknown> | undefined;
  /** The visitor's reply, already read and recorded before the brain runs; undefined when the visitor only opened the chat. */
  recorded: RecordedReply | undefined;
  isNewConversation: boolean;
  now: Date;
  knowledge: KnowledgeBase;
  /** Origin for absolute citation links. */
  baseUrl: string;
  history: StoredMessage[];
  abortSignal?: AbortSignal;
}

export interface Brain {
  readonly name: "guided" | "llm";
  /** True when the turn's text arrives over time and should be streamed to the visitor. */
  readonly streams: boolean;
  runTurn(context: BrainContext): Promise<ConversationState>;
}
