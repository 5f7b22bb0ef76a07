import { createUIMessageStream, createUIMessageStreamResponse } from "ai";
import type { AppDeps } from "../app-deps.js";
import { findClinicBySlug } from "../db/clinics.js";
import { listMessages, saveTurn } from "../db/conversations.js";
import { newId } from "../db/database.js";
import { AppError } from "../lib/errors.js";
import type { Intake } from "../triage/index.js";
import { screenForEmergency } from "../triage/screen.js";
import type { Brain } from "./brain.js";
import { newestUserMessage, parseChatRequest, type NewUserMessage } from "./chat-request.js";
import { acquireConversationLock } from "./conversation-lock.js";
import { parseState, type ConversationState } from "./conversation-state.js";
import { openConversation } from "./open-conversation.js";
import { TurnSession } from "./turn-session.js";
import { TurnWriter } from "./turn-writer.js";
import type { KneeChunk, KneeUIMessage } from "./ui-message.js";
import { triageEmergencyStatement } from "../webhooks/outbox.js";

export const MAX_TURNS_PER_CONVERSATION = 120;

export interface ChatTurnInput {
  deps: AppDeps;
  body: unknown;
  visitorToken: string | undefined;
  baseUrl: string;
  brain: Brain;
  /** Runs when the chosen brain fails: the guided brain answers the turn instead. */
  fallbackBrain: Brain;
}

function userMessageRecord(message: NewUserMessage) {
  return {
    id: newId(),
    role: "user" as const,
    parts: [{ type: "text", text: message.text }],
    metadata: { clientId: message.clientId, ...(message.structured ? { answers: message.structured } : {}) },
  };
}

/** One chat turn: validate → open the conversation → screen → brain → persist → stream. */
export async function handleChatTurn(input: ChatTurnInput): Promise<Response> {
  const { deps } = input;
  const request = parseChatRequest(input.body);
  const clinic = await findClinicBySlug(deps.db, request.clinic ?? "demo");
  if (!clinic) throw new AppError("not_found", `No clinic called "${request.clinic}".`);
  const userMessage = newestUserMessage(request);

  const release = await acquireConversationLock(request.id);
  try {
    const opened = await openConversation({ deps, id: request.id, clinic, visitorToken: input.visitorToken, brain: input.brain.name });
    const { conversation } = opened;
    if (conversation.turnCount >= MAX_TURNS_PER_CONVERSATION) {
      throw new AppError("rate_limited", "This conversation has reached its length limit. Please start a new chat or call the clinic.");
    }
    // The conversation row carries what each turn needs (sequence, last disposition), so a
    // guided turn reads one row instead of the whole history; only a model needs the history.
    const memory = parseState(conversation.state);
    if (userMessage?.clientId && userMessage.clientId === memory.lastClientMessageId) {
      throw new AppError("conflict", "This message was already received. Reload the conversation to see the reply.");
    }
    const history = !opened.isNew && input.brain.name === "llm" ? await listMessages(deps.db, conversation.id) : [];
    const firstSeq = memory.messageSeq + 1;
    const storedDisposition = memory.disposition;
    const now = deps.now?.() ?? Date.now();
    const assistantId = newId();

    const stream = createUIMessageStream<KneeUIMessage>({
      onError: (error) => {
        console.error("chat turn failed", error);
        return "Sorry, something went wrong on our side. Please send your message again.";
      },
      execute: async ({ writer }) => {
        try {
          writer.write({
            type: "start",
            messageId: assistantId,
            messageMetadata: { conversationId: conversation.id, ...(opened.visitorToken ? { visitorToken: opened.visitorToken } : {}) },
          });
          const turnWriter = new TurnWriter(assistantId, (chunk: KneeChunk) => writer.write(chunk));
          const session = new TurnSession(clinic, JSON.parse(conversation.intake) as Intake, storedDisposition, turnWriter);
          // The emergency screen runs on every message before anything else (spec §7).
          if (userMessage) session.applyScreen(screenForEmergency(userMessage.text));
          let state: ConversationState = memory;
          if (session.isEmergency) {
            state = { ...state, phase: "emergency", pending: undefined };
          } else {
            const context = {
              session,
              state,
              text: userMessage?.text ?? "",
              structured: userMessage?.structured,
              isNewConversation: opened.isNew,
              now: new Date(now),
              knowledge: deps.knowledge,
              baseUrl: input.baseUrl,
              history,
            };
            state = await runBrain(input, context);
          }
          if (session.isEmergency) {
            session.showEmergencyCard();
            state = { ...state, phase: "emergency", pending: undefined };
          }
          session.emitTriageIfChanged();
          const messageCount = userMessage ? 2 : 1;
          state = {
            ...state,
            messageSeq: firstSeq + messageCount - 1,
            lastClientMessageId: userMessage?.clientId ?? memory.lastClientMessageId,
            disposition: session.disposition,
          };
          const becameEmergency = session.isEmergency && storedDisposition?.level !== "emergency";
          // The history keeps each change of outcome, not every shrinking list of missing answers.
          const changed = session.changedOutcome;
          await saveTurn(deps.db, {
            conversationId: conversation.id,
            clinicId: clinic.id,
            now,
            firstSeq,
            messages: [
              ...(userMessage ? [userMessageRecord(userMessage)] : []),
              { id: assistantId, role: "assistant", parts: turnWriter.parts },
            ],
            snapshots: session.snapshots,
            ...(changed
              ? { disposition: { level: changed.level, action: changed.action, complete: changed.complete, rulesetVersion: changed.rulesetVersion, body: changed } }
              : {}),
            events: [
              ...(opened.isNew ? [{ type: "conversation_started" }] : []),
              ...session.events,
              ...(becameEmergency ? [{ type: "triage_emergency", data: { reasons: session.disposition.reasons.map((reason) => reason.rule) } }] : []),
            ],
            conversation: {
              intake: session.intake,
              state,
              level: session.disposition.level,
              action: session.disposition.action,
              complete: session.disposition.complete,
              redFlag: session.disposition.level === "emergency" || session.disposition.level === "urgent",
              turnCount: conversation.turnCount + 1,
            },
            extraStatements: becameEmergency
              ? [triageEmergencyStatement(deps.db, { clinicId: clinic.id, clinicSlug: clinic.slug, conversationId: conversation.id, disposition: session.disposition, baseUrl: input.baseUrl, now })]
              : [],
          });
          writer.write({ type: "finish" });
        } finally {
          release();
        }
      },
    });
    return createUIMessageStreamResponse({ stream });
  } catch (error) {
    release();
    throw error;
  }
}

async function runBrain(input: ChatTurnInput, context: Parameters<Brain["runTurn"]>[0]): Promise<ConversationState> {
  if (input.brain === input.fallbackBrain) return input.brain.runTurn(context);
  try {
    return await input.brain.runTurn(context);
  } catch (error) {
    console.warn("model turn failed; the guided brain answers instead", error);
    context.session.writer.data("notice", { kind: "fallback", text: "Our assistant is busy, so I'll continue with a few direct questions." });
    return input.fallbackBrain.runTurn(context);
  }
}
