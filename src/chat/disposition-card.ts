import type { ClinicSettings } from "../db/clinics.js";
import { actionHeadline, type Disposition } from "../triage/index.js";
import type { CallToAction } from "./ui-message.js";

// The end of the interview: what to do and how soon, why, the safety net, and the clinic's
// call to action. The level and action come from the engine; this only words them.

export function callsToAction(disposition: Disposition, clinic: ClinicSettings): CallToAction[] {
  const callClinic: CallToAction[] = clinic.phone
    ? [{ kind: "call_clinic", label: `Call ${clinic.name}`, href: `tel:${clinic.phone.replace(/[^+\d]/g, "")}` }]
    : [];
  switch (disposition.level) {
    case "emergency":
      return [
        { kind: "call_emergency", label: `Call ${clinic.emergencyNumber}`, href: `tel:${clinic.emergencyNumber}` },
      ];
    case "urgent":
      // Care today comes first; the clinic calling back today is the clinic's own way to help.
      return [
        {
          kind: "find_urgent_care",
          label: "Find urgent care near me",
          href: "https://www.google.com/maps/search/urgent+care+near+me",
        },
        { kind: "request_callback", label: "Ask the clinic to call me today" },
        ...callClinic,
      ];
    case "routine":
      return [
        // No bare link: the widget takes the visitor's details first, then opens the booking
        // page the server prefilled with them and the lead's reference (POST /api/leads).
        clinic.bookingUrl
          ? { kind: "book_assessment", label: "Book a physical-therapy assessment" }
          : { kind: "discovery_call", label: "Ask the clinic to contact me" },
        { kind: "discovery_call", label: "Book a free discovery call" },
        ...callClinic,
      ];
    case "self_care":
      return [
        { kind: "self_care_plan", label: "Show me a self-care plan" },
        { kind: "discovery_call", label: "Book a free discovery call" },
        ...callClinic,
      ];
  }
}

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
