import type { AppDeps } from "../../app-deps.js";
import { findClinicBySlug } from "../../db/clinics.js";
import { listMessages } from "../../db/conversations.js";
import { AppError } from "../../lib/errors.js";
import type { Brain } from "../brains/brain.js";
import { newestUserMessage, parseChatRequest } from "./chat-request.js";
import { acquireConversationLock } from "./conversation-lock.js";
import { parseState } from "../interview/conversation-state.js";
import { openConversation } from "./open-conversation.js";
import { runTurn } from "./run-turn.js";
import { bufferedUiMessageResponse, uiMessageStreamResponse, type ChunkSink } from "../protocol/sse-response.js";

export const MAX_TURNS_PER_CONVERSATION = 120;

export interface ChatTurnInput {
  deps: AppDeps;
  body: unknown;
  visitorToken: string | undefined;
  baseUrl: string;
  brain: Brain;
  /** Runs when the chosen brain fails: the guided brain answers the turn instead. */
  fallbackBrain: Brain;
  /**
   * Counts the turn against the conversation's own limit. Called only once the visitor's token
   * has been checked, so a stranger's requests cannot use up a visitor's conversation.
   */
  limitConversation?: (conversationId: string) => Promise<void>;
}

/**
 * POST /api/chat: validate → open the conversation (creating it, or checking its token) →
 * stream the turn. Everything that can refuse the request does so before the stream starts,
 * so refusals are real HTTP errors (400, 403, 404, 409, 429) rather than a 200 stream.
 */
export async function handleChatTurn(input: ChatTurnInput): Promise<Response> {
  const { deps } = input;
  const request = parseChatRequest(input.body);
  const clinic = await findClinicBySlug(deps.db, request.clinic ?? "demo");
  if (!clinic) throw new AppError("not_found", `No clinic called "${request.clinic}".`);
  const userMessage = newestUserMessage(request);

  // Held until the turn is saved: two requests on one conversation never interleave.
  const release = await acquireConversationLock(request.id);
  try {
    const opened = await openConversation({
      deps,
      id: request.id,
      clinic,
      visitorToken: input.visitorToken,
      brain: input.brain.name,
    });
    const { conversation } = opened;
    await input.limitConversation?.(conversation.id);
    if (conversation.turnCount >= MAX_TURNS_PER_CONVERSATION) {
      throw new AppError(
        "rate_limited",
        "This conversation has reached its length limit. Please start a new chat or call the clinic.",
      );
    }
    // The conversation row carries what each turn needs (sequence, last disposition), so a
    // guided turn reads one row instead of the whole history; only a model needs the history.
    const memory = parseState(conversation.state);
    if (userMessage?.clientId && userMessage.clientId === memory.lastClientMessageId) {
      throw new AppError("conflict", "This message was already received. Reload the conversation to see the reply.");
    }
    const history = !opened.isNew && input.brain.name === "llm" ? await listMessages(deps.db, conversation.id) : [];
    const plan = {
      deps,
      clinic,
      conversation,
      isNew: opened.isNew,
      visitorToken: opened.visitorToken,
      memory,
      history,
      userMessage,
      brain: input.brain,
      fallbackBrain: input.fallbackBrain,
      baseUrl: input.baseUrl,
      now: deps.now?.() ?? Date.now(),
    };
    const onError = (error: unknown) => {
      console.error("chat turn failed", error);
      return "Sorry, something went wrong on our side. Please send your message again.";
    };
    const run = (sink: ChunkSink) => runTurn(plan, sink).finally(release);
    // A model's words stream as they come; the guided brain's turn is sent whole.
    return input.brain.streams ? uiMessageStreamResponse(run, onError) : bufferedUiMessageResponse(run, onError);
  } catch (error) {
    release();
    throw error;
  }
}
