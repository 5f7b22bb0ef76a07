import { OpenAPIHono } from "@hono/zod-openapi";
import { requestId } from "hono/request-id";
import type { AppDeps, AppEnv } from "./app-deps.js";
import { clientKeyOf } from "./lib/client-address.js";
import { AppError, asAppError, errorEnvelope } from "./lib/errors.js";
import { requireJsonBodies } from "./lib/json-content-type.js";
import { createMemoryRateLimiter, enforceRateLimit, rateRules } from "./lib/rate-limit.js";
import { bodyLimitFor, bodyTooLarge, declaresTooMuch } from "./lib/request-body.js";
import { chatRoutes } from "./routes/chat.js";
import { conversationRoutes } from "./routes/conversations.js";
import { healthRoutes } from "./routes/health.js";
import { openApiRoutes } from "./routes/openapi.js";
import { openApiDocument, registerSharedComponents, type ApiDocument } from "./openapi/openapi-document.js";
import { knowledgeRoutes } from "./routes/knowledge.js";
import { triageRoutes } from "./routes/triage.js";
import { demoPageRoutes } from "./routes/demo-page.js";
import { eventRoutes } from "./routes/events.js";
import { widgetRoutes } from "./routes/widget.js";
import { leadRoutes } from "./routes/leads.js";
import { bookingRoutes } from "./routes/bookings.js";
import { staffRoutes } from "./routes/staff.js";
import { followUpRoutes } from "./routes/follow-up.js";

/** The one app factory: the Node server, the Worker and every test build the app here. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.use(requestId());
  const rateLimiter = deps.rateLimiter ?? createMemoryRateLimiter(deps.now);
  const rules = rateRules(deps.config.CHAT_RATE_LIMIT_PER_MINUTE);
  const appDeps: AppDeps = { ...deps, rateLimiter };
  app.use(async (c, next) => {
    c.set("deps", appDeps);
    await next();
  });
  // First, so a cross-site text/plain flood is refused before it costs a rate-limit count.
  app.use("/api/*", requireJsonBodies);
  app.post("/api/chat", async (c, next) => {
    await enforceRateLimit(
      rateLimiter,
      rules["chat-ip"],
      clientKeyOf(c),
      "You're sending messages very quickly. Please wait a moment and try again.",
    );
    await next();
  });
  app.post("/api/events", async (c, next) => {
    await enforceRateLimit(
      rateLimiter,
      rules["event-ip"],
      clientKeyOf(c),
      "Too many requests from this connection. Please wait a minute and try again.",
    );
    await next();
  });
  // API bodies are read through readJson, which counts bytes as they arrive; a declared length
  // over the limit is refused here, before any route runs.
  app.use("/api/*", async (c, next) => {
    const limit = bodyLimitFor(c.req.path);
    if (declaresTooMuch(c.req.header("content-length"), limit)) throw bodyTooLarge(limit);
    await next();
  });

  app.route("/", healthRoutes);
  app.route("/", triageRoutes);
  app.route("/", knowledgeRoutes);
  app.route("/", chatRoutes);
  app.route("/", conversationRoutes);
  app.route("/", eventRoutes);
  app.route("/", widgetRoutes);
  app.route("/", leadRoutes);
  app.route("/", bookingRoutes);
  app.route("/", staffRoutes);
  app.route("/", followUpRoutes);
  app.route("/", demoPageRoutes);
  // Generated once per app from the routes mounted above (the origin is fixed per app).
  let document: ApiDocument | undefined;
  app.route(
    "/",
    openApiRoutes((serverUrl) => (document ??= openApiDocument(app, serverUrl))),
  );
  registerSharedComponents(app);

  app.notFound((c) => c.json(errorEnvelope(new AppError("not_found", "Not found."), c.get("requestId")), 404));
  app.onError((error, c) => {
    const known = asAppError(error);
    if (!known) {
      console.error(`[${c.get("requestId")}]`, error);
      return c.json(
        errorEnvelope(new AppError("internal_error", "Something went wrong on our side."), c.get("requestId")),
        500,
      );
    }
    const retryAfter = known.details?.retryAfterSeconds;
    if (retryAfter !== undefined) c.header("Retry-After", String(retryAfter));
    return c.json(errorEnvelope(known, c.get("requestId")), known.status);
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
