import type { z } from "zod";
import { AppError } from "./errors.js";
import { isJsonMediaType, unsupportedMediaType } from "./json-content-type.js";
import { bodyLimitFor, readRequestBody, type BodyReader } from "./request-body.js";

/** Parse with zod or throw a 400 that names the first offending field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, what = "body"): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw validationError(result.error, what);
}

/** The 400 for a failed parse: it names the first offending field (routes' validation hook uses it too). */
export function validationError(error: z.ZodError, what = "body"): AppError {
  const issue = error.issues[0];
  if (!issue) return new AppError("validation_failed", `Invalid ${what}.`);
  const unknownKey = issue.code === "unrecognized_keys" ? issue.keys[0] : undefined;
  const field = unknownKey ?? (issue.path.length > 0 ? issue.path.join(".") : undefined);
  const message = unknownKey
    ? `Unknown field "${unknownKey}".`
    : field
      ? `Invalid value for "${field}": ${issue.message}.`
      : `Invalid ${what}: ${issue.message}.`;
  return new AppError("validation_failed", message, field ? { field } : undefined);
}

/**
 * Read a JSON body of at most the path's limit (413 beyond), with the entry point's reader;
 * a body not declared as JSON is a 415 (see json-content-type.ts), malformed JSON a clear 400.
 */
export async function readJson(c: BodyContext): Promise<unknown> {
  return (await readCheckedJson(c)).value;
}

interface BodyContext {
  get(key: "deps"): { readBody?: BodyReader | undefined };
  req: { raw: Request; path: string };
  env: unknown;
}

/** readJson's checks, keeping the text too (so a route's declared schema can validate it). */
export async function readCheckedJson(c: BodyContext): Promise<{ text: string; value: unknown }> {
  if (!isJsonMediaType(c.req.raw.headers.get("content-type"))) throw unsupportedMediaType();
  const read = c.get("deps").readBody ?? readRequestBody;
  const text = await read(c.req.raw, c.env, bodyLimitFor(c.req.path));
  if (text.trim() === "") throw new AppError("bad_request", "The request body is empty; send JSON.");
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}
