import type { MailMessage } from "../alerts/alert-delivery.js";
import { oneLine } from "../alerts/alert-email.js";

// The visitor's "did you get seen?" email. No clinical words: it may be read by anyone who
// shares the inbox, so it names the clinic and the request, not the knee problem.

export function followUpEmail(input: {
  to: string;
  name: string;
  clinicName: string;
  days: number;
  link: string;
}): MailMessage {
  const when = input.days === 1 ? "Yesterday" : input.days === 7 ? "A week ago" : `${input.days} days ago`;
  return {
    to: [input.to],
    subject: `${oneLine(input.clinicName, 80)}: did you get seen?`,
    text: [
      `Hi ${oneLine(input.name, 80)},`,
      "",
      `${when} you used ${input.clinicName}'s online assistant and asked the clinic to contact you.`,
      "Did you get seen? Where? Two quick questions, no sign-in:",
      "",
      input.link,
      "",
      "The link works once and expires in 30 days. If you would rather not answer, you can ignore this email.",
    ].join("\n"),
  };
}
