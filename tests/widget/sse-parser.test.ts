import { describe, expect, it } from "vitest";
import type { UiChunk } from "../../src/widget/app/protocol.js";
import { createSseParser } from "../../src/widget/app/sse-parser.js";
import { StreamDroppedError, readUiStream } from "../../src/widget/app/ui-stream.js";

function collect() {
  const chunks: UiChunk[] = [];
  const invalid: string[] = [];
  let done = 0;
  const parser = createSseParser({
    chunk: (chunk) => chunks.push(chunk),
    done: () => (done += 1),
    invalid: (raw) => invalid.push(raw),
  });
  return { parser, chunks, invalid, done: () => done };
}

function streamOf(...pieces: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const piece of pieces) controller.enqueue(encoder.encode(piece));
      controller.close();
    },
  });
}

describe("the hand-written SSE parser", () => {
  it("parses data lines into chunks and recognises [DONE]", () => {
    const { parser, chunks, done } = collect();
    parser.push(
      'data: {"type":"start","messageId":"m1"}\n\ndata: {"type":"text-delta","id":"t","delta":"Hi"}\n\ndata: [DONE]\n\n',
    );
    expect(chunks.map((chunk) => chunk.type)).toEqual(["start", "text-delta"]);
    expect(chunks[1]?.delta).toBe("Hi");
    expect(done()).toBe(1);
  });

  it("joins an event split across network pieces, even inside a line or between \\r and \\n", () => {
    const { parser, chunks } = collect();
    for (const piece of [
      "da",
      'ta: {"type":"text-',
      'delta","id":"t","delta":"a\\nb"}\r',
      "\n\r\n",
      'data: {"type":"finish"}',
      "\n\n",
    ])
      parser.push(piece);
    expect(chunks.map((chunk) => chunk.type)).toEqual(["text-delta", "finish"]);
    expect(chunks[0]?.delta).toBe("a\nb");
  });

  it("ignores comments and other fields, and joins multi-line data with newlines", () => {
    const { parser, chunks } = collect();
    parser.push(': keep-alive\nevent: message\nid: 7\nretry: 1000\ndata: {"type":\ndata: "finish"}\n\n');
    expect(chunks).toEqual([{ type: "finish" }]);
  });

  it("reports malformed JSON without throwing, and keeps going", () => {
    const { parser, chunks, invalid } = collect();
    parser.push('data: {oops\n\ndata: ["no type"]\n\ndata: {"type":"finish"}\n\n');
    expect(invalid).toEqual(["{oops", '["no type"]']);
    expect(chunks.map((chunk) => chunk.type)).toEqual(["finish"]);
  });

  it("dispatches a final event that had no trailing blank line when the stream ends", () => {
    const { parser, chunks } = collect();
    parser.push('data: {"type":"finish"}');
    expect(chunks).toEqual([]);
    parser.end();
    expect(chunks).toEqual([{ type: "finish" }]);
  });

  it("decodes UTF-8 split across byte chunks", async () => {
    const bytes = new TextEncoder().encode(
      'data: {"type":"text-delta","id":"t","delta":"1–2 weeks °C"}\n\ndata: {"type":"finish"}\n\n',
    );
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < bytes.length; index += 3) controller.enqueue(bytes.slice(index, index + 3));
        controller.close();
      },
    });
    const chunks: UiChunk[] = [];
    await readUiStream(stream, (chunk) => chunks.push(chunk));
    expect(chunks[0]?.delta).toBe("1–2 weeks °C");
  });
});

describe("reading a UI message stream to its end", () => {
  it("resolves when the stream finishes", async () => {
    const chunks: UiChunk[] = [];
    await readUiStream(streamOf('data: {"type":"start"}\n\n', 'data: {"type":"finish"}\n\ndata: [DONE]\n\n'), (chunk) =>
      chunks.push(chunk),
    );
    expect(chunks.map((chunk) => chunk.type)).toEqual(["start", "finish"]);
  });

  it("rejects with StreamDroppedError when the connection ends before finish", async () => {
    const chunks: UiChunk[] = [];
    await expect(
      readUiStream(streamOf('data: {"type":"start"}\n\ndata: {"type":"text-start","id":"t"}\n\n'), (chunk) =>
        chunks.push(chunk),
      ),
    ).rejects.toBeInstanceOf(StreamDroppedError);
    expect(chunks).toHaveLength(2);
  });

  it("rejects with StreamDroppedError when reading fails mid-stream", async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new TypeError("network error"));
      },
    });
    await expect(readUiStream(stream, () => undefined)).rejects.toBeInstanceOf(StreamDroppedError);
  });
});
