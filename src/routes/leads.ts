import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import type { AppEnv } from "../app-deps.js";
import { leadIntents } from "../leads/lead-values.js";
import { AppError } from "../lib/errors.js";
import { createLead } from "../services/create-lead.js";
import { clientKeyOf } from "../lib/client-address.js";
import { enforceRateLimit, rateRules } from "../lib/rate-limit.js";
import { apiRoutes, jsonBody } from "../openapi/api-routes.js";
import { errors, json, visitorToken } from "../openapi/openapi-parts.js";

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
    phone: optionalText(40).meta({ examples: ["(555) 010-2233", "+44 20 7946 0958"] }),
    preferredTime: optionalText(120),
    patientName: optionalText(120),
    consent: z.literal(true, { error: "must be true: the visitor has to agree to be contacted" }),
  })
  .strict();

const created = z.object({
  leadId: z.string(),
  id: z.string().meta({ description: "Same as leadId (kept for older clients)" }),
  status: z.literal("new"),
  intent: z.enum(leadIntents),
  bookingUrl: z.url().optional().meta({
    description:
      "The clinic's booking page prefilled with name and email and carrying the opaque lead reference (Cal.com metadata[lead], Calendly utm_content); only for intent book when the clinic has a booking URL",
  }),
});

const submitLead = createRoute({
  method: "post",
  path: "/api/leads",
  summary:
    "The visitor asks to be contacted: to book (default) or, after an urgent disposition, to be called back today",
  description:
    'One lead per conversation (a second answers 409). intent "callback" is accepted only while the conversation\'s disposition is urgent (400, field "intent", otherwise; never after an emergency) and needs a phone number. The phone number is read in the clinic\'s country (its locale) or with a leading + and stored in E.164; one that cannot be a number answers 400 with field "phone" and a message for the visitor. Email or phone is required.',
  middleware: [jsonBody] as const,
  parameters: [visitorToken(true)],
  request: { body: { required: true, content: json(leadBody) } },
  responses: {
    201: { description: "Lead created", content: json(created) },
    ...errors(400, 403, 404, 409, 415, 429),
  },
});

export const leadRoutes = apiRoutes<AppEnv>().openapi(submitLead, async (c) => {
  const deps = c.get("deps");
  const body = c.req.valid("json");
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
      status: "new" as const,
      intent: lead.intent,
      ...(lead.bookingUrl ? { bookingUrl: lead.bookingUrl } : {}),
    },
    201,
  );
});
