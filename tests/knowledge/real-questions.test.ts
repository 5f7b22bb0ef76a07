import { describe, expect, it } from "vitest";
import { runEvalCli } from "../../src/eval/cli-run.js";
import { measureKnowledge, unknownReferences } from "../../src/eval/knowledge-eval.js";
import { defaultQuestionSets, loadQuestionSet } from "../../src/eval/knowledge-questions.js";
import { testKnowledge } from "../helpers/test-app.js";

// Visitors' own questions (paraphrased from public forum and Q&A posts), labelled with the
// sections that answer them and those that would mislead. `npm run eval -- --knowledge` reports
// every set. The floors below are the levels the search reached (issue 15, eighth round: word
// vectors distilled from a sentence encoder, see build-word-vectors.ts): a change that loses any of
// them has made retrieval worse on real questions. Held-out v1 was
// looked at while tuning, and held-outs 2 to 24 after their one blind run each (see README), so
// all of them guard against regressions now; none of them is a blind measurement any more.
// The long-message set (story, then question) was written to tune the sixth round on.

const knowledge = testKnowledge();
const pathOf = (name: string) => defaultQuestionSets.find((set) => set.name === name)?.path ?? "";

const floors = [
  { name: "real-questions-dev.json", recallAt3: 0.96, mrr: 0.9, refused: 40 },
  { name: "real-questions-held-out.json", recallAt3: 0.95, mrr: 0.93, refused: 18 },
  { name: "real-questions-held-out-2.json", recallAt3: 0.92, mrr: 0.9, refused: 26 },
  { name: "real-questions-held-out-3.json", recallAt3: 0.82, mrr: 0.71, refused: 24 },
  { name: "real-questions-held-out-4.json", recallAt3: 0.95, mrr: 0.92, refused: 20 },
  { name: "real-questions-held-out-5.json", recallAt3: 0.98, mrr: 0.95, refused: 25 },
  { name: "real-questions-dev-long.json", recallAt3: 0.92, mrr: 0.83, refused: 20 },
  { name: "real-questions-held-out-6.json", recallAt3: 0.95, mrr: 0.9, refused: 25 },
  { name: "real-questions-held-out-7.json", recallAt3: 0.93, mrr: 0.87, refused: 22 },
  { name: "real-questions-held-out-8.json", recallAt3: 0.9, mrr: 0.81, refused: 25 },
  { name: "real-questions-held-out-9.json", recallAt3: 0.9, mrr: 0.84, refused: 25 },
  { name: "real-questions-held-out-10.json", recallAt3: 0.92, mrr: 0.85, refused: 26 },
  { name: "real-questions-held-out-11.json", recallAt3: 0.93, mrr: 0.85, refused: 24 },
  { name: "real-questions-held-out-12.json", recallAt3: 0.89, mrr: 0.82, refused: 23 },
  { name: "real-questions-held-out-13.json", recallAt3: 0.9, mrr: 0.77, refused: 23 },
  {
    name: "real-questions-held-out-14.json",
    recallAt3: 0.92,
    mrr: 0.82,
    refused: 23,
    // A fall from a bike, can't take more than a step, the kneecap off to the side, "I'm at home
    // with a bag of peas on it. is that enough?": home care is cited (a stretch, with the ice section
    // as "See also"), because the story names its signs in words no article uses ("sitting off to
    // the side", "more than a step or two"). In the chat, the injury
    // interview then asks its red-flag checklist (the knee out of place, four steps) and the
    // engine decides the next step; the articles' answer never triages. Known, not accepted.
    knownMisleading: ["came off my bike onto my knee on the road"],
  },
  { name: "real-questions-held-out-15.json", recallAt3: 0.8, mrr: 0.72, refused: 24 },
  { name: "real-questions-held-out-16.json", recallAt3: 0.91, mrr: 0.85, refused: 23 },
  { name: "real-questions-held-out-17.json", recallAt3: 0.8, mrr: 0.71, refused: 24 },
  { name: "real-questions-held-out-18.json", recallAt3: 0.83, mrr: 0.77, refused: 22 },
  { name: "real-questions-held-out-19.json", recallAt3: 0.91, mrr: 0.81, refused: 21 },
  { name: "real-questions-held-out-20.json", recallAt3: 0.78, mrr: 0.73, refused: 23 },
  {
    name: "real-questions-held-out-21.json",
    recallAt3: 0.83,
    mrr: 0.78,
    refused: 22,
    // Leg-press story: worse over three weeks, swelling after every session, the knee gave way on
    // the stairs, "Should I keep going?". The strengthening article's "keep it going" leads with the
    // keep-active advice as "See also", where the labelled answer is "book an assessment"; the story
    // names one warning word ("swells") and its sentence's best passage is no warning list. The
    // chat's interview asks about giving way and swelling itself. Known, not accepted.
    knownMisleading: ["I upped my leg press weight a lot about three weeks ago"],
  },
  { name: "real-questions-held-out-22.json", recallAt3: 0.86, mrr: 0.78, refused: 28 },
  { name: "real-questions-held-out-23.json", recallAt3: 0.85, mrr: 0.79, refused: 21 },
  {
    name: "real-questions-held-out-24.json",
    recallAt3: 0.88,
    mrr: 0.8,
    refused: 21,
    // A rugby tackle, then pins and needles into the foot and toes that won't lift, "should i just
    // ice it and see?": the ice section leads (the warning list is second), because the story's
    // signs are words the articles also use outside their warning lists. In the chat the free-text
    // reader records the injury, the tingling and the weak foot, and the engine ends at the
    // emergency department before any article is quoted. Known, not accepted.
    knownMisleading: ["got tackled at rugby today, knee got bent sideways"],
  },
];

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

  for (const floor of floors) {
    it(`${floor.name}: recall@3 at least ${floor.recallAt3}, MRR at least ${floor.mrr}, at least ${floor.refused} unanswerable questions refused, no misleading answer`, async () => {
      const figures = measureKnowledge(knowledge, await loadQuestionSet(pathOf(floor.name)));
      console.log(
        `[${floor.name}] recall@3 ${(figures.foundInTop3 / figures.answerable).toFixed(3)}, MRR ${figures.mrr.toFixed(3)}, refused ${figures.refused}/${figures.unanswerable}` +
          `\n  missed: ${figures.misses.join(" | ")}\n  answered although unanswerable: ${figures.answeredOffTopic.map((item) => item.q).join(" | ") || "none"}`,
      );
      expect(figures.foundInTop3 / figures.answerable).toBeGreaterThanOrEqual(floor.recallAt3);
      expect(figures.mrr).toBeGreaterThanOrEqual(floor.mrr);
      expect(figures.refused).toBeGreaterThanOrEqual(floor.refused);
      const known: readonly string[] = ("knownMisleading" in floor && floor.knownMisleading) || [];
      expect(figures.misleading.filter(({ q }) => !known.some((start) => q.startsWith(start)))).toEqual([]);
    });
  }

  it("npm run eval -- --knowledge prints recall@3, MRR, refusals and misleading answers for every set", async () => {
    const out: string[] = [];
    const code = await runEvalCli(
      { knowledge: true },
      { out: (text) => out.push(text), err: (text) => out.push(`ERR ${text}`) },
    );
    const printed = out.join("\n");
    expect(code).toBe(0);
    expect(printed).toMatch(/recall@3 \| MRR/);
    expect(printed).toMatch(/misleading answers/);
    for (const { name } of defaultQuestionSets)
      expect(printed).toMatch(new RegExp(`\\| ${name.replace(/\./g, "\\.")} +\\| \\d\\.\\d{3} +\\| \\d\\.\\d{3}`));
    // The second table: every set again, with the sections' typical questions left out.
    const [, withoutAsks = ""] = printed.split(/Without the sections' typical questions \("asks"\)/);
    for (const { name } of defaultQuestionSets)
      expect(withoutAsks).toMatch(new RegExp(`\\| ${name.replace(/\./g, "\\.")} +\\| \\d\\.\\d{3} +\\| \\d\\.\\d{3}`));
    // Every set twice, with and without the typical questions: about 17 s on an idle machine.
  }, 90_000);
});
