import { z } from "zod";
import { AppError } from "../../lib/errors.js";
import { parseOrThrow } from "../../lib/validate.js";
import { CLINIC_SLUG } from "../../lib/clinic-slug.js";

// The body DefaultChatTransport sends: { id, messages, trigger, messageId, ...extra }. We read
// only the newest user message; client-sent assistant and tool parts are never trusted.

export const MAX_MESSAGE_CHARS = 2000;

const messageSchema = z.looseObject({
  id: z.string().max(200).optional(),
  role: z.enum(["user", "assistant", "system"]),
  parts: z
    .array(z.looseObject({ type: z.string() }))
    .max(200)
    .default([]),
  metadata: z.unknown().optional(),
});

// Clients resend the whole history every turn; only the newest message is read, so only it
// is validated in depth (the rest is never trusted or used).
export const chatRequestSchema = z.looseObject({
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/, "use letters, digits, - and _"),
  messages: z
    .array(z.unknown())
    .max(1000)
    .superRefine((items, context) => {
      if (items.length === 0) return;
      const last = messageSchema.safeParse(items[items.length - 1]);
      for (const issue of last.success ? [] : last.error.issues) {
        context.addIssue({ code: "custom", message: issue.message, path: [items.length - 1, ...issue.path] });
      }
    })
    .transform((items) => {
      const last = items.length > 0 ? messageSchema.parse(items[items.length - 1]) : undefined;
      return [...(items.slice(0, -1) as Array<z.infer<typeof messageSchema>>), ...(last ? [last] : [])];
    }),
  clinic: z.string().regex(CLINIC_SLUG, "not a clinic slug").optional(),
  trigger: z.string().max(50).optional(),
});

export type ChatRequest = z.infer<typeof chatRequestSchema>;

export interface NewUserMessage {
  clientId: string | undefined;
  text: string;
  structured: Record<string, unknown> | undefined;
}

function structuredAnswers(metadata: unknown): Record<string, unknown> | undefined {
  if (typeof metadata !== "object" || metadata === null) return undefined;
  const answers = (metadata as { answers?: unknown }).answers;
  if (answers === undefined) return undefined;
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
    throw new AppError("validation_failed", "metadata.answers must be an object of intake fields.", {
      field: "metadata.answers",
    });
  }
  return answers as Record<string, unknown>;
}

export function parseChatRequest(body: unknown): ChatRequest {
  return parseOrThrow(chatRequestSchema, body, "chat request");
}

/** The newest message when it is the visitor's; undefined when they only opened the chat. */
export function newestUserMessage(request: ChatRequest): NewUserMessage | undefined {
  const last = request.messages[request.messages.length - 1];
  if (last?.role !== "user") return undefined;
  const text = last.parts
    .filter((part) => part.type === "text" && typeof (part as { text?: unknown }).text === "string")
    .map((part) => (part as unknown as { text: string }).text)
    .join("\n")
    .trim();
  if (text.length > MAX_MESSAGE_CHARS) {
    throw new AppError(
      "validation_failed",
      `Your message is ${text.length} characters long; please keep it under ${MAX_MESSAGE_CHARS} characters.`,
      { field: "messages" },
    );
  }
  const structured = structuredAnswers(last.metadata);
  if (text === "" && structured === undefined) return undefined;
  return { clientId: last.id, text, structured };
}
