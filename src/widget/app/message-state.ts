import type { ChatMessage, Part, SourcePart, TextPart, ToolPart, UiChunk } from "./protocol.js";

// How one UI message stream chunk changes the assistant message being streamed. Pure: it
// returns a new message (or the same one when nothing changed) so the view can skip
// re-rendering untouched messages by identity.

function replaceAt(parts: Part[], index: number, part: Part): Part[] {
  const next = parts.slice();
  next[index] = part;
  return next;
}

function withParts(message: ChatMessage, parts: Part[]): ChatMessage {
  return { ...message, parts };
}

function textIndex(parts: Part[], id: string | undefined): number {
  return parts.findIndex((part) => part.type === "text" && part.id === id && part.state === "streaming");
}

function toolIndex(parts: Part[], toolCallId: string | undefined): number {
  return parts.findIndex((part) => part.type.startsWith("tool-") && (part as ToolPart).toolCallId === toolCallId);
}

function upsertTool(message: ChatMessage, chunk: UiChunk, changes: Partial<ToolPart>): ChatMessage {
  const index = toolIndex(message.parts, chunk.toolCallId);
  const existing = index >= 0 ? (message.parts[index] as ToolPart) : undefined;
  const part: ToolPart = {
    type: existing?.type ?? `tool-${chunk.toolName ?? "unknown"}`,
    toolCallId: chunk.toolCallId ?? "",
    state: "input-streaming",
    ...(existing ?? {}),
    ...changes,
  };
  return withParts(message, index >= 0 ? replaceAt(message.parts, index, part) : [...message.parts, part]);
}

export function applyChunk(message: ChatMessage, chunk: UiChunk): ChatMessage {
  const { parts } = message;
  switch (chunk.type) {
    case "start":
    case "finish":
    case "message-metadata":
      return chunk.messageMetadata
        ? { ...message, metadata: { ...message.metadata, ...chunk.messageMetadata } }
        : message;
    case "text-start":
      return withParts(message, [...parts, { type: "text", text: "", id: chunk.id, state: "streaming" }]);
    case "text-delta": {
      const index = textIndex(parts, chunk.id);
      if (index < 0)
        return withParts(message, [
          ...parts,
          { type: "text", text: chunk.delta ?? "", id: chunk.id, state: "streaming" },
        ]);
      const part = parts[index] as TextPart;
      return withParts(message, replaceAt(parts, index, { ...part, text: part.text + (chunk.delta ?? "") }));
    }
    case "text-end": {
      const index = textIndex(parts, chunk.id);
      return index < 0
        ? message
        : withParts(message, replaceAt(parts, index, { ...(parts[index] as TextPart), state: "done" }));
    }
    case "tool-input-start":
      return upsertTool(message, chunk, {});
    case "tool-input-available":
      return upsertTool(message, chunk, { state: "input-available", input: chunk.input });
    case "tool-output-available":
      return upsertTool(message, chunk, { state: "output-available", output: chunk.output });
    case "tool-input-error":
    case "tool-output-error":
      return upsertTool(message, chunk, { state: "output-error", errorText: chunk.errorText ?? "" });
    case "source-url": {
      const source: SourcePart = {
        type: "source-url",
        sourceId: chunk.sourceId ?? "",
        url: chunk.url ?? "",
        ...(chunk.title ? { title: chunk.title } : {}),
      };
      return withParts(message, [...parts, source]);
    }
    default:
      break;
  }
  if (chunk.type.startsWith("data-")) {
    if (chunk.transient) return message;
    const part = {
      type: chunk.type as `data-${string}`,
      ...(chunk.id !== undefined ? { id: chunk.id } : {}),
      data: chunk.data,
    };
    // A data part re-sent with the same type and id replaces the earlier one (e.g. "triage").
    const index =
      chunk.id === undefined
        ? -1
        : parts.findIndex((existing) => existing.type === chunk.type && "id" in existing && existing.id === chunk.id);
    return withParts(message, index >= 0 ? replaceAt(parts, index, part) : [...parts, part]);
  }
  return message; // reasoning, steps and other chunk types are not shown
}

/** Close any text still streaming, e.g. when the connection ends. */
export function settleMessage(message: ChatMessage): ChatMessage {
  if (!message.parts.some((part) => part.type === "text" && part.state === "streaming")) return message;
  return withParts(
    message,
    message.parts.map((part) =>
      part.type === "text" && part.state === "streaming" ? { ...part, state: "done" } : part,
    ),
  );
}
