import { Hono } from "hono";
import type { AppEnv } from "../app-deps.js";
import { handleChatTurn } from "../chat/turn/chat-turn.js";
import { guidedBrain } from "../chat/brains/guided/guided-brain.js";
import { brainFor } from "../chat/brains/select-brain.js";
import { enforceRateLimit, rateRules } from "../lib/rate-limit.js";
import { readJson } from "../lib/validate.js";

/** POST /api/chat: the AI SDK UI message stream (interfaces.md). */
export const chatRoutes = new Hono<AppEnv>().post("/api/chat", async (c) => {
  const deps = c.get("deps");
  const body = await readJson(c);
  const { rateLimiter } = deps;
  const rule = rateRules(deps.config.CHAT_RATE_LIMIT_PER_MINUTE)["chat-conversation"];
  return handleChatTurn({
    deps,
    body,
    visitorToken: c.req.header("x-visitor-token"),
    baseUrl: deps.config.publicOrigin,
    brain: brainFor(deps),
    fallbackBrain: guidedBrain,
    ...(rateLimiter
      ? {
          limitConversation: (id: string) =>
            enforceRateLimit(
              rateLimiter,
              rule,
              id,
              "That's a lot of messages in a short time. Please wait a moment and try again.",
            ),
        }
      : {}),
  });
});
