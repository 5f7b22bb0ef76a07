import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { CLINIC_SLUG } from "../lib/clinic-slug.js";
import { apiRoutes, jsonBody, rejectInvalid } from "../openapi/api-routes.js";
import { errors, json, visitorToken } from "../openapi/openapi-parts.js";
import { recordWidgetEvent } from "../services/record-widget-event.js";
import { FEEDBACK_EVENT } from "../staff/feedback.js";

// POST /api/events: funnel events the widget reports (it opened, the form was shown...) and
// the visitor's "Was this helpful?". Only a short list of types is accepted, so the table
// cannot be filled with arbitrary data; feedback must name the visitor's own conversation.

export const WIDGET_EVENT_TYPES = ["widget_opened", "lead_form_opened", "cta_clicked", FEEDBACK_EVENT] as const;
const CTA_KINDS = [
  "call_emergency",
  "find_urgent_care",
  "call_clinic",
  "request_callback",
  "book_assessment",
  "discovery_call",
  "self_care_plan",
] as const;

const eventSchema = z
  .strictObject({
    clinic: z.string().regex(CLINIC_SLUG, "not a clinic slug"),
    type: z.enum(WIDGET_EVENT_TYPES),
    /** Which call to action, for cta_clicked. */
    action: z.enum(CTA_KINDS).optional(),
    /** For feedback: the conversation (with header x-visitor-token) and the answer. */
    conversationId: z.string().min(1).max(100).optional(),
    helpful: z.boolean().optional(),
  })
  .superRefine((event, context) => {
    if (event.type !== FEEDBACK_EVENT) return;
    if (event.conversationId === undefined)
      context.addIssue({ code: "custom", path: ["conversationId"], message: "feedback needs the conversation" });
    if (event.helpful === undefined)
      context.addIssue({ code: "custom", path: ["helpful"], message: "feedback needs helpful: true or false" });
  });

const recordEvent = createRoute({
  method: "post",
  path: "/api/events",
  summary:
    'A widget funnel event, or the visitor\'s "Was this helpful?" (type feedback, with conversationId, helpful and header x-visitor-token)',
  middleware: [jsonBody] as const,
  parameters: [visitorToken(false)],
  request: { body: { required: true, content: json(eventSchema) } },
  responses: { 204: { description: "Recorded" }, ...errors(400, 403, 404, 415, 429) },
});

export const eventRoutes = apiRoutes().openapi(
  recordEvent,
  async (c) => {
    await recordWidgetEvent(c.get("deps"), c.req.valid("json"), c.req.header("x-visitor-token"));
    return c.body(null, 204);
  },
  // Its refusals have always called the body an event ("Invalid event: ...").
  rejectInvalid("event"),
);
