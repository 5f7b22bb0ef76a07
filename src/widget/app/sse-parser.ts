import type { UiChunk } from "./protocol.js";

// A hand-written reader for the UI message stream (SSE), because the AI SDK client and zod
// would multiply the widget's size. Only `data:` fields matter; events end at a blank line.

export interface SseHandlers {
  chunk(chunk: UiChunk): void;
  /** The `data: [DONE]` sentinel that ends a UI message stream. */
  done(): void;
  /** A `data:` payload that is not JSON: reported, never thrown mid-stream. */
  invalid(raw: string): void;
}

export interface SseParser {
  push(text: string): void;
  /** The stream ended: dispatch a final event that had no trailing blank line. */
  end(): void;
}

export function createSseParser(handlers: SseHandlers): SseParser {
  let buffer = "";
  let dataLines: string[] = [];

  const dispatch = () => {
    if (dataLines.length === 0) return;
    const raw = dataLines.join("\n");
    dataLines = [];
    if (raw.trim() === "[DONE]") return handlers.done();
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return handlers.invalid(raw);
    }
    if (typeof parsed === "object" && parsed !== null && typeof (parsed as UiChunk).type === "string")
      handlers.chunk(parsed as UiChunk);
    else handlers.invalid(raw);
  };

  const line = (text: string) => {
    if (text === "") return dispatch();
    if (text.startsWith(":")) return; // a comment, e.g. a keep-alive
    const colon = text.indexOf(":");
    const field = colon < 0 ? text : text.slice(0, colon);
    if (field !== "data") return; // event, id and retry carry nothing for us
    let value = colon < 0 ? "" : text.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    dataLines.push(value);
  };

  return {
    push(text) {
      buffer += text;
      // A lone trailing "\r" may be the first half of "\r\n": wait for the next piece.
      const complete = buffer.endsWith("\r") ? buffer.length - 1 : buffer.length;
      let start = 0;
      const pattern = /\r\n|\r|\n/g;
      pattern.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = pattern.exec(buffer)) !== null && match.index < complete) {
        line(buffer.slice(start, match.index));
        start = match.index + match[0].length;
      }
      buffer = buffer.slice(start);
    },
    end() {
      if (buffer !== "") line(buffer.replace(/\r$/, ""));
      buffer = "";
      dispatch();
    },
  };
}
