import { parseState } from "../chat/conversation-state.js";
import { latestDisposition, type ConversationRow } from "../db/conversations.js";
import type { Database } from "../db/database.js";

// The conversation's disposition as of its last turn. The chat keeps it in the conversation's
// state; the dispositions table records only changes of outcome, so its newest row can carry
// an older list of unanswered questions. Older rows without the state copy fall back to it.

export async function currentDisposition(db: Database, conversation: ConversationRow): Promise<unknown> {
  const fromState = parseState(conversation.state).disposition as unknown;
  if (fromState && typeof fromState === "object" && typeof (fromState as { level?: unknown }).level === "string") return fromState;
  return latestDisposition(db, conversation.id);
}
