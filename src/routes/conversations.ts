import { Hono } from "hono";
import type { AppEnv } from "../app-deps.js";
import { currentDisposition } from "../chat/current-disposition.js";
import { acquireConversationLock } from "../chat/conversation-lock.js";
import { assertVisitorToken } from "../chat/open-conversation.js";
import { bookingLinkFor } from "../bookings/booking-link.js";
import { deleteConversation, findConversation, listMessages } from "../db/conversations.js";
import { findLeadForConversation } from "../db/leads.js";
import { findClinicRow } from "../staff/clinic-settings.js";
import { AppError } from "../lib/errors.js";

// The visitor's own conversation: read it back (to resume) or erase all of it.

async function ownedConversation(c: { get(key: "deps"): AppEnv["Variables"]["deps"]; req: { param(name: "id"): string; header(name: string): string | undefined } }) {
  const { db } = c.get("deps");
  const conversation = await findConversation(db, c.req.param("id"));
  if (!conversation) throw new AppError("not_found", "No such conversation.");
  await assertVisitorToken(conversation, c.req.header("x-visitor-token"));
  return conversation;
}

export const conversationRoutes = new Hono<AppEnv>()
  .get("/api/conversations/:id", async (c) => {
    const conversation = await ownedConversation(c);
    const { db } = c.get("deps");
    const clinic = await findClinicRow(db, conversation.clinicId);
    const lead = await findLeadForConversation(db, conversation.id);
    // What the widget needs to show "Request sent ✓" (and the booking link) after a reload.
    const bookingUrl = clinic && lead?.intent === "book" && lead.leadRef ? bookingLinkFor(clinic, { leadRef: lead.leadRef, name: lead.name, email: lead.email }) : undefined;
    return c.json({
      id: conversation.id,
      clinic: clinic?.slug,
      createdAt: new Date(conversation.createdAt).toISOString(),
      messages: await listMessages(db, conversation.id),
      intake: JSON.parse(conversation.intake) as unknown,
      disposition: currentDisposition(conversation),
      lead: lead ? { intent: lead.intent, ...(bookingUrl ? { bookingUrl } : {}) } : null,
    });
  })
  .delete("/api/conversations/:id", async (c) => {
    // The chat's lock: a turn already under way finishes (and is then deleted with the rest)
    // before the delete runs, and turns after it find the tombstone.
    const release = await acquireConversationLock(c.req.param("id"));
    try {
      const conversation = await ownedConversation(c);
      const { db, now } = c.get("deps");
      await deleteConversation(db, conversation.id, conversation.clinicId, now?.() ?? Date.now());
      return c.json({ deleted: true, id: conversation.id });
    } finally {
      release();
    }
  });
