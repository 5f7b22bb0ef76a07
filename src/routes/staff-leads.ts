import { Hono } from "hono";
import { z } from "zod";
import { leadStatuses } from "../leads/lead-values.js";
import { parseOrThrow, readJson } from "../lib/validate.js";
import { alertJson } from "../staff/alert-list.js";
import { findClinicRow } from "../staff/clinic-settings.js";
import { followUpOutcomes } from "../staff/follow-up-outcomes.js";
import { funnelFigures } from "../staff/funnel.js";
import { changeLead } from "../staff/lead-updates.js";
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

export const staffLeadRoutes = new Hono<StaffEnv>()
  .get("/api/staff/leads", async (c) => {
    const query = parseOrThrow(leadQuerySchema, c.req.query(), "query");
    const { items, total } = await leadsOf(c.get("deps"), c.get("staff"), query);
    return c.json({ items, total, page: query.page, pageSize: query.pageSize });
  })
  .patch("/api/staff/leads/:id", async (c) => {
    const lead = await changeLead(c.get("deps"), c.get("staff"), c.req.param("id"), await readJson(c));
    return c.json(lead);
  })
  .get("/api/staff/leads.csv", async (c) => {
    const { filename, csv } = await exportLeadsCsv(c.get("deps"), c.get("staff"));
    return c.body(csv, 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    });
  })
  .get("/api/staff/alerts", async (c) => {
    const alerts = await alertsOf(c.get("deps"), c.get("staff"));
    return c.json({ alerts: alerts.map(alertJson) });
  })
  .get("/api/staff/funnel", async (c) => {
    const deps = c.get("deps");
    const period = parsePeriod(c.req.query("from"), c.req.query("to"), nowOf(deps));
    const steps = await funnelFigures(deps.db, c.get("staff").clinicId, period.fromMs, period.toMs);
    const followUps = await followUpOutcomes(deps.db, c.get("staff").clinicId, period.fromMs, period.toMs);
    return c.json({ from: period.from, to: period.to, steps, followUps });
  })
  .get("/api/staff/unanswered-questions", async (c) => {
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
  .get("/api/staff/webhooks", async (c) => {
    const { db } = c.get("deps");
    const clinic = await findClinicRow(db, c.get("staff").clinicId);
    return c.json({
      webhookUrl: clinic?.webhookUrl ?? null,
      events: await listWebhookActivity(db, c.get("staff").clinicId),
    });
  });
