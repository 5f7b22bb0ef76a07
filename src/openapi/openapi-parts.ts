import type { RouteConfig } from "@hono/zod-openapi";
import { z } from "zod";

// Pieces shared by the route declarations: the error envelope and small builders.

/** { error: { code, message, requestId, field? } }, as errorEnvelope (lib/errors.ts) writes it. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      requestId: z.string(),
      field: z.string().optional(),
    }),
  })
  .meta({ id: "Error" });

const errorResponse = (description = "Error") => ({
  description,
  content: { "application/json": { schema: errorSchema } },
});

/** Error responses for the listed statuses, each with the envelope. */
export function errors<const S extends number>(...statuses: S[]): Record<S, ReturnType<typeof errorResponse>> {
  return Object.fromEntries(statuses.map((status) => [status, errorResponse()])) as Record<
    S,
    ReturnType<typeof errorResponse>
  >;
}

/** One error response with its own wording (the booking webhooks explain each status). */
export const errorWith = errorResponse;

/** A header or query value the handler reads itself: described, never validated here. */
export function described(
  name: string,
  location: "header" | "query" | "path",
  options: { required?: boolean; description?: string; schema?: Record<string, unknown> } = {},
) {
  return {
    name,
    in: location,
    required: options.required ?? location === "path",
    ...(options.description ? { description: options.description } : {}),
    schema: options.schema ?? { type: "string" as const },
  };
}

export const visitorToken = (required: boolean) =>
  described("x-visitor-token", "header", {
    required,
    description: "The visitorToken from the chat's start chunk (a wrong or missing token answers 403)",
  });

export const json = <T>(schema: T) => ({ "application/json": { schema } });

/** Path parameters are always strings: declaring them never refuses a request. */
export const idParameter = z.object({ id: z.string() });

/**
 * A schema the handler applies itself (the chat's body, a page's form): described as plain
 * JSON Schema, which a route does not validate (only zod schemas in a declaration get a
 * validator).
 */
export function describedSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...described } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  // zod's JSON Schema type and openapi3-ts' SchemaObject describe the same draft differently.
  return described as unknown as JsonSchema;
}

/** A JSON body the handler reads its own way (the chat's measured reader). */
export function describedBody(schema: z.ZodType): RequestBody {
  return { required: true, content: json(describedSchema(schema)) } as RequestBody;
}

type RequestBody = NonNullable<NonNullable<RouteConfig["request"]>["body"]>;
type MediaType = Extract<RequestBody["content"][string], { schema?: unknown }>;
type JsonSchema = Exclude<NonNullable<MediaType["schema"]>, z.ZodType>;

/** Signed in with the staff session cookie (the scheme is registered in openapi-document.ts). */
export const staffSecurity = [{ staffSession: [] }];
