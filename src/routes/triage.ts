import { Hono } from "hono";
import type { AppEnv } from "../app-deps.js";
import { parseOrThrow, readJson } from "../lib/validate.js";
import { evaluate, intakeSchema } from "../triage/index.js";

/** POST /api/triage: intake in, disposition out (spec §6). Stateless: stores nothing. */
export const triageRoutes = new Hono<AppEnv>().post("/api/triage", async (c) => {
  const intake = parseOrThrow(intakeSchema, await readJson(c), "intake");
  return c.json(evaluate(intake));
});
