import type { UiChunk } from "./protocol.js";
import { createSseParser } from "./sse-parser.js";

// Reads a UI message stream response to the end. A stream that stops before `finish` (or
// `[DONE]`) is a dropped connection: the caller shows a retry and keeps what was typed.

export class StreamDroppedError extends Error {
  constructor(message = "The connection dropped before the reply was complete.") {
    super(message);
    this.name = "StreamDroppedError";
  }
}

export async function readUiStream(body: ReadableStream<Uint8Array>, onChunk: (chunk: UiChunk) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let finished = false;
  const parser = createSseParser({
    chunk(chunk) {
      if (chunk.type === "finish" || chunk.type === "abort") finished = true;
      onChunk(chunk);
    },
    done() {
      finished = true;
    },
    invalid() {
      // A malformed line is skipped: the rest of the reply is still worth showing.
    },
  });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.push(decoder.decode(value, { stream: true }));
    }
    parser.push(decoder.decode());
    parser.end();
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new StreamDroppedError();
  }
  if (!finished) throw new StreamDroppedError();
}
