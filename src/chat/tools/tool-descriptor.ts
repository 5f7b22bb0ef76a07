import type { z } from "zod";
import type { KnowledgeBase } from "../../knowledge/knowledge-base.js";
import type { IntakeField } from "../../triage/index.js";
import type { TurnSession } from "../turn-session.js";
import type { RecordIntakeInput } from "../ui-message.js";

// Tools are small descriptors (design.md convention 6): plain data plus a `run` over the
// turn's session. The AI SDK mapping lives in one adapter (src/chat/llm/ai-sdk-tools.ts), so
// the guided brain can call the very same `run` and both brains record facts identically.

export interface ToolContext {
  session: TurnSession;
  knowledge: KnowledgeBase;
  /** Origin for absolute citation links. */
  baseUrl: string;
  /** Who is recording facts; the model is "tool" unless a brain says otherwise. */
  source?: RecordIntakeInput["source"];
  evidence?: Partial<Record<IntakeField, string>>;
  /** Checklist fields the visitor was unsure about, asked one at a time. */
  askSingly?: IntakeField[];
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
