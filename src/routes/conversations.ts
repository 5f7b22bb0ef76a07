import { createRoute } from "@hono/zod-openapi";
import { apiRoutes } from "../openapi/api-routes.js";
import { errors, idParameter, visitorToken } from "../openapi/openapi-parts.js";
import { deleteOwnConversation, readOwnConversation } from "../services/visitor-conversation.js";

// The visitor's own conversation: read it back (to resume) or erase all of it.

const read = createRoute({
  method: "get",
  path: "/api/conversations/{id}",
  summary: "The visitor's own conversation",
  request: { params: idParameter },
  parameters: [visitorToken(true)],
  responses: {
    200: {
      description:
        "Conversation with messages, intake, disposition and lead ({ intent, bookingUrl? } once the visitor sent their details, else null)",
    },
    ...errors(403, 404),
  },
});

const erase = createRoute({
  method: "delete",
  path: "/api/conversations/{id}",
  summary: "Erase the visitor's conversation and everything attached to it",
  request: { params: idParameter },
  parameters: [visitorToken(true)],
  responses: { 200: { description: "Deleted" }, ...errors(403, 404) },
});

export const conversationRoutes = apiRoutes()
  .openapi(read, async (c) =>
    c.json(await readOwnConversation(c.get("deps"), c.req.param("id"), c.req.header("x-visitor-token"))),
  )
  .openapi(erase, async (c) =>
    c.json(await deleteOwnConversation(c.get("deps"), c.req.param("id"), c.req.header("x-visitor-token"))),
  );
