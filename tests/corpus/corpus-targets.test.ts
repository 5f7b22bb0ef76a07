import { describe, expect, it } from "vitest";
import { loadCorpus, readCorpus } from "../../src/eval/corpus.js";
import { notUnderstoodRate, summarizeCorpus, wrongFactRate } from "../../src/eval/corpus-report.js";

// The free-text corpus (tests/corpus/*.json, 819 labelled utterances) read exactly as the chat
// reads it, held to the level the extractor has reached so a regression fails here. The issue's
// targets are 0 red flags missed and wrong facts <= 1%; the ratchets below are where it stands
// (npm run eval -- --corpus --verbose shows every difference). Lower them as the extractor improves.

const results = readCorpus(loadCorpus(new URL(".", import.meta.url).pathname));
const summary = summarizeCorpus(results);

describe("the free-text corpus through the chat's reader", () => {
  it("never records a reassuring fact from words that did not answer its question (spec §7.1)", () => {
    expect(
      results
        .filter((result) => result.lowering.length > 0)
        .map((result) => `${result.item.id}: ${result.lowering.join(", ")}`),
    ).toEqual([]);
  });

  it("misses no stated red flag", () => {
    expect(
      results
        .filter((result) => result.missedRedFlags.length > 0)
        .map((result) => `${result.item.id}: ${result.missedRedFlags.join(", ")}`),
    ).toEqual([]);
    expect(summary.missedRedFlags).toBe(0);
  });

  it("records wrong facts for under 0.5% of recorded facts", () => {
    expect(wrongFactRate(summary)).toBeLessThan(0.005);
  });

  it("understands every reply to a pending question", () => {
    expect(notUnderstoodRate(summary)).toBe(0);
  });

  it("shows back exactly the branch-closing facts the labels confirm (spec §7.3)", () => {
    expect(results.filter((result) => result.confirmWrong).map((result) => result.item.id)).toEqual([]);
  });
});
