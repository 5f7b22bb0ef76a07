import type { BrainContext } from "./brain.js";
import type { ConversationState } from "./conversation-state.js";
import { callsToAction, dispositionText } from "./disposition-card.js";
import { interpretReply, type Interpretation } from "./guided/interpret-reply.js";
import type { SnapshotRecord } from "./turn-session.js";

// What both brains do with a visitor's reply before anything else, and how both end the
// interview: the same code, so a model can neither skip a recorded fact nor word the card.

export interface RecordedReply {
  reply: Interpretation;
  /** Snapshots this reply produced (empty when nothing new was understood). */
  snapshots: SnapshotRecord[];
}

/**
 * Record button taps, structured answers and the facts the deterministic extractor reads in
 * the visitor's words (spec §7).
 */
export function recordVisitorReply(context: BrainContext, state: ConversationState): RecordedReply {
  const { session } = context;
  const reply = interpretReply({ text: context.text, structured: context.structured, pending: state.pending, now: context.now });
  if (reply.unsureAboutChecklist && state.pending) {
    const unanswered = state.pending.fields.filter((field) => session.intake[field] === undefined);
    state.askSingly = [...new Set([...state.askSingly, ...unanswered])];
  }
  const before = session.snapshots.length;
  // Through the session, the same guard the record_intake tool uses; one re-evaluation for both.
  session.recordAll([
    ...(Object.keys(reply.chosen).length > 0 ? [{ answers: reply.chosen, source: "structured" as const }] : []),
    ...(Object.keys(reply.extraction.answers).length > 0
      ? [{ answers: reply.extraction.answers, source: "free_text" as const, evidence: reply.extraction.evidence }]
      : []),
  ]);
  return { reply, snapshots: session.snapshots.slice(before) };
}

/** The end of the interview: the engine's disposition, worded by code, with the clinic's calls to action. */
export function showDisposition(context: BrainContext, state: ConversationState): void {
  const { session } = context;
  session.emitTriageIfChanged();
  session.writer.text(dispositionText(session.disposition, session.clinic));
  session.writer.data("cta", { actions: callsToAction(session.disposition, session.clinic) }, "cta");
  if (state.phase !== "done") session.events.push({ type: "disposition_reached", data: { level: session.disposition.level } });
  state.phase = "done";
  state.pending = undefined;
}
