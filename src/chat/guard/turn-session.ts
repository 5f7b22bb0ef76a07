import type { ClinicSettings } from "../../db/clinics.js";
import { evaluate, type Disposition, type Intake, type IntakeField } from "../../triage/index.js";
import type { ScreenHit } from "../../triage/screen.js";
import { callsToAction } from "./calls-to-action.js";
import { emergencyCard, emergencyText } from "./emergency-card.js";
import { applyAnswers } from "./record-answers.js";
import type { TurnWriter } from "../protocol/turn-writer.js";
import type { RecordIntakeInput, RecordIntakeOutput } from "../protocol/ui-message.js";

export interface RecordEntry {
  answers: Intake | Record<string, unknown>;
  source: RecordIntakeInput["source"];
  evidence?: Partial<Record<IntakeField, string>>;
  withheld?: RecordIntakeInput["withheld"];
  /** Fields refused before recording (e.g. a model changing a visitor's answer), with the reason. */
  refused?: Array<{ field: string; message: string }>;
}

export interface SnapshotRecord {
  source: RecordIntakeInput["source"];
  changes: Intake;
  evidence?: Partial<Record<IntakeField, string>>;
  intake: Intake;
}

/**
 * The guard both brains work through: every fact is recorded here, the engine re-evaluates
 * after each one, the server (not a brain) emits `data-triage`, and an emergency is sticky
 * and ends in fixed wording from code.
 */
export class TurnSession {
  readonly snapshots: SnapshotRecord[] = [];
  readonly events: Array<{ type: string; data?: unknown }> = [];
  private lastEmitted: string | undefined;
  private emergencyShown = false;
  intake: Intake;
  disposition: Disposition;

  /** The disposition the turn started from; for a new conversation nothing has been sent yet. */
  private readonly initial: Disposition;

  constructor(
    readonly clinic: ClinicSettings,
    intake: Intake,
    emergency: Disposition | undefined,
    isNewConversation: boolean,
    readonly writer: TurnWriter,
  ) {
    this.intake = intake;
    this.initial = emergency ?? evaluate(intake);
    this.disposition = this.initial;
    this.lastEmitted = isNewConversation ? undefined : JSON.stringify(this.initial);
  }

  get isEmergency(): boolean {
    return this.disposition.level === "emergency";
  }

  /** Record answers from any source; invalid fields come back as `rejected`, never a crash. */
  record(
    answers: Intake | Record<string, unknown>,
    source: RecordIntakeInput["source"],
    evidence?: Partial<Record<IntakeField, string>>,
  ): RecordIntakeOutput {
    return this.recordAll([{ answers, source, ...(evidence ? { evidence } : {}) }])[0] as RecordIntakeOutput;
  }

  /** Record several batches of answers, then let the engine re-evaluate once. */
  recordAll(entries: RecordEntry[]): RecordIntakeOutput[] {
    const outputs = entries.map((entry) => this.apply(entry));
    if (outputs.some((output) => output.recorded.length + output.corrected.length > 0)) this.reevaluate();
    return outputs;
  }

  private apply({ answers, source, evidence, withheld, refused = [] }: RecordEntry): RecordIntakeOutput {
    const refusedFields = new Set(refused.map((refusal) => refusal.field));
    const applied = applyAnswers(
      this.intake,
      Object.fromEntries(Object.entries(answers).filter(([field]) => !refusedFields.has(field))),
    );
    const rejected = [...applied.rejected, ...refused];
    const output: RecordIntakeOutput = {
      recorded: applied.recorded,
      corrected: applied.corrected,
      ...(rejected.length > 0 ? { rejected } : {}),
    };
    const changed = [...applied.recorded, ...applied.corrected];
    const keptWords = withheld !== undefined && Object.keys(withheld).length > 0;
    if (changed.length === 0 && rejected.length === 0 && !keptWords) return output;
    // The transcript shows what was recorded, and the words kept for staff without recording them.
    this.writer.recordIntake(
      { answers: answers as Intake, source, ...(evidence ? { evidence } : {}), ...(keptWords ? { withheld } : {}) },
      output,
    );
    if (changed.length === 0) return output;
    const changes = Object.fromEntries(changed.map((field) => [field, applied.intake[field]])) as Intake;
    const snapshotSource = applied.corrected.length > 0 && source !== "screen" ? "correction" : source;
    this.intake = applied.intake;
    this.snapshots.push({ source: snapshotSource, changes, ...(evidence ? { evidence } : {}), intake: this.intake });
    return output;
  }

  /** Spec §7: a screen hit records the facts it names, and the engine decides at once. */
  applyScreen(hits: ScreenHit[]): void {
    if (hits.length === 0) return;
    this.recordAll(
      hits.map((hit) => ({
        answers: hit.answers,
        source: "screen" as const,
        evidence: Object.fromEntries(Object.keys(hit.answers).map((field) => [field, hit.phrase])),
      })),
    );
  }

  private reevaluate(): void {
    const next = evaluate(this.intake);
    // Nothing said after an emergency lowers it (spec §1.2).
    if (this.isEmergency && next.level !== "emergency") return;
    this.disposition = next;
    this.emitTriageIfChanged();
  }

  emitTriageIfChanged(): void {
    const serialized = JSON.stringify(this.disposition);
    if (serialized === this.lastEmitted) return;
    this.lastEmitted = serialized;
    this.writer.triage(this.disposition);
  }

  /** Always the same fixed card; shown once per turn. */
  showEmergencyCard(): void {
    if (this.emergencyShown) return;
    this.emergencyShown = true;
    const card = emergencyCard(this.disposition, this.clinic);
    this.writer.text(emergencyText(card, this.disposition));
    this.writer.data("emergency", card, "emergency");
    this.writer.data("cta", { actions: callsToAction(this.disposition, this.clinic) }, "cta");
    this.writer.triage(this.disposition);
    this.lastEmitted = JSON.stringify(this.disposition);
  }

  /** The disposition when its level, action, completeness or rules changed this turn. */
  get changedOutcome(): Disposition | undefined {
    const outcome = (disposition: Disposition) =>
      JSON.stringify([
        disposition.level,
        disposition.action,
        disposition.complete,
        disposition.reasons.map((reason) => reason.rule),
      ]);
    return outcome(this.disposition) === outcome(this.initial) ? undefined : this.disposition;
  }
}
