import type { AppDeps } from "../app-deps.js";
import type { ClinicSettings } from "../db/clinics.js";
import { findConversation, insertConversation, type ConversationRow } from "../db/conversations.js";
import { AppError } from "../lib/errors.js";
import { constantTimeEqual, randomToken, sha256Hex } from "../lib/tokens.js";

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

/** The first request for a new id creates the conversation; later ones must carry its token. */
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
    if (existing.clinicId !== input.clinic.id) throw new AppError("forbidden", "This conversation belongs to another clinic.");
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
  const created = await findConversation(db, input.id);
  if (!created) throw new Error(`Conversation ${input.id} was not created`);
  return { conversation: created, isNew: true, visitorToken };
}
