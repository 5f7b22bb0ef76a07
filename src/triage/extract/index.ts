import { gateFreeText, type WithheldFact } from "../free-text-gate.js";
import type { Intake, IntakeField } from "../intake-schema.js";
import { screenParsedText } from "../screen.js";
import { activityRules, findAggravators } from "./activity.js";
import { findBareAnswers } from "./bare-answer.js";
import { parseText } from "./clauses.js";
import { combineFindings } from "./combine.js";
import { demographicRules } from "./demographics.js";
import { calendarRules } from "./calendar-onset.js";
import { durationRules } from "./duration.js";
import { emergencyRules } from "./emergency-phrases.js";
import { historyRules } from "./history.js";
import { feverRules, hotRedRules, woundRules } from "./infection.js";
import { injuryRules } from "./injury.js";
import { findPhrases, type PhraseRule } from "./matcher.js";
import { mechanicsRules } from "./mechanics.js";
import { movementRules } from "./movement.js";
import { painRules } from "./pain.js";
import { patellaRules } from "./patella.js";
import { redFlagRules } from "./red-flags.js";
import { referredRules } from "./referred.js";
import type { SpeakingFor } from "./subject.js";
import { swellingRules } from "./swelling.js";
import { tendernessRules } from "./tenderness.js";
import { warmUpSamples } from "./warm-up-samples.js";
import { weightBearingRules } from "./weight-bearing.js";

// Spec §7 free text: pre-fill the intake from what the visitor already said, so it is not
// asked again; what is only touched on is listed as uncertain and asked, never assumed.

export interface Extraction {
  /** Facts stated clearly enough to record, through the spec §7 gate. Every value valid per intakeSchema. */
  answers: Intake;
  /** For each recorded field, the visitor's words that gave it (a short quote from the text). */
  evidence: Partial<Record<IntakeField, string>>;
  /** Fields the visitor touched on but not clearly enough to record (they will be asked, never assumed). */
  uncertain: IntakeField[];
  /** Branch-closing facts to confirm with the visitor before relying on them (spec §7.3). */
  confirm: Intake;
  /** Reassuring words that did not answer the field's question: kept for staff, the field is still asked (spec §7.1). */
  withheld: Partial<Record<IntakeField, WithheldFact>>;
  /** Recorded while a more alarming value is still possible: still asked (spec §7.1). */
  askAgain: IntakeField[];
}

export interface ExtractOptions {
  /** "Now", for relative dates like "since Tuesday" (default: new Date()). */
  now?: Date;
  /**
   * Fields of the question just asked: bare answers ("yes", "nope", "not sure", "I don't think so",
   * "3", "about 2 weeks", "today") apply to these. For a single yes/no/unsure field map
   * yes/no/unsure; for daysSinceOnset a duration; for age/painScore a number; for enum fields
   * (swelling, givingWay, trend, patellaDislocation, side, mechanism) match the words. If several
   * fields are expected (a checklist), a bare "no"/"none"/"none of these"/"nope" answers all of
   * them "no", a bare "yes" answers nothing (ambiguous → uncertain). Any doubt in a short
   * reply ("I am not sure", "no... not sure") is "unsure", or uncertain for a yes/no-only
   * field, never "no". In a reply, "he"/"she" with nobody else named is the patient.
   */
  expecting?: IntakeField[];
  /** What is already recorded: decides whether an onset closes the acute-injury branch (spec §7.3). */
  intake?: Intake;
  /**
   * Whose knee the visitor said it is ("My child"): then "he"/"she" is the patient and the
   * writer's own age, medicines and fever are not (spec §7.2). Default: read from the words.
   */
  patient?: SpeakingFor;
}

// Within a field, earlier rules win a span: emergency phrases before milder wording.
const extractionRules: readonly PhraseRule[] = [
  ...emergencyRules,
  ...redFlagRules,
  ...hotRedRules,
  ...feverRules,
  ...woundRules,
  ...patellaRules,
  ...injuryRules,
  ...durationRules,
  ...calendarRules,
  ...demographicRules,
  ...weightBearingRules,
  ...movementRules,
  ...swellingRules,
  ...tendernessRules,
  ...mechanicsRules,
  ...painRules,
  ...activityRules,
  ...historyRules,
  ...referredRules,
];

/** Nothing read: for a reply made only of option labels. */
export function emptyExtraction(): Extraction {
  return { answers: {}, evidence: {}, uncertain: [], confirm: {}, withheld: {}, askAgain: [] };
}

export function extractFacts(text: string, options: ExtractOptions = {}): Extraction {
  const now = options.now ?? new Date();
  const expecting = options.expecting ?? [];
  const parsed = parseText(text);
  if (options.patient) parsed.speakingFor = options.patient;
  const findings = [
    ...findPhrases(parsed, extractionRules, { now, expecting, hedged: "unsure" }),
    ...findAggravators(parsed, expecting.length > 0),
    ...findBareAnswers(parsed, expecting),
  ];
  const extraction = combineFindings(parsed, findings);
  // The screen's facts win for their fields, so the emergency card and the intake agree.
  const answers: Record<string, unknown> = { ...extraction.answers };
  for (const hit of screenParsedText(parsed)) {
    for (const [field, value] of Object.entries(hit.answers) as Array<[IntakeField, unknown]>) {
      answers[field] = value;
      extraction.evidence[field] = hit.phrase;
      extraction.uncertain = extraction.uncertain.filter((name) => name !== field);
    }
  }
  const gated = gateFreeText({
    answers: answers as Intake,
    evidence: extraction.evidence,
    answering: expecting,
    intake: options.intake ?? {},
  });
  // A withheld or unconfirmed fact is still asked: never reported as known.
  const stillAsked = [...Object.keys(gated.withheld), ...Object.keys(gated.confirm)] as IntakeField[];
  return {
    answers: gated.record,
    evidence: gated.evidence,
    uncertain: [...new Set([...extraction.uncertain, ...stillAsked])].filter(
      (field) => gated.record[field] === undefined,
    ),
    confirm: gated.confirm,
    withheld: gated.withheld,
    askAgain: gated.askAgain,
  };
}

/**
 * Compile the extractor's ~150 patterns ahead of the first visitor: V8 compiles a regular
 * expression on its first two uses, which makes the first calls in a fresh process take
 * 50–200 ms instead of well under a millisecond. Call once at server start (takes about that
 * long, once); pure, safe to call again.
 */
export function warmUpExtractor(): void {
  const now = new Date();
  for (let round = 0; round < 2; round++) {
    for (const [text, expecting] of warmUpSamples) extractFacts(text, { now, expecting });
  }
}
