import { Hono } from "hono";
import type { AppEnv } from "../app-deps.js";
import { deleteOwnConversation, readOwnConversation } from "../services/visitor-conversation.js";

// The visitor's own conversation: read it back (to resume) or erase all of it.

export const conversationRoutes = new Hono<AppEnv>()
  .get("/api/conversations/:id", async (c) =>
    c.json(await readOwnConversation(c.get("deps"), c.req.param("id"), c.req.header("x-visitor-token"))),
  )
  .delete("/api/conversations/:id", async (c) =>
    c.json(await deleteOwnConversation(c.get("deps"), c.req.param("id"), c.req.header("x-visitor-token"))),
  );
