import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { apiRoutes } from "../openapi/api-routes.js";
import { json } from "../openapi/openapi-parts.js";

const health = createRoute({
  method: "get",
  path: "/healthz",
  summary: "Liveness",
  responses: { 200: { description: "ok", content: json(z.object({ status: z.literal("ok") })) } },
});

export const healthRoutes = apiRoutes().openapi(health, (c) => c.json({ status: "ok" as const }, 200));
