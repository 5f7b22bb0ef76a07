import type { StoredMessage } from "../../db/conversations.js";
import type { KnowledgeBase } from "../../knowledge/knowledge-base.js";
import type { TurnSession } from "../guard/turn-session.js";
import type { ConversationState } from "../interview/conversation-state.js";
import type { RecordedReply } from "../interview/record-reply.js";

// The contract between the turn and a brain. The turn calls a brain only for a reply that
// needs answering: the greeting and the turns with nothing to judge are worded by code first
// (interview/opening.ts), and the reply is already recorded (interview/record-reply.ts).

/** What a brain gets for one turn. Both brains record facts only through `session`. */
export interface BrainContext {
  session: TurnSession;
  state: ConversationState;
  /** The newest user message's text ("" when the visitor only tapped a structured answer). */
  text: string;
  /** The visitor's reply, already read and recorded once before the brain runs. */
  recorded: RecordedReply;
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
