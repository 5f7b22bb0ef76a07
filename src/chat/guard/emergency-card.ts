import type { ClinicSettings } from "../../db/clinics.js";
import type { Disposition } from "../../triage/index.js";
import type { EmergencyCardData } from "../protocol/ui-message.js";

// Emergency wording is fixed text from code, never generated (brief, Standards). Only the
// clinic's emergency number is filled in.

export function emergencyCard(
  disposition: Disposition,
  clinic: Pick<ClinicSettings, "emergencyNumber">,
): EmergencyCardData {
  const number = clinic.emergencyNumber;
  const callNow = disposition.action === "call_emergency_services";
  return {
    action: callNow ? "call_emergency_services" : "go_to_emergency_department",
    emergencyNumber: number,
    headline: callNow ? `Call ${number} now.` : "Go to the nearest emergency department now.",
    instructions: callNow
      ? [
          // The headline already says "Call ... now": the first step goes on from there.
          "Tell the call handler what is happening with your leg.",
          "Do not wait for a reply in this chat and do not drive yourself.",
          "Keep the leg still and supported, and do not eat or drink until you have been seen.",
        ]
      : [
          "Ask someone to take you: do not drive yourself.",
          `If you cannot get there safely, or you feel worse on the way, call ${number}.`,
          "Keep the leg still and supported, and do not eat or drink until you have been seen.",
        ],
  };
}

export function emergencyText(card: EmergencyCardData, disposition: Disposition): string {
  const why = disposition.reasons
    .filter((reason) => reason.level === "emergency")
    .map((reason) => `- ${reason.summary}`)
    .join("\n");
  return [
    `This needs emergency care. ${card.headline}`,
    ...card.instructions,
    why ? `Why:\n${why}` : "",
    "This chat has ended so you can get help now.",
  ]
    .filter((line) => line !== "")
    .join("\n\n");
}
