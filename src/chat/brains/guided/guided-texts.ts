import type { ClinicSettings } from "../../../db/clinics.js";
import type { QuestionData } from "../../protocol/ui-message.js";

// The guided brain's own fixed sentences, in one place so tone stays consistent. Sentences
// either brain's turn may say (greeting, first prompt, after the card) are interview/wording.ts.

export const NOTHING_UNDERSTOOD_OPENING =
  "Thanks for telling me. I'll ask a few short questions so I can point you to the right next step.";

export const UNDERSTOOD_INTRO =
  'Thanks. Here\'s what I understood so far. If anything is wrong, just tell me (for example "actually I can walk on it").';

export const CORRECTED_INTRO = "Thanks, I've updated that. Here's what I have now:";

export const GREETING_REPLY = "Hello! I'm here to help you work out the right next step for your knee.";

export const YOU_ARE_WELCOME = "You're welcome.";

export function closingText(clinic: ClinicSettings): string {
  return `You're welcome, and take care. If anything changes or gets worse, come back here or contact ${clinic.name}${clinic.phone ? ` on ${clinic.phone}` : ""}.`;
}

export const OPENING_AGAIN =
  "Could you tell me a little about your knee? For example: what happened, when it started, and what it stops you doing.";

export const GO_BACK = "Sure, let's go back to the previous question. Your new answer will replace the old one.";
export const NOTHING_TO_GO_BACK_TO = "There's no earlier answer to change yet.";

/** How to answer a question, repeating its options: a targeted clarification, never a bare apology. */
function howToAnswer(question: QuestionData): string {
  if (question.kind === "number")
    return `Please type a number${question.min !== undefined && question.max !== undefined ? ` from ${question.min} to ${question.max}` : ""}.`;
  if (question.kind === "multi")
    return 'Choose the ones that apply, or say which, for example "none of these" or "just the first one".';
  const labels = (question.options ?? []).map((option) => `"${option.label}"`);
  return labels.length > 0
    ? `You can choose one of: ${labels.join(", ")}, or say it in your own words.`
    : "You can answer in your own words.";
}

/** "Dunno" to a question about an amount: a rough guess will do; the scale or spans are repeated, never a generic apology. */
export function roughGuess(question: QuestionData, streak: number, clinic: ClinicSettings): string {
  const human =
    streak >= 2
      ? ` If you'd rather talk it through with a person, ${clinic.name} can help${clinic.phone ? ` on ${clinic.phone}` : ""}.`
      : "";
  return `That's fine, a rough guess is enough. ${question.prompt} ${howToAnswer(question)}${human}`;
}

/** A reply we could not use: repeat the question with how to answer it; the second time, offer the clinic too. */
export function clarification(question: QuestionData, streak: number, clinic: ClinicSettings): string {
  const lead = streak <= 1 ? "Sorry, I didn't catch that." : "I still didn't catch that, sorry.";
  const human =
    streak >= 2
      ? ` If you'd rather talk it through with a person, ${clinic.name} can help${clinic.phone ? ` on ${clinic.phone}` : ""}.`
      : "";
  return `${lead} ${question.prompt} ${howToAnswer(question)}${human}`;
}
