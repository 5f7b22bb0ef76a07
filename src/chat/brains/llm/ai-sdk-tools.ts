import { jsonSchema, tool, zodSchema, type ToolSet } from "ai";
import { z } from "zod";
import type { ToolContext, ToolDescriptor } from "../../tools/index.js";

// The one place tool descriptors meet the AI SDK. Every execute goes through the guard: once
// the engine says emergency, no tool runs again and the brain aborts the model.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Field-by-field tools show the model the full JSON schema (names, enums) but accept any
 * object, because `run` validates each field and reports the bad ones back to the model.
 */
function inputSchemaFor(descriptor: ToolDescriptor<never>) {
  if (!descriptor.fieldByField) return zodSchema(descriptor.inputSchema);
  // "$schema" is dropped: some OpenAI-compatible servers turn tool schemas into grammars and reject unknown keys.
  const { $schema: _dialect, ...shown } = z.toJSONSchema(descriptor.inputSchema, { io: "input" });
  return jsonSchema<Record<string, unknown>>(shown as Parameters<typeof jsonSchema>[0], {
    validate: (value) =>
      isPlainObject(value)
        ? { success: true, value }
        : { success: false, error: new Error("The input must be a JSON object of intake fields.") },
  });
}

export function toAiSdkTools(descriptors: ReadonlyArray<ToolDescriptor<never>>, context: ToolContext): ToolSet {
  const tools: ToolSet = {};
  for (const descriptor of descriptors) {
    tools[descriptor.name] = tool<unknown, unknown>({
      description: descriptor.description,
      inputSchema: inputSchemaFor(descriptor),
      execute: (input: unknown) => {
        if (context.session.isEmergency) {
          return { stopped: "The server is showing emergency instructions. Do not reply." };
        }
        try {
          return descriptor.run(input as never, context);
        } catch (error) {
          // A bug in a tool must not end the turn: the model gets an error it can work around.
          console.warn(`tool ${descriptor.name} failed`, error);
          return { error: `${descriptor.name} failed; continue without it.` };
        }
      },
    });
  }
  return tools;
}
