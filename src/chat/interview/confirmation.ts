import { describeDuration } from "../../triage/fact-phrases.js";
import { questionFor, type Intake, type IntakeField } from "../../triage/index.js";
import type { QuestionData } from "../protocol/ui-message.js";

// Spec §7.3: a fact from the visitor's words that would stop questions from being asked ("no
// injury"; an injury weeks ago, so no longer acute) is shown back for a one-tap confirmation
// before it is relied on. The question is an ordinary single question, so a typed "yes", a
// tap, or a different answer in words all work.

export const CONFIRM_ID_PREFIX = "q-confirm";

export function confirmationQuestion(toConfirm: Intake, questionNumber: number): QuestionData {
  const injury = toConfirm.injury;
  // "No injury" first: once confirmed, an onset no longer closes a branch and is recorded as said.
  const onset = injury === "no" ? undefined : toConfirm.daysSinceOnset;
  const field: IntakeField = onset !== undefined ? "daysSinceOnset" : "injury";
  const id = `${CONFIRM_ID_PREFIX}-${questionNumber}-${field}`;
  if (onset === undefined) {
    // Asked the plain way round, so a typed "no" or "nah" means no injury, as it would anywhere else.
    return {
      id,
      prompt:
        "Just to check, as it decides which questions matter: did it start with a specific injury, like a fall, a blow, a twist, a landing or a collision?",
      kind: "single",
      fields: ["injury"],
      options: [
        { label: "No, there was no injury", answers: { injury: "no" } },
        { label: "Yes, there was an injury", answers: { injury: "yes" } },
        { label: "Not sure", answers: { injury: "unsure" } },
      ],
    };
  }
  const days = onset;
  // An injury said in the same words is confirmed with its onset (free-text-gate.ts).
  const withInjury: Intake = injury === undefined ? {} : { injury: injury as Intake["injury"] };
  const others = (questionFor("daysSinceOnset")?.options ?? []).map((option) => ({
    ...option,
    answers: { ...withInjury, ...option.answers },
  }));
  return {
    id,
    prompt: `Just to check: ${injury === undefined ? "it started" : "the injury was"} about ${describeDuration(days)} ago?`,
    kind: "single",
    fields: injury === undefined ? ["daysSinceOnset"] : ["injury", "daysSinceOnset"],
    options: [
      { label: `Yes, about ${describeDuration(days)} ago`, answers: { ...withInjury, daysSinceOnset: days } as Intake },
      ...others,
    ],
    help: "If it started with an injury, count from the injury.",
  };
}

export function isConfirmation(question: QuestionData | undefined): boolean {
  return question?.id.startsWith(CONFIRM_ID_PREFIX) ?? false;
}
