import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../app-deps.js";
import { assertVisitorToken } from "../chat/open-conversation.js";
import { findClinicById } from "../db/clinics.js";
import { findConversation } from "../db/conversations.js";
import { newId } from "../db/database.js";
import { findLeadForConversation, insertLead } from "../db/leads.js";
import { clientKeyOf } from "../lib/client-address.js";
import { AppError } from "../lib/errors.js";
import { enforceRateLimit, rateRules } from "../lib/rate-limit.js";
import { parseOrThrow, readJson } from "../lib/validate.js";
import { currentDisposition } from "../chat/current-disposition.js";
import { fitFor, intakeSummary } from "../staff/lead-fit.js";
import { enqueueWebhookStatement } from "../webhooks/outbox.js";

// POST /api/leads: the visitor asks the clinic to contact them (interfaces.md).

/** Widget forms send "" for an empty box; treat it as not given. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));

const leadBody = z
  .object({
    conversationId: z.string().trim().min(1, "conversationId is required").max(200),
    name: z.string().trim().min(1, "give a name so the clinic knows who to ask for").max(120),
    email: optionalText(254).pipe(z.email("not a valid email address").optional()),
    phone: optionalText(40).pipe(
      z
        .string()
        .regex(/^\+?[0-9 ()./-]{5,40}$/, "use digits, spaces and + ( ) - only")
        .refine((value) => (value.match(/[0-9]/g)?.length ?? 0) >= 5, "needs at least 5 digits")
        .optional(),
    ),
    preferredTime: optionalText(120),
    consent: z.literal(true, { error: "must be true: the visitor has to agree to be contacted" }),
  })
  .strict();

export const leadRoutes = new Hono<AppEnv>().post("/api/leads", async (c) => {
  const deps = c.get("deps");
  const body = parseOrThrow(leadBody, await readJson(c));
  if (!body.email && !body.phone) {
    throw new AppError("validation_failed", 'Give an email address or a phone number ("email" or "phone") so the clinic can reach you.', { field: "email" });
  }
  // Counted once the form is valid: a visitor correcting a typo is not using up their limit.
  if (deps.rateLimiter) {
    const rule = rateRules(deps.config.CHAT_RATE_LIMIT_PER_MINUTE)["lead-ip"];
    await enforceRateLimit(deps.rateLimiter, rule, clientKeyOf(c), "Too many requests from this connection. Please wait a minute and try again.");
  }
  const conversation = await findConversation(deps.db, body.conversationId);
  if (!conversation) throw new AppError("not_found", "No such conversation.");
  await assertVisitorToken(conversation, c.req.header("x-visitor-token"));
  if (await findLeadForConversation(deps.db, conversation.id)) {
    throw new AppError("conflict", "The clinic already has your details for this conversation; they will be in touch.");
  }
  const clinic = await findClinicById(deps.db, conversation.clinicId);
  if (!clinic) throw new AppError("not_found", "No such clinic.");
  const now = deps.now?.() ?? Date.now();
  const disposition = currentDisposition(conversation);
  const fit = fitFor(conversation);
  const summary = intakeSummary(JSON.parse(conversation.intake) as Record<string, unknown>, disposition);
  const contact = { name: body.name, email: body.email ?? null, phone: body.phone ?? null, preferredTime: body.preferredTime ?? null };
  const baseUrl = deps.config.publicOrigin;
  const leadData = { conversationId: conversation.id, ...contact, level: conversation.level, fit, intakeSummary: summary };
  const id = newId();
  await insertLead(deps.db, { id, clinicId: clinic.id, ...leadData, now }, [
    enqueueWebhookStatement(deps.db, {
      clinicId: clinic.id,
      clinicSlug: clinic.slug,
      type: "lead.created",
      now,
      data: { leadId: id, ...leadData, dashboardUrl: `${baseUrl}/staff/conversations/${encodeURIComponent(conversation.id)}` },
    }),
  ]);
  return c.json({ id, status: "new" }, 201);
});
