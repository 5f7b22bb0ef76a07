import type { ClinicSettings } from "../../db/clinics.js";

// The guided brain's fixed sentences, in one place so tone stays consistent.

export function greetingText(clinic: ClinicSettings): string {
  return `${clinic.greeting}\n\nI'm an automated assistant, not a clinician: I can't diagnose, and if this is an emergency call ${clinic.emergencyNumber} now.`;
}

export const OPENING_PROMPT =
  "In your own words, what's going on with your knee? For example: what happened, when it started, and what it stops you doing.";

export const NOTHING_UNDERSTOOD_OPENING =
  "Thanks for telling me. I'll ask a few short questions so I can point you to the right next step.";

export const UNDERSTOOD_INTRO =
  "Thanks. Here's what I understood so far. If anything is wrong, just tell me (for example \"actually I can walk on it\").";

export const CORRECTED_INTRO = "Thanks, I've updated that. Here's what I have now:";

export const DIDNT_CATCH = "Sorry, I didn't quite catch that. You can tap one of the answers or say it in your own words.";

export function steerBack(clinic: ClinicSettings): string {
  return `I can only help with knee problems here, so let's get back to your knee. If you need something else, ${clinic.name} can help${clinic.phone ? ` on ${clinic.phone}` : ""}.`;
}

export const NO_KNOWLEDGE =
  "I don't have information on that in our articles, so I'd rather not guess. A physical therapist can answer it at an assessment.";

export const AFTER_DISPOSITION =
  "Is there anything else I can help with? You can ask me a question about knee pain, or tell me if any of your answers has changed.";

export const RESUME_INTERVIEW = "Back to your knee:";
