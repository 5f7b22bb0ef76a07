import type { ConversationRow } from "../db/conversations.js";
import { fieldLabel, formatValue } from "./intake-labels.js";

// The fit label staff see on a lead, from the conversation's triage level:
//   emergency            → "sent to emergency care"
//   urgent, or red flag  → "needs a doctor first"
//   routine / self-care  → "good candidate for PT"
// A conversation with no level yet (the visitor asked to be contacted before answering) is a
// "good candidate for PT" only when no red flag was raised; the dashboard still marks its
// triage as unfinished, because a red-flag question may not have been asked yet.

export const fitLabels = ["good candidate for PT", "needs a doctor first", "sent to emergency care"] as const;
export type FitLabel = (typeof fitLabels)[number];

export function fitFor(conversation: Pick<ConversationRow, "level" | "redFlag">): FitLabel {
  if (conversation.level === "emergency") return "sent to emergency care";
  if (conversation.level === "urgent" || conversation.redFlag) return "needs a doctor first";
  return "good candidate for PT";
}

interface DispositionLike {
  level?: string;
  action?: string;
  complete?: boolean;
  rulesetVersion?: string;
  reasons?: Array<{ rule?: string; summary?: string }>;
}

/** Plain text for the lead record and the CSV: the triage, why, and every answer given. */
export function intakeSummary(intake: Record<string, unknown>, disposition: DispositionLike | undefined): string {
  const lines: string[] = [];
  if (disposition?.level) {
    const state = disposition.complete ? "complete" : "not finished";
    lines.push(
      `Triage: ${disposition.level} (${disposition.action ?? "no action"}), ${state}, ruleset ${disposition.rulesetVersion ?? "?"}.`,
    );
    for (const reason of disposition.reasons ?? []) lines.push(`Why (${reason.rule ?? "?"}): ${reason.summary ?? ""}`);
  } else {
    lines.push("Triage: not started.");
  }
  const answers = Object.entries(intake).map(([field, value]) => `${fieldLabel(field)}: ${formatValue(value)}`);
  lines.push(answers.length > 0 ? `Answers: ${answers.join("; ")}.` : "Answers: none yet.");
  return lines.join("\n");
}
