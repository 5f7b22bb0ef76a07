import type { z } from "zod";
import type { KnowledgeBase } from "../../knowledge/knowledge-base.js";
import type { IntakeField } from "../../triage/index.js";
import type { TurnSession } from "../guard/turn-session.js";
import type { ConversationState } from "../interview/conversation-state.js";

// Tools are small descriptors (design.md convention 6): plain data plus a `run` over the
// turn's session. The AI SDK mapping lives in one adapter (brains/llm/ai-sdk-tools.ts).

export interface ToolContext {
  session: TurnSession;
  knowledge: KnowledgeBase;
  /** Origin for absolute citation links. */
  baseUrl: string;
  /** The conversation as the server will continue it: the next question a tool names is the one the visitor sees. */
  state: Readonly<ConversationState>;
  /** Fields of the question the visitor's message answers: the only ones a model may record a reassuring answer for (spec §7.1). */
  answering: readonly IntakeField[];
}

export interface ToolDescriptor<INPUT> {
  readonly name: string;
  readonly description: string;
  /** The input the model is shown (as JSON schema) and, unless `fieldByField`, validated against. */
  readonly inputSchema: z.ZodType;
  /**
   * When true the adapter only checks that the input is an object and `run` validates each
   * field itself, so one bad value comes back as a correctable error instead of voiding the
   * good ones.
   */
  readonly fieldByField?: boolean;
  run(input: INPUT, context: ToolContext): unknown;
}
