import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../app-deps.js";
import type { BookingProviderName } from "../bookings/booking-change.js";
import { CALCOM_SIGNATURE_HEADER } from "../bookings/calcom.js";
import { CALENDLY_SIGNATURE_HEADER } from "../bookings/calendly.js";
import { receiveBookingWebhook } from "../bookings/receive-booking.js";
import { leadStatuses } from "../leads/lead-values.js";
import { isJsonMediaType, unsupportedMediaType } from "../lib/json-content-type.js";
import { bodyLimitFor, readRequestBody } from "../lib/request-body.js";
import { apiRoutes } from "../openapi/api-routes.js";
import { described, errorWith, json } from "../openapi/openapi-parts.js";

// The booking providers call these (interfaces.md, "Booking webhooks"). The body is read raw,
// within the size limit, because the signature covers its exact bytes: the declarations
// describe it but validate nothing (a route validator would parse it before the signature).

const outcome = z.object({
  matched: z.boolean().meta({
    description: "false when the booking names no lead of this clinic (answered 200 so the provider does not retry)",
  }),
  duplicate: z.literal(true).optional().meta({ description: "this delivery was applied before; nothing changed" }),
  ignored: z.string().optional().meta({ description: "an event that is not a booking change (e.g. Cal.com's PING)" }),
  leadId: z.string().optional(),
  status: z.enum(leadStatuses).optional(),
  appointmentAt: z.iso.datetime().nullable().optional(),
});

function bookingWebhook(
  provider: BookingProviderName,
  summary: string,
  signature: { name: string; description: string },
) {
  return createRoute({
    method: "post",
    path: `/api/bookings/${provider}/{clinic}`,
    summary,
    parameters: [
      described("clinic", "path", { description: "The clinic's slug" }),
      described(signature.name, "header", { required: true, description: signature.description }),
    ],
    request: { body: { required: true, content: json({ type: "object" as const }) } },
    responses: {
      200: { description: "Applied, duplicate, unmatched or ignored", content: json(outcome) },
      400: errorWith("A signed body that is not the provider's documented shape"),
      401: errorWith("Missing, stale or wrong signature, or the clinic has no booking secret; nothing changed"),
      404: errorWith("No such clinic, or the clinic does not use this provider"),
      413: errorWith("Body over 256 KB"),
      415: errorWith("Body not declared as JSON"),
    },
  });
}

const calcom = bookingWebhook(
  "calcom",
  "Cal.com booking webhook (BOOKING_CREATED, BOOKING_RESCHEDULED, BOOKING_CANCELLED); the lead is payload.metadata.lead, else the attendee's email",
  { name: CALCOM_SIGNATURE_HEADER, description: "hex HMAC-SHA256 of the raw body with the clinic's booking secret" },
);

const calendly = bookingWebhook(
  "calendly",
  "Calendly booking webhook (invitee.created, invitee.canceled); the lead is payload.tracking.utm_content, else payload.email",
  {
    name: CALENDLY_SIGNATURE_HEADER,
    description:
      't=<unix seconds>,v1=<hex HMAC-SHA256 of "t.<raw body>"> with the signing key; older than 5 minutes is refused',
  },
);

async function receive(c: Context<AppEnv>, provider: BookingProviderName) {
  const deps = c.get("deps");
  if (!isJsonMediaType(c.req.header("content-type"))) throw unsupportedMediaType();
  const read = deps.readBody ?? readRequestBody;
  const rawBody = await read(c.req.raw, c.env, bodyLimitFor(c.req.path));
  const outcome = await receiveBookingWebhook(deps, {
    provider,
    clinicSlug: c.req.param("clinic") ?? "",
    rawBody,
    headers: c.req.raw.headers,
  });
  return c.json(outcome, 200);
}

export const bookingRoutes = apiRoutes()
  .openapi(calcom, (c) => receive(c, "calcom"))
  .openapi(calendly, (c) => receive(c, "calendly"));
