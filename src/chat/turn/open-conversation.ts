import type { AppDeps } from "../../app-deps.js";
import type { ClinicSettings } from "../../db/clinics.js";
import {
  findConversation,
  insertConversation,
  removeConversation,
  wasDeleted,
  type ConversationRow,
} from "../../db/conversations.js";
import { AppError } from "../../lib/errors.js";
import { constantTimeEqual, randomToken, sha256Hex } from "../../lib/tokens.js";

export interface OpenedConversation {
  conversation: ConversationRow;
  isNew: boolean;
  /** Only on creation: the visitor keeps it and sends it as x-visitor-token. */
  visitorToken?: string;
}

/** Check the visitor's token against a stored conversation: 403 when missing or wrong. */
export async function assertVisitorToken(conversation: ConversationRow, token: string | undefined): Promise<void> {
  if (!token) throw new AppError("forbidden", "This conversation needs its visitor token (header x-visitor-token).");
  if (!constantTimeEqual(await sha256Hex(token), conversation.visitorTokenHash)) {
    throw new AppError("forbidden", "The visitor token does not match this conversation.");
  }
}

/** 404, as for any conversation that is not there: the widget then offers a new chat. */
function deletedConversation(): AppError {
  return new AppError("not_found", "This conversation was deleted. Start a new chat to continue.");
}

/**
 * The first request for a new id creates the conversation; later ones must carry its token.
 * The id of a conversation its visitor deleted is never created again.
 */
export async function openConversation(input: {
  deps: AppDeps;
  id: string;
  clinic: ClinicSettings;
  visitorToken: string | undefined;
  brain: string;
}): Promise<OpenedConversation> {
  const { db } = input.deps;
  const existing = await findConversation(db, input.id);
  if (existing) {
    await assertVisitorToken(existing, input.visitorToken);
    if (existing.clinicId !== input.clinic.id)
      throw new AppError("forbidden", "This conversation belongs to another clinic.");
    return { conversation: existing, isNew: false };
  }
  const visitorToken = randomToken();
  const now = input.deps.now?.() ?? Date.now();
  await insertConversation(db, {
    id: input.id,
    clinicId: input.clinic.id,
    visitorTokenHash: await sha256Hex(visitorToken),
    brain: input.brain,
    now,
  });
  // Checked after the insert, not before: a delete of this id landing between a check and the
  // insert (another Worker isolate; in one process the conversation lock orders them) would
  // otherwise go unseen. The tombstone and the delete are one write, so either order ends here.
  if (await wasDeleted(db, input.id)) {
    await removeConversation(db, input.id);
    throw deletedConversation();
  }
  const created = await findConversation(db, input.id);
  if (!created) throw new Error(`Conversation ${input.id} was not created`);
  return { conversation: created, isNew: true, visitorToken };
}
