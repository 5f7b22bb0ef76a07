import type { AlertKind, AlertSubject } from "../db/alerts.js";
import { formatClinicTime } from "../staff/clinic-time.js";
import { levelLabel } from "../staff/intake-labels.js";
import type { MailMessage } from "./alert-delivery.js";
import { openingWords } from "../chat/interview/patient.js";

// The staff alert email. It says what happened, when (in the clinic's time zone), the level,
// one line on the problem in the visitor's own words, how to reach them, and a link to the
// conversation. Nothing else clinical: the rest stays behind the dashboard's sign-in.

export const ALERT_SUBJECTS: Record<AlertKind, string> = {
  lead: "New lead",
  callback: "New call-back request",
  emergency: "Emergency advised",
};

/** The visitor's words on one line: whitespace collapsed, at most `max` characters. */
export function oneLine(text: string, max = 200): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

export interface AlertEmailInput {
  kind: AlertKind;
  to: string[];
  clinicName: string;
  timeZone: string;
  emergencyNumber: string;
  createdAt: number;
  subject: AlertSubject;
  /** PUBLIC_URL's origin: links never come from a request's Host header. */
  publicOrigin: string;
  conversationId: string | null;
}

function opening(input: AlertEmailInput): string {
  switch (input.kind) {
    case "callback":
      return `A visitor told to get care today asks ${input.clinicName} to call them back today.`;
    case "lead":
      return `A visitor asks ${input.clinicName} to contact them.`;
    case "emergency":
      return `The assistant told a visitor to call ${input.emergencyNumber} now (emergency). They may not contact the clinic; the conversation is in the safety queue for review.`;
  }
}

export function alertEmail(input: AlertEmailInput): MailMessage {
  const { subject } = input;
  const contact = subject.contact;
  const firstWords = openingWords(subject.said);
  const lines = [
    opening(input),
    "",
    `When: ${formatClinicTime(input.createdAt, input.timeZone)} ${input.timeZone}`,
    `Level: ${levelLabel(subject.level)}`,
    `In their words: ${firstWords ? `"${oneLine(firstWords)}"` : "(no words typed)"}`,
    ...(contact
      ? [
          "",
          `Name: ${oneLine(contact.name, 120)}`,
          ...(contact.phone ? [`Phone: ${oneLine(contact.phone, 40)}`] : []),
          ...(contact.email ? [`Email: ${oneLine(contact.email, 254)}`] : []),
          ...(contact.preferredTime ? [`Best time: ${oneLine(contact.preferredTime, 120)}`] : []),
        ]
      : []),
    "",
    ...(input.conversationId
      ? [`Open the conversation: ${input.publicOrigin}/staff/conversations/${encodeURIComponent(input.conversationId)}`]
      : [`Open the dashboard: ${input.publicOrigin}/staff/alerts`]),
    "",
    `You get this email because your address is on ${input.clinicName}'s alert list (dashboard Settings).`,
  ];
  return { to: input.to, subject: ALERT_SUBJECTS[input.kind], text: lines.join("\n") };
}
