import { Hono } from "hono";
import { z } from "zod";
import { clientKeyOf } from "../lib/client-address.js";
import { AppError } from "../lib/errors.js";
import { parseOrThrow, readJson } from "../lib/validate.js";
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

const staffAuthRoutes = new Hono<StaffEnv>().post("/api/staff/login", async (c) => {
  assertSameOrigin(c);
  // Only JSON reaches here (requireJsonBodies): a cross-site form cannot sign a browser in.
  const body = parseOrThrow(loginBody, await readJson(c));
  const { staff, session } = await logIn(c.get("deps"), { ...body, address: clientKeyOf(c) });
  setSessionCookie(c, session.token);
  return c.json({
    staff: publicStaff(staff),
    csrfToken: session.csrfToken,
    expiresAt: new Date(session.expiresAt).toISOString(),
  });
});

/** Mounted behind requireStaff("api") and requireCsrf (see staffRoutes). */
const staffConversationRoutes = new Hono<StaffEnv>()
  .post("/api/staff/logout", async (c) => {
    await signOut(c);
    return c.json({ signedOut: true });
  })
  .get("/api/staff/me", (c) =>
    c.json({
      staff: publicStaff(c.get("staff")),
      csrfToken: c.get("session").csrfToken,
      expiresAt: new Date(c.get("session").expiresAt).toISOString(),
    }),
  )
  .get("/api/staff/conversations", async (c) => {
    const filters = parseOrThrow(conversationFilterSchema.strict(), c.req.query(), "query");
    const { items, total } = await listConversations(c.get("deps").db, c.get("staff").clinicId, filters);
    return c.json({ items, total, page: filters.page, pageSize: filters.pageSize });
  })
  .get("/api/staff/conversations/:id", async (c) => {
    const detail = await conversationDetail(c.get("deps").db, c.get("staff").clinicId, c.req.param("id"));
    if (!detail) throw new AppError("not_found", "No such conversation.");
    return c.json({ ...detail, transcript: toTranscript(detail.messages) });
  })
  .post("/api/staff/conversations/:id/review", async (c) => {
    const staff = c.get("staff");
    const now = await stampReviewed(c.get("deps"), staff, c.req.param("id"));
    return c.json({ id: c.req.param("id"), reviewedAt: new Date(now).toISOString(), reviewedBy: staff.email });
  })
  .get("/api/staff/conversations/:id/transcript", async (c) => {
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
export const staffRoutes = new Hono<StaffEnv>()
  .use("/api/staff/*", async (c, next) => {
    c.header("Cache-Control", "no-store");
    await next();
  })
  .route("/", staffAuthRoutes)
  .use("/api/staff/*", requireStaff("api"), requireCsrf)
  .route("/", staffConversationRoutes)
  .route("/", staffLeadRoutes)
  .route("/", staffPageRoutes);
