import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModel } from "ai";
import type { AppDeps } from "../../app-deps.js";
import { llmConfigured, type Config } from "../../config.js";
import type { Brain } from "./brain.js";
import { guidedBrain } from "./guided/guided-brain.js";
import { createLlmBrain } from "./llm/llm-brain.js";

// Which brain answers: the LLM brain when a model is configured (or a test injects one),
// otherwise the guided brain (interfaces.md: no LLM settings → guided brain).

export const DEFAULT_OPENAI_MODEL = "gpt-4o-mini";

/**
 * OPENAI_BASE_URL means an OpenAI-compatible server (Ollama, vLLM, llama.cpp): those serve
 * chat completions, so `.chat(model)`; plain `openai(id)` would call the Responses API they lack.
 */
export function languageModelFromConfig(config: Config): LanguageModel | undefined {
  if (!llmConfigured(config)) return undefined;
  if (config.OPENAI_BASE_URL) {
    if (!config.OPENAI_MODEL) {
      console.warn("OPENAI_BASE_URL is set without OPENAI_MODEL: the guided brain answers.");
      return undefined;
    }
    // Local servers ignore the key, but the provider refuses to send a request without one.
    const provider = createOpenAI({ apiKey: config.OPENAI_API_KEY ?? "not-needed", baseURL: config.OPENAI_BASE_URL });
    return provider.chat(config.OPENAI_MODEL);
  }
  const provider = createOpenAI({ apiKey: config.OPENAI_API_KEY });
  return provider(config.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL);
}

const brains = new WeakMap<AppDeps, Brain>();

/** One brain per app (deps), built on first use. */
export function brainFor(deps: AppDeps): Brain {
  const existing = brains.get(deps);
  if (existing) return existing;
  const model = deps.languageModel ?? languageModelFromConfig(deps.config);
  const brain = model
    ? createLlmBrain({
        model,
        timeoutMs: deps.config.LLM_TIMEOUT_MS,
        ...(deps.systemPromptTemplate ? { systemPromptTemplate: deps.systemPromptTemplate } : {}),
      })
    : guidedBrain;
  brains.set(deps, brain);
  return brain;
}
