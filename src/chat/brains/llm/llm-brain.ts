import type { LanguageModel } from "ai";
import type { ConversationState } from "../../interview/conversation-state.js";
import { continueInterview } from "../../interview/next-step.js";
import { AFTER_DISPOSITION } from "../../interview/wording.js";
import { chatTools, type ToolContext } from "../../tools/index.js";
import { nextQuestionSummary } from "../../tools/next-question-summary.js";
import type { Brain, BrainContext } from "../brain.js";
import { toAiSdkTools } from "./ai-sdk-tools.js";
import { buildSystemPrompt } from "./build-system-prompt.js";
import { conversationContext, historyMessages, userMessage } from "./model-history.js";
import { streamModelTurn } from "./stream-model-turn.js";

// The LLM brain gathers facts in natural conversation; it decides nothing. Facts go through
// the session (the guard), the engine's next question is attached as `data-question`, and the
// disposition card and emergency card are written by code, never by the model. The greeting
// and turns with nothing to judge (opening the chat, "about you or someone else?") never reach
// a model: code words them before any brain runs (interview/opening.ts).

export interface LlmBrainOptions {
  model: LanguageModel;
  /** LLM_TIMEOUT_MS: past this the turn falls back to the guided brain. */
  timeoutMs: number;
  /** prompts/system.md's text when it cannot be read from disk (the Worker bundles it). */
  systemPromptTemplate?: string;
}

/** What the visitor's reply recorded, as field → value, for the model's context. */
function factsFromReply(context: BrainContext): Record<string, unknown> {
  return Object.assign({}, ...context.recorded.snapshots.map((snapshot) => snapshot.changes)) as Record<
    string,
    unknown
  >;
}

export function createLlmBrain(options: LlmBrainOptions): Brain {
  return {
    name: "llm",
    streams: true,
    async runTurn(context: BrainContext): Promise<ConversationState> {
      const { session } = context;
      const state: ConversationState = { ...context.state, askSingly: [...context.state.askSingly] };
      const recordedFromReply = factsFromReply(context);
      if (session.isEmergency) return state;
      const tools: ToolContext = {
        session,
        knowledge: context.knowledge,
        baseUrl: context.baseUrl,
        state,
        answering: context.state.pending?.fields ?? [],
      };

      const system = [
        buildSystemPrompt(session.clinic, options.systemPromptTemplate),
        conversationContext({
          intake: session.intake,
          disposition: session.disposition,
          nextQuestion: nextQuestionSummary(session, state),
          recordedFromReply,
        }),
      ].join("\n\n");
      const result = await streamModelTurn({
        model: options.model,
        system,
        messages: [...historyMessages(context.history), userMessage(context.text || "(answered with the buttons)")],
        tools: toAiSdkTools(chatTools, tools),
        session,
        timeoutMs: options.timeoutMs,
        ...(context.abortSignal ? { abortSignal: context.abortSignal } : {}),
      });
      // The turn shows the fixed emergency card; nothing the model said follows it.
      if (result.stoppedForEmergency || session.isEmergency) return state;
      // The model normally asks the next question in its own words; if it asked nothing, code asks.
      continueInterview(session, state, {
        wordsAlreadySaid: result.text.includes("?"),
        ...(result.text === "" ? { afterDisposition: AFTER_DISPOSITION } : {}),
      });
      return state;
    },
  };
}
