import type { ClinicSettings } from "../../db/clinics.js";

// Sentences either brain's turn may say, in one place so tone stays consistent. The guided
// brain's own replies (clarifications, "go back", thanks) are in brains/guided/guided-texts.ts.

export function greetingText(clinic: ClinicSettings): string {
  return `${clinic.greeting}\n\nI'm an automated assistant, not a clinician: I can't diagnose, and if this is an emergency call ${clinic.emergencyNumber} now.`;
}

export const OPENING_PROMPT =
  "In your own words, what's going on with your knee? For example: what happened, when it started, and what it stops you doing.";

export const RESUME_INTERVIEW = "Back to your knee:";

export const AFTER_DISPOSITION =
  "Is there anything else I can help with? You can ask me a question about knee pain, or tell me if any of your answers has changed.";
