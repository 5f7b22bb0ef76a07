import { OpenAPIHono } from "@hono/zod-openapi";
import type { Env, MiddlewareHandler } from "hono";
import { z } from "zod";
import type { AppEnv } from "../app-deps.js";
import { readCheckedJson, validationError } from "../lib/validate.js";

// Every route module builds its routes here: each route is declared with createRoute (from
// the zod schemas the handlers use), so GET /openapi.json is generated from what the app
// serves and cannot drift from it.

const subjectOf: Record<string, string> = {
  json: "body",
  query: "query",
  param: "path",
  header: "headers",
  cookie: "cookies",
  form: "form",
};

type ValidationResult = { target: string } & ({ success: true } | { success: false; error: z.ZodError });

/**
 * The one validation hook: a declared schema that refuses the request throws the same 400 as
 * parseOrThrow, so the error envelope is the app's (onError) and names the field. A route
 * whose messages have always named its body ("Invalid intake: ...") passes that word.
 */
export function rejectInvalid(subject?: string) {
  return (result: ValidationResult): undefined => {
    if (!result.success) throw validationError(result.error, subject ?? subjectOf[result.target] ?? "request");
    return undefined;
  };
}

/** A router whose routes are declared for the API description and validated by rejectInvalid. */
export function apiRoutes<E extends Env = AppEnv>() {
  return new OpenAPIHono<E>({ defaultHook: rejectInvalid() });
}

/**
 * Route middleware for a declared JSON body: reads it with readJson's reader and checks (the
 * entry point's measured reader, the path's size limit, our 415 and 400s), then leaves the
 * text where the declared schema's validator reads it. Hono's own c.req.json() would read
 * the stream unmeasured.
 */
export const jsonBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { text } = await readCheckedJson(c);
  // Hono keeps body promises in bodyCache (its type says values): c.req.json() parses this text.
  (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(text);
  await next();
};

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * A query schema for a route's validator, which hands a repeated key (?k=3&k=4) over as a
 * list: each field reads the first value, as c.req.query(key) always has.
 */
export function firstOfRepeated<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [key, z.preprocess(firstValue, field as z.ZodType)]),
  ) as unknown as { [K in keyof Shape]: z.ZodPipe<z.ZodTransform, Shape[K]> };
  return schema.extend(shape);
}
