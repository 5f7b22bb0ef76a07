import type { AppDeps } from "../app-deps.js";
import { bookingLinkFor } from "../bookings/booking-link.js";
import { currentDisposition } from "../chat/interview/current-disposition.js";
import { parseState } from "../chat/interview/conversation-state.js";
import { assertVisitorToken } from "../chat/turn/open-conversation.js";
import { alertStatement } from "../db/alerts.js";
import { findConversation, visitorTexts } from "../db/conversations.js";
import { newId } from "../db/database.js";
import { findLeadForConversation, insertLead, type LeadIntent } from "../db/leads.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { AppError } from "../lib/errors.js";
import { randomToken } from "../lib/tokens.js";
import { findClinicRow } from "../staff/clinic-settings.js";
import { fitFor, intakeSummary } from "../staff/lead-fit.js";
import { enqueueWebhookStatement } from "../webhooks/outbox.js";
import { normalizePhone } from "../leads/phone-number.js";
import { oneLine } from "../alerts/alert-email.js";
import { openingWords } from "../chat/interview/patient.js";

// A visitor's request to be contacted (POST /api/leads): `book` (an appointment, the default)
// or `callback` (an urgent visitor asks the clinic to call today). The lead, its event, the
// clinic's lead.created webhook and the staff alert land in one write; the database keeps one
// lead per conversation, so concurrent posts give one lead and the rest a 409.

export interface LeadInput {
  conversationId: string;
  intent: LeadIntent;
  name: string;
  email?: string;
  phone?: string;
  preferredTime?: string;
  /** The patient's name when the visitor asks for someone else. */
  patientName?: string;
}

export interface CreatedLead {
  leadId: string;
  leadRef: string;
  intent: LeadIntent;
  /** The provider's page prefilled with name, email and the lead reference; absent without a booking URL. */
  bookingUrl?: string;
}

export interface LeadRequestContext {
  visitorToken: string | undefined;
  /** Counts a request against the address's lead limit (throws 429); called only once the request is one we would act on. */
  chargeRateLimit(): Promise<void>;
}

const alreadySent = () =>
  new AppError("conflict", "The clinic already has your details for this conversation; they will be in touch.");

export async function createLead(deps: AppDeps, input: LeadInput, context: LeadRequestContext): Promise<CreatedLead> {
  const conversation = await findConversation(deps.db, input.conversationId);
  if (!conversation) {
    // Guessing conversation ids or tokens uses up the limit; correcting a form does not.
    await context.chargeRateLimit();
    throw new AppError("not_found", "No such conversation.");
  }
  try {
    await assertVisitorToken(conversation, context.visitorToken);
  } catch (error) {
    await context.chargeRateLimit();
    throw error;
  }
  if (await findLeadForConversation(deps.db, conversation.id)) throw alreadySent();
  const clinic = await findClinicRow(deps.db, conversation.clinicId);
  if (!clinic) throw new AppError("not_found", "No such clinic.");

  let phone: string | undefined;
  if (input.phone) {
    const checked = normalizePhone(input.phone, clinic.locale);
    if (!checked.ok) throw new AppError("validation_failed", checked.message, { field: "phone" });
    phone = checked.e164;
  }
  const disposition = currentDisposition(conversation);
  if (input.intent === "callback") assertCallbackOffered(disposition.level, clinic.emergencyNumber);
  await context.chargeRateLimit();

  const now = deps.now?.() ?? Date.now();
  const contact = {
    name: input.name,
    email: input.email ?? null,
    phone: phone ?? null,
    preferredTime: input.preferredTime ?? null,
  };
  // The visitor is the contact; the patient may be their child or someone they care for.
  const patient = parseState(conversation.state).patient ?? "self";
  const about = { patient, patientName: patient === "self" ? null : (input.patientName ?? null) };
  const words = openingWords(await visitorTexts(deps.db, conversation.id));
  const leadData = {
    conversationId: conversation.id,
    ...contact,
    intent: input.intent,
    ...about,
    visitorWords: words ? oneLine(words, 200) : null,
    level: conversation.level,
    fit: fitFor(conversation),
    intakeSummary: intakeSummary(JSON.parse(conversation.intake) as Record<string, unknown>, disposition),
  };
  const leadId = newId();
  // 16 random bytes, base64url: unguessable, and safe in a query string as it is.
  const leadRef = randomToken(16);
  try {
    await insertLead(deps.db, { id: leadId, clinicId: clinic.id, ...leadData, leadRef, now }, [
      enqueueWebhookStatement(deps.db, {
        clinicId: clinic.id,
        clinicSlug: clinic.slug,
        type: "lead.created",
        now,
        data: {
          leadId,
          ...leadData,
          dashboardUrl: `${deps.config.publicOrigin}/staff/conversations/${encodeURIComponent(conversation.id)}`,
        },
      }),
      alertStatement(deps.db, {
        clinicId: clinic.id,
        kind: input.intent === "callback" ? "callback" : "lead",
        conversationId: conversation.id,
        leadId,
        now,
      }),
    ]);
  } catch (error) {
    // Another post for this conversation won the race: the unique index decided.
    if (isUniqueViolation(error)) throw alreadySent();
    throw error;
  }
  deps.alertDelivery?.deliverSoon();
  const bookingUrl =
    input.intent === "book"
      ? bookingLinkFor(clinic, { leadRef, name: input.name, email: input.email ?? null })
      : undefined;
  return { leadId, leadRef, intent: input.intent, ...(bookingUrl ? { bookingUrl } : {}) };
}

/**
 * A call-back today is the clinic's answer to an urgent disposition (interfaces.md). Not after
 * an emergency: the visitor must call emergency services now, not wait for the clinic to ring,
 * and the emergency card stays the only step. Not for routine or self-care advice either:
 * those visitors book (intent "book") and the front desk's "call today" list stays short.
 */
function assertCallbackOffered(level: string, emergencyNumber: string): void {
  if (level === "urgent") return;
  const message =
    level === "emergency"
      ? `A call back is not offered after emergency advice: please call ${emergencyNumber} now.`
      : 'A call back today is offered only when the advice is to get care today; ask the clinic to contact you instead (intent "book").';
  throw new AppError("validation_failed", message, { field: "intent" });
}
