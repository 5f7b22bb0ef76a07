import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

// One error class and one JSON envelope for every failure: { error: { code, message, requestId } }.

export type ErrorCode =
  | "bad_request"
  | "validation_failed"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "internal_error";

const statusForCode: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
};

/** Hono's HTTPException, with our code and details: anything that handles Hono's errors handles ours. */
export class AppError extends HTTPException {
  declare readonly status: ContentfulStatusCode;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { field?: string; retryAfterSeconds?: number },
  ) {
    super(statusForCode[code], { message });
    this.name = "AppError";
  }
}

export interface ErrorEnvelope {
  error: { code: ErrorCode; message: string; requestId: string; field?: string };
}

export function errorEnvelope(error: AppError, requestId: string): ErrorEnvelope {
  const field = error.details?.field;
  return { error: { code: error.code, message: error.message, requestId, ...(field ? { field } : {}) } };
}

/** Our APIs take JSON only (lib/json-content-type.ts says why); this is the 415's message. */
export const JSON_ONLY_MESSAGE = "Send the request body as JSON (content-type: application/json).";

/** Our error for anything thrown with a meaning (ours, or Hono's own HTTPException); undefined for a bug. */
export function asAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (!(error instanceof HTTPException)) return undefined;
  if (error.status === 413) return new AppError("payload_too_large", error.message || "Bad request.");
  // A route validator's own media-type check (@hono/zod-openapi) refuses the same way ours does.
  if (error.status === 415) return new AppError("unsupported_media_type", JSON_ONLY_MESSAGE);
  return new AppError("bad_request", error.message || "Bad request.");
}
