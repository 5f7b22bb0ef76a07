import { stepCountIs, streamText, type LanguageModel, type ModelMessage, type ToolSet } from "ai";
import type { TurnSession } from "../../guard/turn-session.js";
import { completeSentences, screenModelSentence } from "./advice-screen.js";
import { classifyModelError, ModelTurnError } from "./model-turn-error.js";

// Runs the model for one turn and writes its words live. The guard is checked on every part:
// the moment a recorded fact makes the engine say emergency, the model is aborted and nothing
// more it says is shown. Failures surface as throws, including errors the AI SDK reports only
// inside fullStream, so the turn can fall back to the guided brain.

export const MAX_STEPS = 6;
export const MAX_OUTPUT_TOKENS = 800;

export interface ModelTurnInput {
  model: LanguageModel;
  system: string;
  messages: ModelMessage[];
  tools: ToolSet;
  session: TurnSession;
  timeoutMs: number;
  abortSignal?: AbortSignal;
}

export interface ModelTurnResult {
  /** Everything the model said this turn that was shown (already streamed). */
  text: string;
  stoppedForEmergency: boolean;
  /** Sentences withheld because they contradicted the engine. */
  withheld: number;
}

/** Resolve with the promise, or reject as soon as the signal aborts (a stuck provider cannot hang us). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Model text as the visitor sees it: sentence by sentence, each screened against the engine's
 * disposition before it is sent (advice-screen.ts); a text part is opened only once there is
 * something to show.
 */
class ScreenedText {
  private openId: string | undefined;
  private buffer = "";
  text = "";
  withheld = 0;

  constructor(private readonly session: TurnSession) {}

  delta(delta: string): void {
    this.buffer += delta;
    const { sentences, rest } = completeSentences(this.buffer);
    this.buffer = rest;
    for (const sentence of sentences) this.send(sentence);
  }

  private send(sentence: string): void {
    if (sentence.trim() === "") {
      if (this.openId !== undefined) this.write(sentence);
      return;
    }
    const verdict = screenModelSentence(sentence, this.session.disposition);
    if (!verdict.allowed) {
      this.withheld += 1;
      this.session.events.push({
        type: "model_text_withheld",
        data: { text: sentence.trim().slice(0, 500), reason: verdict.reason, level: this.session.disposition.level },
      });
      return;
    }
    this.write(this.openId === undefined ? sentence.trimStart() : sentence);
  }

  private write(text: string): void {
    this.openId ??= this.session.writer.textStart();
    this.session.writer.textDelta(this.openId, text);
    this.text += text;
  }

  /** The part is over: send its last sentence, then close it. */
  end(): void {
    const rest = this.buffer;
    this.buffer = "";
    if (rest !== "") this.send(rest);
    this.close();
  }

  /** Close the open part without sending what is still buffered (after an emergency or a failure). */
  close(): void {
    this.buffer = "";
    if (this.openId === undefined) return;
    this.session.writer.textEnd(this.openId);
    this.openId = undefined;
    this.text += "\n\n";
  }
}

export async function streamModelTurn(input: ModelTurnInput): Promise<ModelTurnResult> {
  const { session } = input;
  const stop = new AbortController();
  const timeout = AbortSignal.timeout(input.timeoutMs);
  const signal = AbortSignal.any([stop.signal, timeout, ...(input.abortSignal ? [input.abortSignal] : [])]);
  let reportedError: unknown;
  const result = streamText({
    model: input.model,
    system: input.system,
    messages: input.messages,
    tools: input.tools,
    stopWhen: stepCountIs(MAX_STEPS),
    maxOutputTokens: MAX_OUTPUT_TOKENS,
    // A retry would outlive the visitor's patience; the guided brain answers instead.
    maxRetries: 0,
    abortSignal: signal,
    onError: ({ error }) => {
      reportedError ??= error;
    },
  });
  const live = new ScreenedText(session);
  const parts = result.fullStream[Symbol.asyncIterator]();
  const emergencyStop = (): ModelTurnResult => {
    stop.abort(new ModelTurnError("model_error", "stopped: the engine says emergency"));
    return { text: live.text, stoppedForEmergency: true, withheld: live.withheld };
  };
  try {
    for (;;) {
      if (session.isEmergency) return emergencyStop();
      const next = await untilAborted(parts.next(), signal);
      if (next.done) break;
      if (session.isEmergency) return emergencyStop();
      const part = next.value;
      if (part.type === "text-delta") live.delta(part.text);
      else if (part.type === "text-end" || part.type === "finish-step") live.end();
      else if (part.type === "error") throw part.error;
      else if (part.type === "abort") throw signal.reason ?? new Error("aborted");
    }
    if (session.isEmergency) return emergencyStop();
    if (reportedError !== undefined) throw reportedError;
    live.end();
    return { text: live.text.trim(), stoppedForEmergency: false, withheld: live.withheld };
  } catch (error) {
    // An emergency found while the model was failing still wins: the card is shown either way.
    if (session.isEmergency) return emergencyStop();
    // The words already said stay (screened), closed so the stream is well formed for the fallback.
    live.end();
    throw classifyModelError(error, timeout.aborted);
  } finally {
    // Close any open text part so the stream stays well formed after a failure mid-sentence,
    // and cancel whatever the model is still doing.
    live.close();
    if (!stop.signal.aborted) stop.abort(new Error("turn finished"));
    parts.return?.().catch(() => undefined);
  }
}
