import type { ConversationRow } from "../../db/conversations.js";
import { evaluate, type Disposition, type Intake } from "../../triage/index.js";
import { parseState } from "./conversation-state.js";

/**
 * A conversation's disposition now: the engine's, from the stored intake (it costs microseconds,
 * and stays right if the ruleset changes), unless the conversation reached an emergency, which
 * is kept exactly as it was given because nothing said afterwards lowers it (spec §1.2).
 */
export function currentDisposition(conversation: Pick<ConversationRow, "intake" | "state">): Disposition {
  return parseState(conversation.state).emergency ?? evaluate(JSON.parse(conversation.intake) as Intake);
}
