import type { KnowledgeBase, KnowledgeResult } from "../../../knowledge/knowledge-base.js";
import type { Disposition } from "../../../triage/index.js";
import { citeResults, excerpt } from "../../interview/knowledge-answer.js";
import type { TurnWriter } from "../../protocol/turn-writer.js";

// A short self-care plan drawn from the knowledge base, each item cited. Offered only after a
// self_care or routine disposition, never after emergency or urgent.

const planItems: Array<{ heading: string; query: string }> = [
  { heading: "Ease the load, don't stop moving", query: "relative rest reduce training load pain during running" },
  { heading: "Strengthen the hips and thighs", query: "strengthening exercises hip glutes quads how to" },
  { heading: "Keep it moving comfortably", query: "stretching foam rolling mobility" },
  { heading: "Build back up gradually", query: "return to running gradually increase distance" },
];

export function canOfferPlan(disposition: Disposition): boolean {
  return disposition.level === "self_care" || disposition.level === "routine";
}

export function writeSelfCarePlan(input: {
  knowledge: KnowledgeBase;
  disposition: Disposition;
  writer: TurnWriter;
  baseUrl: string;
}): boolean {
  if (!canOfferPlan(input.disposition)) return false;
  const used: KnowledgeResult[] = [];
  const lines: string[] = [];
  for (const item of planItems) {
    const best = input.knowledge.search(item.query, 1)[0];
    if (!best || used.some((result) => result.url === best.url)) continue;
    used.push(best);
    lines.push(`${lines.length + 1}. ${item.heading}. ${excerpt(best.text, 300)} (From "${best.title}".)`);
  }
  if (lines.length === 0) return false;
  const safetyNet = input.disposition.safetyNet.map((line) => `- ${line}`).join("\n");
  input.writer.text(
    `Here's a short self-care plan from our articles:\n\n${lines.join("\n\n")}\n\nSafety net:\n${safetyNet}\n\nStop any exercise that makes the pain sharply worse, and book an assessment if you're not improving.`,
  );
  citeResults(input.writer, used, input.baseUrl);
  return true;
}
