import { it } from "vitest";
import { interpretReply } from "../../src/chat/interview/interpret-reply.js";
import { questionAsking } from "../../src/chat/interview/question-plan.js";
import type { Intake, IntakeField } from "../../src/triage/index.js";
const now = new Date(2026, 0, 5, 12);
const infectionList: IntakeField[] = ["hotRed", "feverOrUnwell", "calfPainSwelling", "recentSurgeryOrInjection"];
function read(text: string, fields: IntakeField[], intake: Intake = {}) {
  const pending = fields.length ? questionAsking(fields, intake, 1) : undefined;
  const reply = interpretReply({ text, structured: undefined, pending, now, intake });
  return { a: { ...reply.extraction.answers, ...reply.chosen }, intent: reply.intent, unsure: reply.unsureAboutChecklist, w: reply.extraction.withheld, c: reply.extraction.confirm, u: reply.extraction.uncertain };
}
it("probe", () => {
  const rows: [string, IntakeField[]][] = [
    ["the night before last", infectionList],
    ["last week", infectionList],
    ["at last", infectionList],
    ["the last one", infectionList],
    ["just the last", infectionList],
    ["first and last", infectionList],
    ["the last two", infectionList],
    ["4. actually it was 3 weeks not 10 days", infectionList],
    ["I don't know", infectionList],
    ["dunno", infectionList],
    ["not sure", infectionList],
    ["idk", infectionList],
    ["no idea tbh", infectionList],
    ["dunno", ["painScore"]],
    ["dunno", ["daysSinceOnset"]],
    ["dunno", ["age"]],
    ["six or seven weeks", ["daysSinceOnset"]],
    ["6-7 weeks", ["daysSinceOnset"]],
    ["the night before last", ["daysSinceOnset"]],
    ["on and off for years, 4 years really", ["daysSinceOnset"]],
    ["a fortnight ago", ["daysSinceOnset"]],
    ["since the marathon two weekends ago", ["daysSinceOnset"]],
    ["4. actually it was 3 weeks not 10 days", ["painScore"]],
    ["my knee replacement has gone warm and swollen", []],
    ["I had a knee replacement 3 weeks ago and now it has gone warm and swollen", []],
  ];
  for (const [t, f] of rows) console.log(JSON.stringify(t), f.join(","), JSON.stringify(read(t, f)));
});
