import { createRoute } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { z } from "zod";
import { clientKeyOf } from "../lib/client-address.js";
import { AppError } from "../lib/errors.js";
import { apiRoutes, firstOfRepeated, jsonBody } from "../openapi/api-routes.js";
import { described, errors, idParameter, json, staffSecurity } from "../openapi/openapi-parts.js";
import { conversationDetail } from "../staff/conversation-detail.js";
import { recordTranscriptExport, stampReviewed } from "../staff/staff-records.js";
import { conversationFilterSchema, listConversations } from "../staff/conversation-list.js";
import { logIn } from "../staff/login.js";
import {
  assertSameOrigin,
  requireCsrf,
  requireStaff,
  setSessionCookie,
  signOut,
  type StaffEnv,
} from "../staff/staff-auth.js";
import { toTranscript, transcriptText } from "../staff/transcript.js";
import { staffLeadRoutes } from "./staff-leads.js";
import { staffPageRoutes } from "./staff-pages.js";

// The dashboard's JSON API (interfaces.md): sign-in, sign-out and conversations. Every query
// takes the clinic id from the session, never from the request.

const loginBody = z.object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(200) }).strict();

const publicStaff = (staff: StaffEnv["Variables"]["staff"]) => ({
  id: staff.id,
  email: staff.email,
  role: staff.role,
  clinic: { slug: staff.clinicSlug, name: staff.clinicName },
});

// Before the body is read, as always: another site's request is refused whatever it sends.
const sameOrigin: MiddlewareHandler = async (c, next) => {
  assertSameOrigin(c);
  await next();
};

const login = createRoute({
  method: "post",
  path: "/api/staff/login",
  summary: "Staff login (sets the session cookie)",
  middleware: [sameOrigin, jsonBody] as const,
  request: { body: { required: true, content: json(loginBody) } },
  responses: { 200: { description: "Logged in" }, ...errors(400, 401, 403, 415, 429) },
});

const logout = createRoute({
  method: "post",
  path: "/api/staff/logout",
  summary: "Staff logout",
  security: staffSecurity,
  responses: { 200: { description: "Logged out" }, ...errors(401, 403) },
});

const me = createRoute({
  method: "get",
  path: "/api/staff/me",
  summary: "The signed-in staff member and clinic",
  security: staffSecurity,
  responses: { 200: { description: "Staff member" }, ...errors(401) },
});

const conversations = createRoute({
  method: "get",
  path: "/api/staff/conversations",
  summary: "Conversations of the staff member's clinic (filters: level, leadStatus, redFlag, from, to, q; page)",
  security: staffSecurity,
  request: { query: firstOfRepeated(conversationFilterSchema.strict()) },
  responses: { 200: { description: "Page of conversations" }, ...errors(400, 401) },
});

const conversation = createRoute({
  method: "get",
  path: "/api/staff/conversations/{id}",
  summary: "One conversation with transcript, intake and disposition",
  security: staffSecurity,
  request: { params: idParameter },
  responses: { 200: { description: "Conversation" }, ...errors(401, 404) },
});

const review = createRoute({
  method: "post",
  path: "/api/staff/conversations/{id}/review",
  summary: "Stamp an emergency or urgent conversation as reviewed by a clinician (needs x-csrf-token)",
  security: staffSecurity,
  request: { params: idParameter },
  responses: { 200: { description: "Reviewed" }, ...errors(401, 403, 404) },
});

const transcript = createRoute({
  method: "get",
  path: "/api/staff/conversations/{id}/transcript",
  summary: "A conversation's transcript (?format=text|json)",
  security: staffSecurity,
  request: { params: idParameter },
  // Checked by the handler, with its own message.
  parameters: [described("format", "query", { schema: { type: "string", enum: ["text", "json"], default: "text" } })],
  responses: { 200: { description: "Transcript" }, ...errors(400, 401, 404) },
});

