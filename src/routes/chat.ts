import { createRoute } from "@hono/zod-openapi";
import { guidedBrain } from "../chat/brains/guided/guided-brain.js";
import { brainFor } from "../chat/brains/select-brain.js";
import { chatRequestSchema } from "../chat/turn/chat-request.js";
import { handleChatTurn } from "../chat/turn/chat-turn.js";
import { enforceRateLimit, rateRules } from "../lib/rate-limit.js";
import { readJson } from "../lib/validate.js";
import { apiRoutes } from "../openapi/api-routes.js";
import { describedBody, errors, visitorToken } from "../openapi/openapi-parts.js";

// Declared for the description only: the body (up to 1 MB, the whole conversation) is read
// by the handler with the measured reader and parsed once, by handleChatTurn.
const chat = createRoute({
  method: "post",
  path: "/api/chat",
  summary: "One chat turn as an AI SDK UI message stream (SSE, header x-vercel-ai-ui-message-stream: v1)",
  description:
    "Body as DefaultChatTransport sends it. The first request for a new id creates the conversation; the start chunk's messageMetadata carries conversationId and visitorToken. Later requests need x-visitor-token. Parts: data-question, data-triage, data-summary, data-cta, data-emergency, tool-record_intake, source-url.",
  parameters: [visitorToken(false)],
  request: { body: describedBody(chatRequestSchema) },
  responses: {
    200: { description: "text/event-stream of UI message chunks" },
    ...errors(400, 403, 404, 409, 413, 415, 429),
  },
});

/** POST /api/chat: the AI SDK UI message stream (interfaces.md). */
export const chatRoutes = apiRoutes().openapi(chat, async (c) => {
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
