import { MockLanguageModelV3, convertArrayToReadableStream } from "ai/test";

// A MockLanguageModelV3 that plays a script: one entry per model call (step), each a list of
// stream parts. It records the calls, so a test can check what the model was sent.

type StreamResult = Awaited<ReturnType<MockLanguageModelV3["doStream"]>>;
type CallOptions = Parameters<MockLanguageModelV3["doStream"]>[0];
export type StreamPart = StreamResult["stream"] extends ReadableStream<infer PART> ? PART : never;
export type Step = StreamPart[] | ((options: CallOptions) => StreamPart[] | Promise<StreamResult>);

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 10, text: 10, reasoning: undefined },
};

let idCounter = 0;

/** Text in a few deltas, as a model streams it. */
export function say(text: string): StreamPart[] {
  idCounter += 1;
  const id = `text-${idCounter}`;
  const words = text.split(/(?<= )/);
  return [
    { type: "text-start", id },
    ...words.map((delta) => ({ type: "text-delta" as const, id, delta })),
    { type: "text-end", id },
  ];
}

export function callTool(toolName: string, input: unknown): StreamPart {
  idCounter += 1;
  return { type: "tool-call", toolCallId: `call-${idCounter}`, toolName, input: JSON.stringify(input) };
}

export function streamOf(parts: StreamPart[]): StreamResult {
  const hasToolCall = parts.some((part) => part.type === "tool-call");
  return {
    stream: convertArrayToReadableStream<StreamPart>([
      { type: "stream-start", warnings: [] },
      ...parts,
      { type: "finish", finishReason: { unified: hasToolCall ? "tool-calls" : "stop", raw: undefined }, usage },
    ]),
  };
}

/** A model that follows the script; past its end it says a neutral line and asks nothing. */
export function scriptedModel(steps: Step[]): MockLanguageModelV3 {
  let index = 0;
  return new MockLanguageModelV3({
    doStream: async (options) => {
      const step = steps[index] ?? say("Thanks.");
      index += 1;
      if (typeof step === "function") {
        const produced = await step(options);
        return Array.isArray(produced) ? streamOf(produced) : produced;
      }
      return streamOf(step);
    },
  });
}

/** The system prompt and messages the model received on one call, as plain text. */
export function promptText(model: MockLanguageModelV3, call = 0): string {
  return JSON.stringify(model.doStreamCalls[call]?.prompt ?? []);
}

/** The system prompt of one call: the built prompt plus the server's facts for the turn. */
export function systemText(model: MockLanguageModelV3, call = 0): string {
  const first = model.doStreamCalls[call]?.prompt[0];
  return first?.role === "system" ? first.content : "";
}
