import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../app-deps.js";
import { findClinicBySlug } from "../db/clinics.js";
import { newId } from "../db/database.js";
import { events } from "../db/schema.js";
import { AppError } from "../lib/errors.js";
import { parseOrThrow, readJson } from "../lib/validate.js";

// POST /api/events: funnel events the widget reports (it opened, the form was shown...). Only
// a short list of types is accepted, so the table cannot be filled with arbitrary data.

export const WIDGET_EVENT_TYPES = ["widget_opened", "lead_form_opened", "cta_clicked"] as const;
const CTA_KINDS = ["call_emergency", "find_urgent_care", "call_clinic", "book_assessment", "discovery_call", "self_care_plan"] as const;

const eventSchema = z.strictObject({
  clinic: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "not a clinic slug"),
  type: z.enum(WIDGET_EVENT_TYPES),
  /** Which call to action, for cta_clicked. */
  action: z.enum(CTA_KINDS).optional(),
});

export const eventRoutes = new Hono<AppEnv>().post("/api/events", async (c) => {
  const { db, now } = c.get("deps");
  const event = parseOrThrow(eventSchema, await readJson(c), "event");
  const clinic = await findClinicBySlug(db, event.clinic);
  if (!clinic) throw new AppError("not_found", `No clinic called "${event.clinic}".`);
  const data = event.action ? JSON.stringify({ action: event.action }) : null;
  await db.insert(events).values({ id: newId(), clinicId: clinic.id, type: event.type, data, createdAt: now?.() ?? Date.now() });
  return c.body(null, 204);
});
