import { describe, expect, it } from "vitest";
import { runEvalCli } from "../../src/eval/cli-run.js";
import { measureKnowledge, unknownReferences } from "../../src/eval/knowledge-eval.js";
import { defaultQuestionSets, loadQuestionSet } from "../../src/eval/knowledge-questions.js";
import { testKnowledge } from "../helpers/test-app.js";

// Visitors' own questions (paraphrased from public forum and Q&A posts), labelled with the
// sections that answer them and those that would mislead. The development set guards what the
// search was tuned on; `npm run eval -- --knowledge` reports every set, the held-out one included.

const knowledge = testKnowledge();
const devPath = defaultQuestionSets.find((set) => set.name === "real-questions-dev.json")?.path ?? "";

describe("visitors' own questions", () => {
  it("every set's labels name sections that exist, and there are at least 150 real questions", async () => {
    let real = 0;
    for (const { name, path } of defaultQuestionSets) {
      const set = await loadQuestionSet(path);
      expect(unknownReferences(set, knowledge), name).toEqual([]);
      if (name.startsWith("real-questions")) real += set.answerable.length + set.unanswerable.length;
    }
    expect(real).toBeGreaterThanOrEqual(150);
  });

  it("on the development set: a right section in the top 3 for at least 90%, at least 95% of unanswerable questions refused, no misleading answer", async () => {
    const figures = measureKnowledge(knowledge, await loadQuestionSet(devPath));
    console.log(
      `[real questions, dev] recall@3 ${(figures.foundInTop3 / figures.answerable).toFixed(3)}, MRR ${figures.mrr.toFixed(3)}, refused ${figures.refused}/${figures.unanswerable}` +
        `\n  missed: ${figures.misses.join(" | ")}\n  answered although unanswerable: ${figures.answeredOffTopic.map((item) => item.q).join(" | ") || "none"}`,
    );
    expect(figures.foundInTop3 / figures.answerable).toBeGreaterThanOrEqual(0.9);
    expect(figures.refused / figures.unanswerable).toBeGreaterThanOrEqual(0.95);
    expect(figures.misleading).toEqual([]);
  });

  it("npm run eval -- --knowledge prints recall@3, MRR, refusals and misleading answers for every set", async () => {
    const out: string[] = [];
    const code = await runEvalCli({ knowledge: true }, { out: (text) => out.push(text), err: (text) => out.push(`ERR ${text}`) });
    const printed = out.join("\n");
    expect(code).toBe(0);
    expect(printed).toMatch(/recall@3 \| MRR/);
    expect(printed).toMatch(/misleading answers/);
    for (const { name } of defaultQuestionSets) expect(printed).toMatch(new RegExp(`\\| ${name.replace(/\./g, "\\.")} +\\| \\d\\.\\d{3} +\\| \\d\\.\\d{3}`));
  });
});
