import { UI_MESSAGE_STREAM_HEADERS } from "ai";
import type { KneeChunk } from "./ui-message.js";

// The AI SDK UI message stream over SSE, framed exactly as the SDK's JsonToSseTransformStream
// frames it ("data: <json>\n\n", then "data: [DONE]\n\n"); every test reads it back with the
// SDK's own client code. Written directly because the SDK's stream plumbing (three transform
// streams and a promise per chunk) cost more than the whole guided turn, and chunks made in
// one tick go out as one write instead of one syscall each.

export interface ChunkSink {
  write(chunk: KneeChunk): void;
}

/**
 * A fresh copy per response: @hono/node-server writes Content-Length into the headers object it
 * is given, so sharing the SDK's constant sent the first reply's length with every later reply
 * (found by the widget's browser tests, reproduced in tests/chat/chat-over-http.test.ts).
 */
const streamHeaders = () => ({ ...UI_MESSAGE_STREAM_HEADERS });

const frame = (chunk: KneeChunk) => `data: ${JSON.stringify(chunk)}\n\n`;
const DONE = "data: [DONE]\n\n";

/**
 * Run a turn to its end and send it as one body. For the guided brain, which answers in about
 * a millisecond, streaming adds nothing for the visitor and costs the server a stream pump per
 * request; the bytes are the same as streamed.
 */
export async function bufferedUiMessageResponse(
  run: (sink: ChunkSink) => Promise<void>,
  onError: (error: unknown) => string,
): Promise<Response> {
  let body = "";
  const sink: ChunkSink = { write: (chunk) => void (body += frame(chunk)) };
  try {
    await run(sink);
  } catch (error) {
    sink.write({ type: "error", errorText: onError(error) });
  }
  return new Response(body + DONE, { headers: streamHeaders() });
}

/**
 * Run a turn and stream what it writes. A thrown error becomes an `error` chunk with a safe
 * message (never the error's own text, which could hold the visitor's details).
 */
export function uiMessageStreamResponse(
  run: (sink: ChunkSink) => Promise<void>,
  onError: (error: unknown) => string,
): Response {
  const encoder = new TextEncoder();
  let buffer = "";
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controllerRef: ReadableStreamDefaultController<Uint8Array> | undefined;
  const flush = () => {
    timer = undefined;
    if (buffer === "" || !controllerRef) return;
    controllerRef.enqueue(encoder.encode(buffer));
    buffer = "";
  };
  const sink: ChunkSink = {
    write(chunk) {
      buffer += frame(chunk);
      timer ??= setTimeout(flush, 0);
    },
  };
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controllerRef = controller;
      void run(sink)
        .catch((error: unknown) => sink.write({ type: "error", errorText: onError(error) }))
        .finally(() => {
          if (timer) clearTimeout(timer);
          buffer += DONE;
          flush();
          controller.close();
        });
    },
  });
  return new Response(body, { headers: streamHeaders() });
}
