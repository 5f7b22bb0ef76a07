import { APICallError } from "ai";

// Why a model turn failed, for the log line; whatever the kind, the turn falls back to the
// guided brain (turn/run-turn.ts, runBrain), so the visitor never sees an empty reply or a 500.
// The provider's error is not attached as `cause`: it carries the request body, which holds
// the visitor's health details, and the log must not.

export type ModelFailureKind = "timeout" | "rate_limited" | "unreachable" | "model_error";

export class ModelTurnError extends Error {
  constructor(
    readonly kind: ModelFailureKind,
    message: string,
  ) {
    super(message);
    this.name = "ModelTurnError";
  }
}

function statusOf(error: unknown): number | undefined {
  if (APICallError.isInstance(error)) return error.statusCode;
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  return cause && cause !== error ? statusOf(cause) : undefined;
}

function summary(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, " ").slice(0, 200);
}

export function classifyModelError(error: unknown, timedOut: boolean): ModelTurnError {
  if (error instanceof ModelTurnError) return error;
  if (timedOut) return new ModelTurnError("timeout", "The model did not answer in time.");
  const status = statusOf(error);
  const detail = summary(error);
  if (status === 429) return new ModelTurnError("rate_limited", `The model provider is rate limiting us (${detail}).`);
  if (status === undefined && /fetch failed|Cannot connect|ECONNREFUSED|ENOTFOUND|EAI_AGAIN/i.test(detail)) {
    return new ModelTurnError("unreachable", `The model server could not be reached (${detail}).`);
  }
  return new ModelTurnError("model_error", `The model failed${status ? ` with HTTP ${status}` : ""} (${detail}).`);
}
