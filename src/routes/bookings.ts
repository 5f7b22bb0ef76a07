import { Hono, type Context } from "hono";
import type { AppEnv } from "../app-deps.js";
import type { BookingProviderName } from "../bookings/booking-change.js";
import { receiveBookingWebhook } from "../bookings/receive-booking.js";
import { isJsonMediaType, unsupportedMediaType } from "../lib/json-content-type.js";
import { bodyLimitFor, readRequestBody } from "../lib/request-body.js";

// The booking providers call these (interfaces.md, "Booking webhooks"). The body is read raw,
// within the size limit, because the signature covers its exact bytes.

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

export const bookingRoutes = new Hono<AppEnv>()
  .post("/api/bookings/calcom/:clinic", (c) => receive(c, "calcom"))
  .post("/api/bookings/calendly/:clinic", (c) => receive(c, "calendly"));
