import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../app-deps.js";
import { leadIntents } from "../leads/lead-values.js";
import { AppError } from "../lib/errors.js";
import { createLead } from "../services/create-lead.js";
import { clientKeyOf } from "../lib/client-address.js";
import { enforceRateLimit, rateRules } from "../lib/rate-limit.js";
import { parseOrThrow, readJson } from "../lib/validate.js";

// POST /api/leads: the visitor asks the clinic to contact them (interfaces.md). The phone
// number is checked by createLead, against the clinic's country.

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
    intent: z.enum(leadIntents, { error: 'must be "book" or "callback"' }).default("book"),
    name: z.string().trim().min(1, "give a name so the clinic knows who to ask for").max(120),
    email: optionalText(254).pipe(z.email("not a valid email address").optional()),
    phone: optionalText(40),
    preferredTime: optionalText(120),
    patientName: optionalText(120),
    consent: z.literal(true, { error: "must be true: the visitor has to agree to be contacted" }),
  })
  .strict();

export const leadRoutes = new Hono<AppEnv>().post("/api/leads", async (c) => {
  const deps = c.get("deps");
  const body = parseOrThrow(leadBody, await readJson(c));
  if (!body.email && !body.phone) {
    throw new AppError(
      "validation_failed",
      'Give an email address or a phone number ("email" or "phone") so the clinic can reach you.',
      { field: "email" },
    );
  }
  if (body.intent === "callback" && !body.phone) {
    throw new AppError("validation_failed", "Give a phone number so the clinic can call you back today.", {
      field: "phone",
    });
  }
  const { consent: _consent, ...input } = body;
  const lead = await createLead(deps, input, {
    visitorToken: c.req.header("x-visitor-token"),
    // Counted once the form is valid: a visitor correcting a typo is not using up their limit.
    chargeRateLimit: async () => {
      if (!deps.rateLimiter) return;
      const rule = rateRules(deps.config.CHAT_RATE_LIMIT_PER_MINUTE)["lead-ip"];
      await enforceRateLimit(
        deps.rateLimiter,
        rule,
        clientKeyOf(c),
        "Too many requests from this connection. Please wait a minute and try again.",
      );
    },
  });
  // `id` and `status` are kept for clients written before `leadId` (interfaces.md).
  return c.json(
    {
      leadId: lead.leadId,
      id: lead.leadId,
      status: "new",
      intent: lead.intent,
      ...(lead.bookingUrl ? { bookingUrl: lead.bookingUrl } : {}),
    },
    201,
  );
});
