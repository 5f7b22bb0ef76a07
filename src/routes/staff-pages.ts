import { createRoute } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "../lib/errors.js";
import { apiRoutes } from "../openapi/api-routes.js";
import { parseOrThrow } from "../lib/validate.js";
import { findClinicRow } from "../staff/clinic-settings.js";
import { conversationDetail } from "../staff/conversation-detail.js";
import { conversationFilterSchema, listConversations } from "../staff/conversation-list.js";
import { feedbackFigures } from "../staff/feedback.js";
import { followUpOutcomes } from "../staff/follow-up-outcomes.js";
import { funnelFigures } from "../staff/funnel.js";
import { alertsPage } from "../staff/pages/alerts-page.js";
import { conversationPage } from "../staff/pages/conversation-page.js";
import { conversationsPage } from "../staff/pages/conversations-page.js";
import { renderPageError } from "../staff/pages/error-page.js";
import { funnelPage } from "../staff/pages/funnel-page.js";
import { noticeFor } from "../staff/pages/layout.js";
import { unansweredPage } from "../staff/pages/unanswered-page.js";
import { leadsPage } from "../staff/pages/leads-page.js";
import { safetyPage } from "../staff/pages/safety-page.js";
import { settingsPage } from "../staff/pages/settings-page.js";
import { STAFF_CSS } from "../staff/pages/staff-css.js";
import { auditPage, teamPage } from "../staff/pages/team-page.js";
import { webhooksPage } from "../staff/pages/webhooks-page.js";
import { parsePeriod } from "../staff/period.js";
import { unansweredQuestions } from "../staff/unanswered-report.js";
import { nowOf, requireCsrf, requireOwner, requireStaff, type StaffEnv } from "../staff/staff-auth.js";
import { listWebhookActivity } from "../webhooks/delivery-log.js";
import { leadQuerySchema } from "./staff-leads.js";
import { staffFormRoutes, staffLoginRoutes } from "./staff-forms.js";
import { alertsOf, auditTrailOf, leadCountsOf, leadsOf, teamOf } from "../staff/staff-records.js";

// The /staff dashboard: server-rendered pages, no client script. Pages hold health
// information, so nothing is cached, nothing is framed and no referrer leaks ids.

const noticeOf = noticeFor;

// Only the dashboard's front door is in the API description: the pages are for people. Its
// filters are read by the handler (a refusal is a page, not JSON).
const dashboard = createRoute({
  method: "get",
  path: "/staff",
  summary: "The staff dashboard (HTML)",
  responses: { 200: { description: "HTML" } },
});

