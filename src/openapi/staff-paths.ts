import { errors, json } from "./openapi-parts.js";

// The staff API in the published description: signed in with the staff session cookie.

export const staffApiPaths = {
  "/api/staff/login": {
    post: {
      summary: "Staff login (sets the session cookie)",
      requestBody: {
        content: json({ type: "object", properties: { email: { type: "string" }, password: { type: "string" } } }),
      },
      responses: { "200": { description: "Logged in" }, ...errors(400, 401, 415, 429) },
    },
  },
  "/api/staff/logout": {
    post: {
      summary: "Staff logout",
      security: [{ staffSession: [] }],
      responses: { "200": { description: "Logged out" } },
    },
  },
  "/api/staff/conversations": {
    get: {
      summary: "Conversations of the staff member's clinic (filters: level, leadStatus, redFlag, from, to, q; page)",
      security: [{ staffSession: [] }],
      responses: { "200": { description: "Page of conversations" }, ...errors(401) },
    },
  },
  "/api/staff/conversations/{id}": {
    get: {
      summary: "One conversation with transcript, intake and disposition",
      security: [{ staffSession: [] }],
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      responses: { "200": { description: "Conversation" }, ...errors(401, 404) },
    },
  },
  "/api/staff/leads": {
    get: {
      summary: "Leads of the staff member's clinic",
      security: [{ staffSession: [] }],
      responses: { "200": { description: "Leads" }, ...errors(401) },
    },
  },
  "/api/staff/leads/{id}": {
    patch: {
      summary: "Move a lead through the pipeline or add notes (needs x-csrf-token)",
      security: [{ staffSession: [] }],
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      responses: { "200": { description: "Updated lead" }, ...errors(400, 401, 403, 404, 415) },
    },
  },
  "/api/staff/leads.csv": {
    get: {
      summary: "Leads as CSV (formula cells neutralised)",
      security: [{ staffSession: [] }],
      responses: { "200": { description: "text/csv" }, ...errors(401) },
    },
  },
  "/api/staff/me": {
    get: {
      summary: "The signed-in staff member and clinic",
      security: [{ staffSession: [] }],
      responses: { "200": { description: "Staff member" }, ...errors(401) },
    },
  },
  "/api/staff/conversations/{id}/review": {
    post: {
      summary: "Stamp an emergency or urgent conversation as reviewed by a clinician (needs x-csrf-token)",
      security: [{ staffSession: [] }],
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      responses: { "200": { description: "Reviewed" }, ...errors(401, 403, 404) },
    },
  },
  "/api/staff/conversations/{id}/transcript": {
    get: {
      summary: "A conversation's transcript (?format=text|json)",
      security: [{ staffSession: [] }],
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      responses: { "200": { description: "Transcript" }, ...errors(401, 404) },
    },
  },
  "/api/staff/alerts": {
    get: {
      summary:
        "Staff alerts (new lead, call-back request, emergency), newest first, with their email outcome; times ISO-8601 UTC",
      security: [{ staffSession: [] }],
      responses: {
        "200": {
          description: "Alerts",
          content: json({
            type: "object",
            properties: {
              alerts: {
                type: "array",
                items: {
                  type: "object",
                  required: ["id", "kind", "conversationId", "createdAt", "mailStatus"],
                  properties: {
                    id: { type: "string" },
                    kind: { enum: ["lead", "callback", "emergency"] },
                    leadId: { type: "string" },
                    conversationId: { type: ["string", "null"] },
                    createdAt: { type: "string", format: "date-time" },
                    mailStatus: { enum: ["pending", "mailed", "failed", "off"] },
                    mailedAt: { type: "string", format: "date-time" },
                    mailError: {
                      type: "string",
                      description: "A plain reason the email has not gone (retried with backoff while pending)",
                    },
                  },
                },
              },
            },
          }),
        },
        ...errors(401),
      },
    },
  },
  "/api/staff/funnel": {
    get: {
      summary: "Funnel figures: widget opened, conversation started, disposition reached, lead, booked",
      security: [{ staffSession: [] }],
      responses: { "200": { description: "Figures" }, ...errors(401) },
    },
  },
  "/api/staff/unanswered-questions": {
    get: {
      summary:
        "Questions the clinic's articles could not answer, grouped by wording (visitor's words, count, last asked), most asked first; ?from=&to= as for the funnel",
      security: [{ staffSession: [] }],
      responses: {
        "200": { description: "{ from, to, questions: [{ question, count, lastAskedAt }] }" },
        ...errors(400, 401),
      },
    },
  },
  "/api/staff/webhooks": {
    get: {
      summary:
        "Webhook deliveries (lead.created, lead.booked, lead.booking_cancelled, triage.emergency), HMAC-SHA256 signed",
      security: [{ staffSession: [] }],
      responses: { "200": { description: "Delivery log" }, ...errors(401) },
    },
  },
};
