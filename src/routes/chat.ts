import { Hono } from "hono";
import type { AppEnv } from "../app-deps.js";
import { handleChatTurn } from "../chat/chat-turn.js";
import { guidedBrain } from "../chat/guided/guided-brain.js";
import { brainFor } from "../chat/llm/select-brain.js";
import { readJson } from "../lib/validate.js";

/** POST /api/chat: the AI SDK UI message stream (interfaces.md). */
export const chatRoutes = new Hono<AppEnv>().post("/api/chat", async (c) => {
  const deps = c.get("deps");
  return handleChatTurn({
    deps,
    body: await readJson(c.req.raw),
    visitorToken: c.req.header("x-visitor-token"),
    baseUrl: deps.config.PUBLIC_URL ?? new URL(c.req.url).origin,
    brain: brainFor(deps),
    fallbackBrain: guidedBrain,
  });
});
