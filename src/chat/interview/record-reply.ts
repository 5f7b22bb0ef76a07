import { needsConfirmation } from "../../triage/free-text-gate.js";
import type { Intake, IntakeField } from "../../triage/index.js";
import type { ConversationState } from "./conversation-state.js";
import { interpretReply, type Interpretation } from "./interpret-reply.js";
import type { SnapshotRecord, TurnSession } from "../guard/turn-session.js";
import { patientChosen, patientOfStory, type Patient } from "./patient.js";

// "Reply first, then brain": the visitor's reply is read against the pending question and
// recorded once per turn, before either brain runs (design.md). A model that fails afterwards
// leaves a turn the guided brain finishes from the same state.

export interface RecordedReply {
  reply: Interpretation;
  /** Snapshots this reply produced (empty when nothing new was understood). */
  snapshots: SnapshotRecord[];
  /** Something was understood: a fact recorded, a fact to confirm, or "not sure about some". */
  understood: boolean;
  /** Fields whose recorded answer changed. */
  corrected: IntakeField[];
  /** This reply answered "about you or someone else?" and nothing more. */
  patientChosen?: Patient;
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/**
 * Facts awaiting confirmation that no longer close a branch are recorded as said (an onset
 * once "no injury" is confirmed); an injury held with its onset follows the onset.
 */
function settleConfirmations(session: TurnSession, state: ConversationState): void {
  const waiting = { ...state.toConfirm } as Record<string, unknown>;
  for (const field of Object.keys(waiting) as IntakeField[])
    if (session.intake[field] !== undefined) delete waiting[field];
  const onsetSettles =
    waiting.daysSinceOnset !== undefined &&
    !needsConfirmation("daysSinceOnset", waiting.daysSinceOnset, session.intake);
  const injuryHeldWithOnset = waiting.injury !== undefined && waiting.injury !== "no";
  const settled: Record<string, unknown> = {};
  if (onsetSettles) settled.daysSinceOnset = waiting.daysSinceOnset;
  if (injuryHeldWithOnset && (onsetSettles || waiting.daysSinceOnset === undefined)) settled.injury = waiting.injury;
  if (Object.keys(settled).length > 0) session.record(settled as Intake, "free_text");
  for (const field of Object.keys(settled)) delete waiting[field];
  state.toConfirm = Object.keys(waiting).length > 0 ? (waiting as Intake) : undefined;
}

export function recordReply(
  session: TurnSession,
  state: ConversationState,
  input: { text: string; structured: Record<string, unknown> | undefined; now: Date },
): RecordedReply {
  const pending = state.pending;
  if (state.phase === "opening" && state.patient === undefined) {
    const chosen = patientChosen(input.text);
    if (chosen) {
      state.patient = chosen;
      const reply = interpretReply({
        text: "",
        structured: undefined,
        pending: undefined,
        now: input.now,
        intake: session.intake,
      });
      return { reply, snapshots: [], understood: true, corrected: [], patientChosen: chosen };
    }
    // The opening story says whose knee it is ("my son hurt his knee").
    if (input.text.trim()) state.patient = patientOfStory(input.text);
  }
  const proposed: Record<string, unknown> = { ...state.toConfirm };
  const reply = interpretReply({
    text: input.text,
    structured: input.structured,
    pending,
    now: input.now,
    intake: session.intake,
    ...(state.patient ? { patient: state.patient } : {}),
  });
  const { extraction } = reply;
  if (reply.unsureAboutChecklist && pending) {
    const unanswered = pending.fields.filter((field) => session.intake[field] === undefined);
    state.askSingly = unique([...state.askSingly, ...unanswered]);
  }
  const before = session.snapshots.length;
  session.recordAll([
    ...(Object.keys(reply.chosen).length > 0 ? [{ answers: reply.chosen, source: "structured" as const }] : []),
    ...(Object.keys(extraction.answers).length > 0 || Object.keys(extraction.withheld).length > 0
      ? [
          {
            answers: extraction.answers,
            source: "free_text" as const,
            evidence: extraction.evidence,
            withheld: extraction.withheld,
          },
        ]
      : []),
  ]);
  const snapshots = session.snapshots.slice(before);

  // Answered now, so no longer waiting to be asked again or confirmed.
  const answered = new Set(
    Object.keys({
      ...reply.chosen,
      ...(pending
        ? Object.fromEntries(
            pending.fields
              .map((field) => [field, extraction.answers[field]])
              .filter(([, value]) => value !== undefined),
          )
        : {}),
    }),
  );
  // Reassuring words about a field already answered (e.g. "actually I can walk on it") change it
  // only through its own question: ask it next (spec §7.1). An enum that could be worse is asked in turn.
  const contradicted = (Object.keys(extraction.withheld) as IntakeField[]).filter(
    (field) => session.intake[field] !== undefined,
  );
  state.recheck = unique([...(state.recheck ?? []), ...contradicted]).filter((field) => !answered.has(field));
  state.askAgain = unique([...(state.askAgain ?? []), ...extraction.askAgain]).filter((field) => !answered.has(field));
  if (Object.keys(extraction.confirm).length > 0) state.toConfirm = { ...state.toConfirm, ...extraction.confirm };
  settleConfirmations(session, state);

  // A changed answer, or a confirmation answered with another value ("actually it started 5 weeks ago").
  const replacedProposal = (Object.keys(proposed) as IntakeField[]).filter(
    (field) =>
      session.intake[field] !== undefined && JSON.stringify(session.intake[field]) !== JSON.stringify(proposed[field]),
  );
  const corrected = unique([
    ...snapshots
      .filter((snapshot) => snapshot.source === "correction")
      .flatMap((snapshot) => Object.keys(snapshot.changes) as IntakeField[]),
    ...replacedProposal,
  ]);
  const answeredPending = pending?.fields.some((field) => answered.has(field)) ?? false;
  const understood =
    snapshots.length > 0 ||
    answeredPending ||
    reply.unsureAboutChecklist ||
    Object.keys(extraction.confirm).length > 0 ||
    contradicted.length > 0;
  if (pending && (answeredPending || reply.unsureAboutChecklist)) {
    state.previous = pending;
    state.unclearStreak = 0;
  }
  return { reply, snapshots, understood, corrected };
}
