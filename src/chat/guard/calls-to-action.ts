import type { ClinicSettings } from "../../db/clinics.js";
import type { Disposition } from "../../triage/index.js";
import type { CallToAction } from "../protocol/ui-message.js";

// The buttons under a disposition: which ones follow from the engine's level, never from a
// brain. The guard shows the emergency ones with the fixed emergency card; the interview shows
// the others with the disposition card.

/** The clinic's phone as a call button, when it has one. */
export function callClinic(clinic: Pick<ClinicSettings, "name" | "phone">): CallToAction[] {
  return clinic.phone
    ? [{ kind: "call_clinic", label: `Call ${clinic.name}`, href: `tel:${clinic.phone.replace(/[^+\d]/g, "")}` }]
    : [];
}

export function callsToAction(disposition: Disposition, clinic: ClinicSettings): CallToAction[] {
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
        ...callClinic(clinic),
      ];
    case "routine":
      return [
        // No bare link: the widget takes the visitor's details first, then opens the booking
        // page the server prefilled with them and the lead's reference (POST /api/leads).
        clinic.bookingUrl
          ? { kind: "book_assessment", label: "Book a physical-therapy assessment" }
          : { kind: "discovery_call", label: "Ask the clinic to contact me" },
        { kind: "discovery_call", label: "Book a free discovery call" },
        ...callClinic(clinic),
      ];
    case "self_care":
      return [
        { kind: "self_care_plan", label: "Show me a self-care plan" },
        { kind: "discovery_call", label: "Book a free discovery call" },
        ...callClinic(clinic),
      ];
  }
}
