import { createRoute } from "@hono/zod-openapi";
import { apiRoutes, jsonBody, rejectInvalid } from "../openapi/api-routes.js";
import { dispositionSchema } from "../openapi/disposition-schema.js";
import { errors, json } from "../openapi/openapi-parts.js";
import { evaluate, intakeSchema } from "../triage/index.js";

/** The engine's own schema, named so the description lists it once under components. */
const intake = intakeSchema.meta({ id: "Intake" });

const triage = createRoute({
  method: "post",
  path: "/api/triage",
  summary: "Evaluate an intake (stateless; stores nothing)",
  middleware: [jsonBody] as const,
  request: { body: { required: true, content: json(intake) } },
  responses: {
    200: { description: "Disposition", content: json(dispositionSchema) },
    ...errors(400, 413, 415),
  },
});

/** POST /api/triage: intake in, disposition out (spec §6). Stateless: stores nothing. */
export const triageRoutes = apiRoutes().openapi(
  triage,
  (c) => c.json(evaluate(c.req.valid("json")), 200),
  // Its refusals have always called the body an intake ("Invalid intake: ...").
  rejectInvalid("intake"),
);
