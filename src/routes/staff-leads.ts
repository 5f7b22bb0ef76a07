import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { leadStatuses } from "../leads/lead-values.js";
import { apiRoutes, firstOfRepeated, jsonBody } from "../openapi/api-routes.js";
import { described, errors, idParameter, json, staffSecurity } from "../openapi/openapi-parts.js";
import { alertJson } from "../staff/alert-list.js";
import { findClinicRow } from "../staff/clinic-settings.js";
import { followUpOutcomes } from "../staff/follow-up-outcomes.js";
import { funnelFigures } from "../staff/funnel.js";
import { changeLead, leadPatchSchema } from "../staff/lead-updates.js";
import { parsePeriod } from "../staff/period.js";
import { unansweredQuestions } from "../staff/unanswered-report.js";
import { nowOf, type StaffEnv } from "../staff/staff-auth.js";
import { listWebhookActivity } from "../webhooks/delivery-log.js";
import { alertsOf, exportLeadsCsv, leadsOf } from "../staff/staff-records.js";

// Leads, alerts, the CSV export, funnel figures, unanswered questions and the webhook log, as JSON for
// the dashboard's API.
// Mounted behind requireStaff("api") and requireCsrf by staffRoutes.

const blank = (value: unknown) => (value === "" ? undefined : value);
export const leadQuerySchema = z
  .object({
    status: z.preprocess(blank, z.enum(leadStatuses).optional()),
    q: z.preprocess(blank, z.string().trim().max(200).optional()),
    page: z.preprocess(blank, z.coerce.number().int().min(1).max(100_000).default(1)),
    pageSize: z.preprocess(blank, z.coerce.number().int().min(1).max(100).default(25)),
  })
  .strict();

// Read by parsePeriod, which answers its own 400s.
const periodQuery = [described("from", "query"), described("to", "query")];

const leads = createRoute({
  method: "get",
  path: "/api/staff/leads",
  summary: "Leads of the staff member's clinic",
  security: staffSecurity,
  request: { query: firstOfRepeated(leadQuerySchema) },
  responses: { 200: { description: "Leads" }, ...errors(400, 401) },
});

const changeOne = createRoute({
  method: "patch",
  path: "/api/staff/leads/{id}",
  summary: "Move a lead through the pipeline or add notes (needs x-csrf-token)",
  security: staffSecurity,
  middleware: [jsonBody] as const,
  request: { params: idParameter, body: { required: true, content: json(leadPatchSchema) } },
  responses: { 200: { description: "Updated lead" }, ...errors(400, 401, 403, 404, 415) },
});

const csv = createRoute({
  method: "get",
  path: "/api/staff/leads.csv",
  summary: "Leads as CSV (formula cells neutralised)",
  security: staffSecurity,
  responses: { 200: { description: "text/csv" }, ...errors(401) },
});

const alert = z.object({
  id: z.string(),
  kind: z.enum(["lead", "callback", "emergency"]),
  leadId: z.string().optional(),
  conversationId: z.string().nullable(),
  createdAt: z.iso.datetime(),
  mailStatus: z.enum(["pending", "mailed", "failed", "off"]),
  mailedAt: z.iso.datetime().optional(),
  mailError: z
    .string()
    .optional()
    .meta({ description: "A plain reason the email has not gone (retried with backoff while pending)" }),
});

const alerts = createRoute({
  method: "get",
  path: "/api/staff/alerts",
  summary:
    "Staff alerts (new lead, call-back request, emergency), newest first, with their email outcome; times ISO-8601 UTC",
  security: staffSecurity,
  responses: { 200: { description: "Alerts", content: json(z.object({ alerts: z.array(alert) })) }, ...errors(401) },
});

const funnel = createRoute({
  method: "get",
  path: "/api/staff/funnel",
  summary: "Funnel figures: widget opened, conversation started, disposition reached, lead, booked",
  security: staffSecurity,
  parameters: periodQuery,
  responses: { 200: { description: "Figures" }, ...errors(400, 401) },
});

const unanswered = createRoute({
  method: "get",
  path: "/api/staff/unanswered-questions",
  summary:
    "Questions the clinic's articles could not answer, grouped by wording (visitor's words, count, last asked), most asked first; ?from=&to= as for the funnel",
  security: staffSecurity,
  parameters: periodQuery,
  responses: {
    200: { description: "{ from, to, questions: [{ question, count, lastAskedAt }] }" },
    ...errors(400, 401),
  },
});

const webhooks = createRoute({
  method: "get",
  path: "/api/staff/webhooks",
  summary:
    "Webhook deliveries (lead.created, lead.booked, lead.booking_cancelled, triage.emergency), HMAC-SHA256 signed",
  security: staffSecurity,
  responses: { 200: { description: "Delivery log" }, ...errors(401) },
});

export const staffLeadRoutes = apiRoutes<StaffEnv>()
  .openapi(leads, async (c) => {
    const query = c.req.valid("query");
    const { items, total } = await leadsOf(c.get("deps"), c.get("staff"), query);
    return c.json({ items, total, page: query.page, pageSize: query.pageSize });
  })
  .openapi(changeOne, async (c) => {
    const lead = await changeLead(c.get("deps"), c.get("staff"), c.req.param("id"), c.req.valid("json"));
    return c.json(lead);
  })
  .openapi(csv, async (c) => {
    const { filename, csv } = await exportLeadsCsv(c.get("deps"), c.get("staff"));
    return c.body(csv, 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    });
  })
  .openapi(alerts, async (c) => {
    const rows = await alertsOf(c.get("deps"), c.get("staff"));
    return c.json({ alerts: rows.map(alertJson) }, 200);
  })
  .openapi(funnel, async (c) => {
    const deps = c.get("deps");
    const period = parsePeriod(c.req.query("from"), c.req.query("to"), nowOf(deps));
    const steps = await funnelFigures(deps.db, c.get("staff").clinicId, period.fromMs, period.toMs);
    const followUps = await followUpOutcomes(deps.db, c.get("staff").clinicId, period.fromMs, period.toMs);
    return c.json({ from: period.from, to: period.to, steps, followUps });
  })
  .openapi(unanswered, async (c) => {
    const deps = c.get("deps");
    const period = parsePeriod(c.req.query("from"), c.req.query("to"), nowOf(deps));
    const questions = await unansweredQuestions(deps.db, c.get("staff").clinicId, period.fromMs, period.toMs);
    return c.json({
      from: period.from,
      to: period.to,
      questions: questions.map((item) => ({
        question: item.question,
        count: item.count,
        lastAskedAt: new Date(item.lastAskedAt).toISOString(),
      })),
    });
  })
  .openapi(webhooks, async (c) => {
    const { db } = c.get("deps");
    const clinic = await findClinicRow(db, c.get("staff").clinicId);
    return c.json({
      webhookUrl: clinic?.webhookUrl ?? null,
      events: await listWebhookActivity(db, c.get("staff").clinicId),
    });
  });
