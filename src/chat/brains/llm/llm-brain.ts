import type { LanguageModel } from "ai";
import type { Brain, BrainContext } from "../brain.js";
import type { ConversationState } from "../../interview/conversation-state.js";
import { guidedBrain } from "../guided/guided-brain.js";
import { AFTER_DISPOSITION, greetingText } from "../guided/guided-texts.js";
import { chatTools, type ToolContext } from "../../tools/index.js";
import { continueInterview } from "../../interview/next-step.js";
import { nextQuestionSummary } from "../../tools/next-question-summary.js";
import { toAiSdkTools } from "./ai-sdk-tools.js";
import { buildSystemPrompt } from "./build-system-prompt.js";
import { conversationContext, historyMessages, userMessage } from "./model-history.js";
import { streamModelTurn } from "./stream-model-turn.js";

// The LLM brain gathers facts in natural conversation; it decides nothing. Facts go through
// the session (the guard), the engine's next question is attached as `data-question`, and the
// disposition card and emergency card are written by code, never by the model.

export interface LlmBrainOptions {
  model: LanguageModel;
  /** LLM_TIMEOUT_MS: past this the turn falls back to the guided brain. */
  timeoutMs: number;
  /** prompts/system.md's text when it cannot be read from disk (the Worker bundles it). */
  systemPromptTemplate?: string;
}

/** What the visitor's reply recorded, as field → value, for the model's context. */
function factsFromReply(context: BrainContext): Record<string, unknown> {
  return Object.assign({}, ...(context.recorded?.snapshots ?? []).map((snapshot) => snapshot.changes)) as Record<
    string,
    unknown
  >;
}

export function createLlmBrain(options: LlmBrainOptions): Brain {
  return {
    name: "llm",
    streams: true,
    async runTurn(context: BrainContext): Promise<ConversationState> {
      const hasInput = context.text.trim() !== "" || context.structured !== undefined;
      // Opening the chat needs no model: the fixed greeting and first prompt come from code.
      // So does the answer to "about you or someone else?": code words the next prompt.
      if (!hasInput || context.recorded?.patientChosen) return guidedBrain.runTurn(context);

      const { session } = context;
      const state: ConversationState = { ...context.state, askSingly: [...context.state.askSingly] };
      if (context.isNewConversation) {
        session.writer.text(greetingText(session.clinic));
        // Shared with the fallback: if this turn falls back, the guided brain must not greet twice.
        context.isNewConversation = false;
      }
      const recordedFromReply = factsFromReply(context);
      if (session.isEmergency) return state;
      const tools: ToolContext = {
        session,
        knowledge: context.knowledge,
        baseUrl: context.baseUrl,
        askSingly: state.askSingly,
        answering: context.state.pending?.fields ?? [],
      };

      const system = [
        buildSystemPrompt(session.clinic, options.systemPromptTemplate),
        conversationContext({
          intake: session.intake,
          disposition: session.disposition,
          nextQuestion: nextQuestionSummary(session.intake, state.askSingly),
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
      // The orchestrator shows the fixed emergency card; nothing the model said follows it.
      if (result.stoppedForEmergency || session.isEmergency) return state;
      // The model normally asks the next question in its own words; if it asked nothing, code asks.
      continueInterview(context, state, {
        wordsAlreadySaid: result.text.includes("?"),
        ...(result.text === "" ? { afterDisposition: AFTER_DISPOSITION } : {}),
      });
      return state;
    },
  };
}