const pageRoutes = apiRoutes<StaffEnv>()
  .openapi(dashboard, async (c) => {
    const filters = parseOrThrow(conversationFilterSchema, c.req.query(), "filters");
    const { items, total } = await listConversations(c.get("deps").db, c.get("staff").clinicId, filters);
    return c.html(
      conversationsPage({ staff: c.get("staff"), csrfToken: c.get("session").csrfToken, filters, items, total }),
    );
  })
  .get("/staff/conversations/:id", async (c) => {
    const detail = await conversationDetail(c.get("deps").db, c.get("staff").clinicId, c.req.param("id"));
    if (!detail) throw new AppError("not_found", "No such conversation in your clinic.");
    const notice = noticeOf(c.req.query("notice"));
    return c.html(
      conversationPage({
        staff: c.get("staff"),
        csrfToken: c.get("session").csrfToken,
        detail,
        ...(notice ? { notice } : {}),
      }),
    );
  })
  .get("/staff/safety", async (c) => {
    const filters = parseOrThrow(conversationFilterSchema, { awaitingReview: "true", pageSize: "100" });
    const { items, total } = await listConversations(c.get("deps").db, c.get("staff").clinicId, filters);
    const notice = noticeOf(c.req.query("notice"));
    return c.html(
      safetyPage({
        staff: c.get("staff"),
        csrfToken: c.get("session").csrfToken,
        waiting: items,
        total,
        ...(notice ? { notice } : {}),
      }),
    );
  })
  .get("/staff/leads", async (c) => {
    const { notice: noticeKey, ...rest } = c.req.query();
    const query = parseOrThrow(leadQuerySchema, rest, "filters");
    const { items, total } = await leadsOf(c.get("deps"), c.get("staff"), query);
    const notice = noticeOf(noticeKey);
    return c.html(
      leadsPage({
        staff: c.get("staff"),
        csrfToken: c.get("session").csrfToken,
        ...query,
        items,
        total,
        counts: await leadCountsOf(c.get("deps"), c.get("staff")),
        ...(notice ? { notice } : {}),
      }),
    );
  })
  .get("/staff/alerts", async (c) => {
    const alerts = await alertsOf(c.get("deps"), c.get("staff"));
    return c.html(alertsPage({ staff: c.get("staff"), csrfToken: c.get("session").csrfToken, alerts }));
  })
  .get("/staff/funnel", async (c) => {
    const deps = c.get("deps");
    const clinicId = c.get("staff").clinicId;
    const period = parsePeriod(c.req.query("from") || undefined, c.req.query("to") || undefined, nowOf(deps));
    const clinic = await findClinicRow(deps.db, clinicId);
    const steps = await funnelFigures(deps.db, clinicId, period.fromMs, period.toMs);
    const feedback = await feedbackFigures(deps.db, clinicId, period.fromMs, period.toMs);
    const followUps = await followUpOutcomes(deps.db, clinicId, period.fromMs, period.toMs);
    return c.html(
      funnelPage({
        staff: c.get("staff"),
        csrfToken: c.get("session").csrfToken,
        steps,
        feedback,
        followUps,
        from: period.from,
        to: period.to,
        brandColor: clinic?.brandColor ?? "#0f766e",
      }),
    );
  })
  .get("/staff/unanswered", async (c) => {
    const deps = c.get("deps");
    const period = parsePeriod(c.req.query("from") || undefined, c.req.query("to") || undefined, nowOf(deps));
    const questions = await unansweredQuestions(deps.db, c.get("staff").clinicId, period.fromMs, period.toMs);
    return c.html(
      unansweredPage({
        staff: c.get("staff"),
        csrfToken: c.get("session").csrfToken,
        questions,
        from: period.from,
        to: period.to,
      }),
    );
  })
  .get("/staff/webhooks", async (c) => {
    const { db } = c.get("deps");
    const clinicId = c.get("staff").clinicId;
    const clinic = await findClinicRow(db, clinicId);
    return c.html(
      webhooksPage({
        staff: c.get("staff"),
        csrfToken: c.get("session").csrfToken,
        activity: await listWebhookActivity(db, clinicId),
        webhookUrl: clinic?.webhookUrl ?? null,
      }),
    );
  })
  .get("/staff/settings", requireOwner, async (c) => {
    const deps = c.get("deps");
    const clinic = await findClinicRow(deps.db, c.get("staff").clinicId);
    if (!clinic) throw new AppError("not_found", "No such clinic.");
    const notice = noticeOf(c.req.query("notice"));
    const origin = deps.config.publicOrigin;
    return c.html(
      settingsPage({
        staff: c.get("staff"),
        csrfToken: c.get("session").csrfToken,
        clinic,
        origin,
        ...(notice ? { notice } : {}),
      }),
    );
  })
  .get("/staff/team", requireOwner, async (c) => {
    const members = await teamOf(c.get("deps"), c.get("staff"));
    const notice = noticeOf(c.req.query("notice"));
    return c.html(
      teamPage({
        staff: c.get("staff"),
        csrfToken: c.get("session").csrfToken,
        members,
        ...(notice ? { notice } : {}),
      }),
    );
  })
  .get("/staff/audit", requireOwner, async (c) => {
    const entries = await auditTrailOf(c.get("deps"), c.get("staff"));
    return c.html(auditPage({ staff: c.get("staff"), csrfToken: c.get("session").csrfToken, entries }));
  });

const guard = requireStaff("page");

export const staffPageRoutes = apiRoutes<StaffEnv>();

staffPageRoutes
  .use("/staff/*", async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
    c.header("X-Frame-Options", "DENY");
    c.header("Referrer-Policy", "no-referrer");
    c.header("X-Content-Type-Options", "nosniff");
    c.header(
      "Content-Security-Policy",
      "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
  })
  .use("/staff/*", bodyLimit({ maxSize: 64 * 1024 }))
  .get("/staff/assets/staff.css", (c) => c.body(STAFF_CSS, 200, { "Content-Type": "text/css; charset=utf-8" }))
  .route("/", staffLoginRoutes)
  // "/staff/*" also matches "/staff" itself in Hono 4.
  .use("/staff/*", guard, requireCsrf)
  .route("/", pageRoutes)
  .route("/", staffFormRoutes)
  // The list lives at /staff; people (and old links) also try the API's name for it.
  .get("/staff/conversations", (c) => c.redirect(`/staff${new URL(c.req.url).search}`, 302))
  // Any other /staff address is a page too: a 404 page with the dashboard around it, not JSON.
  .all("/staff/*", () => {
    throw new AppError(
      "not_found",
      "There is no such page in the dashboard. It may have moved, or the address may be mistyped.",
    );
  });

staffPageRoutes.onError(renderPageError);