const staffAuthRoutes = apiRoutes<StaffEnv>().openapi(login, async (c) => {
  // Only JSON reaches here (requireJsonBodies): a cross-site form cannot sign a browser in.
  const body = c.req.valid("json");
  const { staff, session } = await logIn(c.get("deps"), { ...body, address: clientKeyOf(c) });
  setSessionCookie(c, session.token);
  return c.json(
    {
      staff: publicStaff(staff),
      csrfToken: session.csrfToken,
      expiresAt: new Date(session.expiresAt).toISOString(),
    },
    200,
  );
});

/** Mounted behind requireStaff("api") and requireCsrf (see staffRoutes). */
const staffConversationRoutes = apiRoutes<StaffEnv>()
  .openapi(logout, async (c) => {
    await signOut(c);
    return c.json({ signedOut: true });
  })
  .openapi(me, (c) =>
    c.json({
      staff: publicStaff(c.get("staff")),
      csrfToken: c.get("session").csrfToken,
      expiresAt: new Date(c.get("session").expiresAt).toISOString(),
    }),
  )
  .openapi(conversations, async (c) => {
    const filters = c.req.valid("query");
    const { items, total } = await listConversations(c.get("deps").db, c.get("staff").clinicId, filters);
    return c.json({ items, total, page: filters.page, pageSize: filters.pageSize });
  })
  .openapi(conversation, async (c) => {
    const detail = await conversationDetail(c.get("deps").db, c.get("staff").clinicId, c.req.param("id"));
    if (!detail) throw new AppError("not_found", "No such conversation.");
    return c.json({ ...detail, transcript: toTranscript(detail.messages) });
  })
  .openapi(review, async (c) => {
    const staff = c.get("staff");
    const now = await stampReviewed(c.get("deps"), staff, c.req.param("id"));
    return c.json({ id: c.req.param("id"), reviewedAt: new Date(now).toISOString(), reviewedBy: staff.email });
  })
  .openapi(transcript, async (c) => {
    const deps = c.get("deps");
    const staff = c.get("staff");
    const format = c.req.query("format") ?? "text";
    if (format !== "text" && format !== "json")
      throw new AppError("validation_failed", 'Invalid value for "format": use text or json.', { field: "format" });
    const detail = await conversationDetail(deps.db, staff.clinicId, c.req.param("id"));
    if (!detail) throw new AppError("not_found", "No such conversation.");
    await recordTranscriptExport(deps, staff, detail.conversation.id, format);
    const filename = `conversation-${detail.conversation.id.replace(/[^A-Za-z0-9_-]/g, "")}.${format === "json" ? "json" : "txt"}`;
    c.header("Content-Disposition", `attachment; filename="${filename}"`);
    if (format === "json") return c.json({ ...detail, transcript: toTranscript(detail.messages) });
    const { conversation, disposition } = detail;
    const header = [
      `Conversation ${conversation.id} (${staff.clinicName})`,
      `Started ${new Date(conversation.createdAt).toISOString()}; level ${conversation.level ?? "none"}${disposition ? `; ruleset ${disposition.rulesetVersion}` : ""}`,
      ...(disposition ? disposition.reasons.map((reason) => `Rule ${reason.rule}: ${reason.summary}`) : []),
    ];
    return c.text(transcriptText(header, toTranscript(detail.messages)), 200, {
      "Content-Type": "text/plain; charset=utf-8",
    });
  });

/**
 * Everything staff-facing, in the order that matters: the sign-in endpoints first (no session
 * yet), then the session and CSRF guard for the rest of /api/staff/*, then the pages.
 */
export const staffRoutes = apiRoutes<StaffEnv>();

staffRoutes
  .use("/api/staff/*", async (c, next) => {
    c.header("Cache-Control", "no-store");
    await next();
  })
  .route("/", staffAuthRoutes)
  .use("/api/staff/*", requireStaff("api"), requireCsrf)
  .route("/", staffConversationRoutes)
  .route("/", staffLeadRoutes)
  .route("/", staffPageRoutes);
