import type { AppDeps } from "../../app-deps.js";
import type { ClinicSettings } from "../../db/clinics.js";
import { alertStatement } from "../../db/alerts.js";
import { saveTurn, type ConversationRow, type StoredMessage } from "../../db/conversations.js";
import { newId } from "../../db/database.js";
import type { Intake } from "../../triage/index.js";
import { screenForEmergency } from "../../triage/screen.js";
import { triageEmergencyStatement } from "../../webhooks/outbox.js";
import type { Brain, BrainContext } from "../brains/brain.js";
import type { NewUserMessage } from "./chat-request.js";
import type { ConversationState } from "../interview/conversation-state.js";
import type { ChunkSink } from "../protocol/sse-response.js";
import { openingStep } from "../interview/opening.js";
import { recordReply } from "../interview/record-reply.js";
import { TurnSession } from "../guard/turn-session.js";
import { TurnWriter } from "../protocol/turn-writer.js";

/** Everything one turn needs, gathered (and checked) before the response starts. */
export interface TurnPlan {
  deps: AppDeps;
  clinic: ClinicSettings;
  conversation: ConversationRow;
  isNew: boolean;
  visitorToken: string | undefined;
  memory: ConversationState;
  history: StoredMessage[];
  userMessage: NewUserMessage | undefined;
  brain: Brain;
  fallbackBrain: Brain;
  baseUrl: string;
  now: number;
}

function userMessageRecord(message: NewUserMessage) {
  return {
    id: newId(),
    role: "user" as const,
    parts: [{ type: "text", text: message.text }],
    metadata: { clientId: message.clientId, ...(message.structured ? { answers: message.structured } : {}) },
  };
}

async function runBrain(plan: TurnPlan, context: BrainContext): Promise<ConversationState> {
  if (plan.brain === plan.fallbackBrain) return plan.brain.runTurn(context);
  try {
    return await plan.brain.runTurn(context);
  } catch (error) {
    console.warn("model turn failed; the guided brain answers instead", error);
    context.session.writer.data("notice", {
      kind: "fallback",
      text: "Our assistant is busy, so I'll continue with a few direct questions.",
    });
    return plan.fallbackBrain.runTurn(context);
  }
}

/** The visitor typed or tapped something (opening the chat sends no message). */
function saysSomething(message: NewUserMessage | undefined): message is NewUserMessage {
  return message !== undefined && (message.text.trim() !== "" || message.structured !== undefined);
}

/** One turn: screen → record the reply → opening or brain → guard → persist, streaming as it goes. */
export async function runTurn(plan: TurnPlan, sink: ChunkSink): Promise<void> {
  const { deps, clinic, conversation, memory, userMessage } = plan;
  const assistantId = newId();
  sink.write({
    type: "start",
    messageId: assistantId,
    messageMetadata: {
      conversationId: conversation.id,
      ...(plan.visitorToken ? { visitorToken: plan.visitorToken } : {}),
    },
  });
  const writer = new TurnWriter(assistantId, (chunk) => sink.write(chunk));
  const session = new TurnSession(
    clinic,
    JSON.parse(conversation.intake) as Intake,
    memory.emergency,
    plan.isNew,
    writer,
  );
  // The emergency screen runs on every message before anything else (spec §7).
  if (userMessage) session.applyScreen(screenForEmergency(userMessage.text));
  let state: ConversationState = { ...memory, askSingly: [...memory.askSingly] };
  // Reply first, then brain: the reply is read and recorded once, whichever brain answers.
  const hasInput = saysSomething(userMessage);
  const recorded =
    hasInput && !session.isEmergency
      ? recordReply(session, state, {
          text: userMessage.text,
          structured: userMessage.structured,
          now: new Date(plan.now),
        })
      : undefined;
  // The greeting and turns with nothing to judge are worded by code; a brain answers the rest
  // (openingStep answers every turn without a recorded reply).
  if (!session.isEmergency && !openingStep(session, state, { isNewConversation: plan.isNew, recorded }) && recorded) {
    state = await runBrain(plan, {
      session,
      state,
      recorded,
      text: userMessage?.text ?? "",
      now: new Date(plan.now),
      knowledge: deps.knowledge,
      baseUrl: plan.baseUrl,
      history: plan.history,
    });
  }
  if (session.isEmergency) {
    session.showEmergencyCard();
    state = { ...state, phase: "emergency", pending: undefined };
  }
  session.emitTriageIfChanged();
  await persistTurn(plan, session, writer, state, assistantId);
  sink.write({ type: "finish" });
}

async function persistTurn(
  plan: TurnPlan,
  session: TurnSession,
  writer: TurnWriter,
  state: ConversationState,
  assistantId: string,
): Promise<void> {
  const { deps, clinic, conversation, memory, userMessage, now } = plan;
  const firstSeq = memory.messageSeq + 1;
  const hasInput = saysSomething(userMessage);
  const messages = [
    ...(userMessage ? [userMessageRecord(userMessage)] : []),
    { id: assistantId, role: "assistant" as const, parts: writer.parts },
  ];
  const becameEmergency = session.isEmergency && memory.emergency === undefined;
  // The history keeps each change of outcome, not every shrinking list of missing answers.
  const changed = session.changedOutcome;
  const { disposition } = session;
  await saveTurn(deps.db, {
    conversationId: conversation.id,
    clinicId: clinic.id,
    now,
    firstSeq,
    messages,
    snapshots: session.snapshots,
    ...(changed
      ? {
          disposition: {
            level: changed.level,
            action: changed.action,
            complete: changed.complete,
            rulesetVersion: changed.rulesetVersion,
            body: changed,
          },
        }
      : {}),
    events: [
      // A conversation starts when the visitor first says something: opening the widget is its own event.
      ...(hasInput && !memory.visitorSpoke && memory.lastClientMessageId === undefined
        ? [{ type: "conversation_started" }]
        : []),
      ...session.events,
      ...(becameEmergency
        ? [{ type: "triage_emergency", data: { reasons: disposition.reasons.map((reason) => reason.rule) } }]
        : []),
    ],
    conversation: {
      intake: session.intake,
      state: {
        ...state,
        messageSeq: firstSeq + messages.length - 1,
        lastClientMessageId: userMessage?.clientId ?? memory.lastClientMessageId,
        ...(hasInput || memory.visitorSpoke ? { visitorSpoke: true } : {}),
        ...(session.isEmergency ? { emergency: disposition } : {}),
      },
      level: disposition.level,
      action: disposition.action,
      complete: disposition.complete,
      redFlag: disposition.level === "emergency" || disposition.level === "urgent",
      turnCount: conversation.turnCount + 1,
    },
    // The clinic's triage.emergency webhook and the staff alert land with the turn, or not at
    // all; the alert's unique index keeps it to one per conversation.
    extraStatements: becameEmergency
      ? [
          triageEmergencyStatement(deps.db, {
            clinicId: clinic.id,
            clinicSlug: clinic.slug,
            conversationId: conversation.id,
            disposition,
            baseUrl: plan.baseUrl,
            now,
          }),
          alertStatement(deps.db, { clinicId: clinic.id, kind: "emergency", conversationId: conversation.id, now }),
        ]
      : [],
  });
  if (becameEmergency) deps.alertDelivery?.deliverSoon();
}
