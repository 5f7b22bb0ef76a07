import type { ClinicSettings } from "../../db/clinics.js";
import { actionHeadline, type Disposition } from "../../triage/index.js";

// The end of the interview: what to do and how soon, why, and the safety net (the buttons
// under it are guard/calls-to-action.ts). The level and action come from the engine; this only
// words them.

export function dispositionText(disposition: Disposition, clinic: ClinicSettings): string {
  const reasons = disposition.reasons.map((reason) => `- ${reason.summary}`).join("\n");
  const safetyNet = disposition.safetyNet.map((line) => `- ${line}`).join("\n");
  const closing =
    disposition.level === "self_care"
      ? `If you would like a second opinion, ${clinic.name} offers a free discovery call.`
      : disposition.level === "routine"
        ? `${clinic.name} can see you for an assessment.`
        : "";
  return [
    `My recommendation: ${actionHeadline[disposition.action]}.`,
    reasons ? `Why:\n${reasons}` : "",
    `Safety net:\n${safetyNet}`,
    closing,
    "This is guidance on what to do next, not a diagnosis.",
  ]
    .filter((line) => line !== "")
    .join("\n\n");
}

/** Repeated after any other answer while the advice is urgent or an emergency: it comes first. */
export function urgentReminder(disposition: Disposition): string {
  return `Please remember: based on your answers, the advice is: ${actionHeadline[disposition.action]}. That comes first.`;
}
