import { z } from "zod";
import { SESSION_COOKIE } from "../staff/sessions.js";
import { intakeSchema, RULESET_VERSION } from "../triage/index.js";
import { bookingWebhookPaths } from "./booking-paths.js";
import { errorEnvelope, errors, json, visitorToken } from "./openapi-parts.js";
import { staffApiPaths } from "./staff-paths.js";

// The published API description (GET /openapi.json). Intake schema comes from the same zod
// schema the engine validates with, so the document cannot drift from the code.

const disposition = {
  type: "object",
  required: ["level", "action", "careSetting", "complete", "missing", "reasons", "safetyNet", "rulesetVersion"],
  properties: {
    level: { enum: ["emergency", "urgent", "routine", "self_care"] },
    action: {
      enum: [
        "call_emergency_services",
        "go_to_emergency_department",
        "urgent_care_today",
        "see_doctor_within_24h",
        "see_doctor_soon",
        "book_pt_assessment",
        "self_care",
      ],
    },
    careSetting: {
      enum: [
        "emergency_services",
        "emergency_department",
        "urgent_care",
        "physician",
        "physical_therapist",
        "self_care",
      ],
    },
    complete: { type: "boolean" },
    missing: { type: "array", items: { type: "string" } },
    reasons: {
      type: "array",
      items: {
        type: "object",
        properties: {
          rule: { type: "string" },
          level: { type: "string" },
          summary: { type: "string" },
          facts: { type: "object" },
        },
      },
    },
    safetyNet: { type: "array", items: { type: "string" } },
    rulesetVersion: { type: "string", example: RULESET_VERSION },
  },
};

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "knee-triage API",
      version: RULESET_VERSION,
      description: `Knee-pain triage chat for physical-therapy clinics. Clinical decisions come from a deterministic rules engine (ruleset ${RULESET_VERSION}). Request bodies are JSON: a body sent with any other content type is refused with 415.`,
    },
    servers: [{ url: serverUrl }],
    components: {
      schemas: {
        Error: errorEnvelope,
        Intake: z.toJSONSchema(intakeSchema, { target: "openapi-3.0" }),
        Disposition: disposition,
      },
      securitySchemes: { staffSession: { type: "apiKey", in: "cookie", name: SESSION_COOKIE } },
    },
    paths: {
      "/healthz": {
        get: {
          summary: "Liveness",
          responses: {
            "200": { description: "ok", content: json({ type: "object", properties: { status: { const: "ok" } } }) },
          },
        },
      },
      "/api/triage": {
        post: {
          summary: "Evaluate an intake (stateless; stores nothing)",
          requestBody: { required: true, content: json({ $ref: "#/components/schemas/Intake" }) },
          responses: {
            "200": { description: "Disposition", content: json({ $ref: "#/components/schemas/Disposition" }) },
            ...errors(400, 413, 415),
          },
        },
      },
      "/api/chat": {
        post: {
          summary: "One chat turn as an AI SDK UI message stream (SSE, header x-vercel-ai-ui-message-stream: v1)",
          description:
            "Body as DefaultChatTransport sends it. The first request for a new id creates the conversation; the start chunk's messageMetadata carries conversationId and visitorToken. Later requests need x-visitor-token. Parts: data-question, data-triage, data-summary, data-cta, data-emergency, tool-record_intake, source-url.",
          parameters: [{ ...visitorToken, required: false }],
          requestBody: {
            required: true,
            content: json({
              type: "object",
              required: ["id", "messages"],
              properties: {
                id: { type: "string" },
                messages: { type: "array" },
                clinic: { type: "string", default: "demo" },
              },
            }),
          },
          responses: {
            "200": { description: "text/event-stream of UI message chunks" },
            ...errors(400, 403, 404, 409, 413, 415, 429),
          },
        },
      },
      "/api/conversations/{id}": {
        get: {
          summary: "The visitor's own conversation",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }, visitorToken],
          responses: {
            "200": {
              description:
                "Conversation with messages, intake, disposition and lead ({ intent, bookingUrl? } once the visitor sent their details, else null)",
            },
            ...errors(403, 404),
          },
        },
        delete: {
          summary: "Erase the visitor's conversation and everything attached to it",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }, visitorToken],
          responses: { "200": { description: "Deleted" }, ...errors(403, 404) },
        },
      },
      "/api/leads": {
        post: {
          summary:
            "The visitor asks to be contacted: to book (default) or, after an urgent disposition, to be called back today",
          description:
            'One lead per conversation (a second answers 409). intent "callback" is accepted only while the conversation\'s disposition is urgent (400, field "intent", otherwise; never after an emergency) and needs a phone number. The phone number is read in the clinic\'s country (its locale) or with a leading + and stored in E.164; one that cannot be a number answers 400 with field "phone" and a message for the visitor. Email or phone is required.',
          parameters: [visitorToken],
          requestBody: {
            required: true,
            content: json({
              type: "object",
              required: ["conversationId", "name", "consent"],
              additionalProperties: false,
              properties: {
                conversationId: { type: "string" },
                intent: { enum: ["book", "callback"], default: "book" },
                name: { type: "string", maxLength: 120 },
                email: { type: "string", format: "email" },
                phone: { type: "string", maxLength: 40, examples: ["(555) 010-2233", "+44 20 7946 0958"] },
                preferredTime: { type: "string", maxLength: 120 },
                consent: { const: true },
              },
            }),
          },
          responses: {
            "201": {
              description: "Lead created",
              content: json({
                type: "object",
                required: ["leadId", "id", "status", "intent"],
                properties: {
                  leadId: { type: "string" },
                  bookingUrl: {
                    type: "string",
                    format: "uri",
                    description:
                      "The clinic's booking page prefilled with name and email and carrying the opaque lead reference (Cal.com metadata[lead], Calendly utm_content); only for intent book when the clinic has a booking URL",
                  },
                  id: { type: "string", description: "Same as leadId (kept for older clients)" },
                  status: { const: "new" },
                  intent: { enum: ["book", "callback"] },
                },
              }),
            },
            ...errors(400, 403, 404, 409, 415, 429),
          },
        },
      },
      "/api/knowledge/search": {
        get: {
          summary: "Search the clinic's curated articles",
          parameters: [
            { name: "q", in: "query", required: true, schema: { type: "string", maxLength: 500 } },
            {
              name: "k",
              in: "query",
              required: false,
              schema: { type: "integer", minimum: 1, maximum: 10, default: 3 },
            },
          ],
          responses: {
            "200": {
              description: "Passages, best first",
              content: json({
                type: "object",
                properties: {
                  results: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: {
                        articleId: { type: "string" },
                        title: { type: "string" },
                        section: { type: "string" },
                        text: { type: "string" },
                        url: { type: "string" },
                        score: { type: "number" },
                      },
                    },
                  },
                },
              }),
            },
            ...errors(400),
          },
        },
      },
      "/knowledge/{id}": {
        get: {
          summary: "An article as a readable page (the target of citations)",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "HTML" }, "404": { description: "Unknown article" } },
        },
      },
      "/widget.js": {
        get: {
          summary: 'The embed loader: <script src=".../widget.js" data-clinic="SLUG" async></script>',
          responses: { "200": { description: "JavaScript" } },
        },
      },
      ...staffApiPaths,
      ...bookingWebhookPaths,
      "/api/events": {
        post: {
          summary:
            'A widget funnel event, or the visitor\'s "Was this helpful?" (type feedback, with conversationId, helpful and header x-visitor-token)',
          requestBody: {
            required: true,
            content: json({
              type: "object",
              required: ["clinic", "type"],
              properties: {
                clinic: { type: "string" },
                type: { enum: ["widget_opened", "lead_form_opened", "cta_clicked", "feedback"] },
                action: { type: "string" },
                conversationId: { type: "string" },
                helpful: { type: "boolean" },
              },
            }),
          },
          responses: { "204": { description: "Recorded" }, ...errors(400, 403, 404, 415) },
        },
      },
      "/widget/config": {
        get: {
          summary:
            "The launcher's look from the clinic's Settings (name, brand colour, corner, words, logo); public, cached for a minute",
          parameters: [{ name: "clinic", in: "query", required: true, schema: { type: "string" } }],
          responses: {
            "200": {
              description: "Launcher settings",
              content: json({
                type: "object",
                properties: {
                  name: { type: "string" },
                  brand: { type: "string" },
                  position: { enum: ["bottom-right", "bottom-left"] },
                  label: { type: "string" },
                  logoUrl: { type: ["string", "null"] },
                },
              }),
            },
            ...errors(404),
          },
        },
      },
      "/widget/frame": {
        get: {
          summary: "The chat app, framed by the loader (frame-ancestors: the clinic's allowed origins)",
          parameters: [{ name: "clinic", in: "query", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "HTML" }, "404": { description: "Unknown clinic" } },
        },
      },
      "/knowledge": { get: { summary: "The list of articles", responses: { "200": { description: "HTML" } } } },
      "/": {
        get: { summary: "The demo clinic's page, embedding the widget", responses: { "200": { description: "HTML" } } },
      },
      "/follow-up/{token}": {
        get: {
          summary:
            'The visitor\'s one-use follow-up page from the follow-up email ("Did you get seen? Where?"); 410 when used or expired (30 days), 404 when unknown',
          parameters: [{ name: "token", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": { description: "HTML form" },
            "404": { description: "Unknown link (HTML)" },
            "410": { description: "Used or expired link (HTML)" },
          },
        },
        post: {
          summary: "Record the follow-up answer once (form fields seen = yes|no|not_yet, place, where)",
          parameters: [{ name: "token", in: "path", required: true, schema: { type: "string" } }],
          requestBody: {
            content: {
              "application/x-www-form-urlencoded": {
                schema: {
                  type: "object",
                  required: ["seen"],
                  properties: {
                    seen: { enum: ["yes", "no", "not_yet"] },
                    place: { enum: ["emergency_department", "urgent_care", "doctor", "physical_therapist", "other"] },
                    where: { type: "string", maxLength: 200 },
                  },
                },
              },
            },
          },
          responses: {
            "200": { description: "Thank-you page" },
            "400": { description: "The form again, with the problem" },
            "404": { description: "Unknown link" },
            "410": { description: "Used or expired link" },
          },
        },
      },
      "/staff": { get: { summary: "The staff dashboard (HTML)", responses: { "200": { description: "HTML" } } } },
      "/openapi.json": { get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1" } } } },
      "/docs": { get: { summary: "Human-readable API documentation", responses: { "200": { description: "HTML" } } } },
    },
  };
}
