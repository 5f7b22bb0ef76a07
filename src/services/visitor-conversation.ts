import type { AppDeps } from "../app-deps.js";
import { bookingLinkFor } from "../bookings/booking-link.js";
import { acquireConversationLock } from "../chat/turn/conversation-lock.js";
import { currentDisposition } from "../chat/interview/current-disposition.js";
import { assertVisitorToken } from "../chat/turn/open-conversation.js";
import { deleteConversation, findConversation, listMessages, type ConversationRow } from "../db/conversations.js";
import { findLeadForConversation } from "../db/leads.js";
import { AppError } from "../lib/errors.js";
import { findClinicRow } from "../staff/clinic-settings.js";

// The visitor's own conversation, proven by its token: read back (to resume) or erased.

async function ownedConversation(
  deps: AppDeps,
  id: string,
  visitorToken: string | undefined,
): Promise<ConversationRow> {
  const conversation = await findConversation(deps.db, id);
  if (!conversation) throw new AppError("not_found", "No such conversation.");
  await assertVisitorToken(conversation, visitorToken);
  return conversation;
}

export async function readOwnConversation(deps: AppDeps, id: string, visitorToken: string | undefined) {
  const conversation = await ownedConversation(deps, id, visitorToken);
  const clinic = await findClinicRow(deps.db, conversation.clinicId);
  const lead = await findLeadForConversation(deps.db, conversation.id);
  // What the widget needs to show "Request sent ✓" (and the booking link) after a reload.
  const bookingUrl =
    clinic && lead?.intent === "book" && lead.leadRef
      ? bookingLinkFor(clinic, { leadRef: lead.leadRef, name: lead.name, email: lead.email })
      : undefined;
  return {
    id: conversation.id,
    clinic: clinic?.slug,
    createdAt: new Date(conversation.createdAt).toISOString(),
    messages: await listMessages(deps.db, conversation.id),
    intake: JSON.parse(conversation.intake) as unknown,
    disposition: currentDisposition(conversation),
    lead: lead ? { intent: lead.intent, ...(bookingUrl ? { bookingUrl } : {}) } : null,
  };
}

/**
 * Erase the conversation. Under the chat's lock: a turn already under way finishes (and is
 * then deleted with the rest) before the delete runs, and turns after it find the tombstone.
 */
export async function deleteOwnConversation(
  deps: AppDeps,
  id: string,
  visitorToken: string | undefined,
): Promise<{ deleted: true; id: string }> {
  const release = await acquireConversationLock(id);
  try {
    const conversation = await ownedConversation(deps, id, visitorToken);
    await deleteConversation(deps.db, conversation.id, conversation.clinicId, deps.now?.() ?? Date.now());
    return { deleted: true, id: conversation.id };
  } finally {
    release();
  }
}
