// The booking providers' webhooks in the API description (the provider calls these; see the
// README's "Bookings" section for setting them up).

const clinicParameter = {
  name: "clinic",
  in: "path",
  required: true,
  description: "The clinic's slug",
  schema: { type: "string" },
};

const outcome = {
  type: "object",
  required: ["matched"],
  properties: {
    matched: {
      type: "boolean",
      description: "false when the booking names no lead of this clinic (answered 200 so the provider does not retry)",
    },
    duplicate: { const: true, description: "this delivery was applied before; nothing changed" },
    ignored: { type: "string", description: "an event that is not a booking change (e.g. Cal.com's PING)" },
    leadId: { type: "string" },
    status: { enum: ["new", "contacted", "booked", "attended", "closed"] },
    appointmentAt: { type: ["string", "null"], format: "date-time" },
  },
};

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

function bookingWebhook(summary: string, signatureHeader: { name: string; description: string }) {
  return {
    post: {
      summary,
      parameters: [
        clinicParameter,
        {
          name: signatureHeader.name,
          in: "header",
          required: true,
          description: signatureHeader.description,
          schema: { type: "string" },
        },
      ],
      requestBody: { required: true, content: { "application/json": { schema: { type: "object" } } } },
      responses: {
        "200": {
          description: "Applied, duplicate, unmatched or ignored",
          content: { "application/json": { schema: outcome } },
        },
        "400": errorResponse("A signed body that is not the provider's documented shape"),
        "401": errorResponse("Missing, stale or wrong signature, or the clinic has no booking secret; nothing changed"),
        "404": errorResponse("No such clinic, or the clinic does not use this provider"),
        "413": errorResponse("Body over 256 KB"),
        "415": errorResponse("Body not declared as JSON"),
      },
    },
  };
}

export const bookingWebhookPaths = {
  "/api/bookings/calcom/{clinic}": bookingWebhook(
    "Cal.com booking webhook (BOOKING_CREATED, BOOKING_RESCHEDULED, BOOKING_CANCELLED); the lead is payload.metadata.lead, else the attendee's email",
    {
      name: "x-cal-signature-256",
      description: "hex HMAC-SHA256 of the raw body with the clinic's booking secret",
    },
  ),
  "/api/bookings/calendly/{clinic}": bookingWebhook(
    "Calendly booking webhook (invitee.created, invitee.canceled); the lead is payload.tracking.utm_content, else payload.email",
    {
      name: "Calendly-Webhook-Signature",
      description:
        't=<unix seconds>,v1=<hex HMAC-SHA256 of "t.<raw body>"> with the signing key; older than 5 minutes is refused',
    },
  ),
};
