import { describe, expect, it } from "vitest";
import { buildKnowledgeBase, chunkArticle } from "../../src/knowledge/build-knowledge-base.js";
import { readArticlesFromDir } from "../../src/knowledge/load-knowledge-node.js";
import { defaultTuning } from "../../src/knowledge/search-tuning.js";
import { createSemanticSimilarity, createTypicalQuestionVote } from "../../src/knowledge/semantic-similarity.js";
import { bundledWordVectors } from "../../src/knowledge/word-vectors.js";

// The meaning match (word vectors: GloVe's commonest words, each encoded by the Universal Sentence
// Encoder lite, reduced and quantised by src/knowledge/build-word-vectors.ts) reorders passages;
// whether to answer stays with the words.

const dir = new URL("../../knowledge/", import.meta.url).pathname;
const files = readArticlesFromDir(dir);

const cosine = (left: Float32Array, right: Float32Array) =>
  left.reduce((sum, value, index) => sum + value * (right[index] ?? 0), 0);

describe("bundled word vectors", () => {
  const words = bundledWordVectors();
  const vector = (word: string) => words.vectorOf(word) ?? new Float32Array(words.dimensions);

  it("hold everyday English and every article word, as unit vectors", () => {
    // "iliotibial" is rarer than the 20,000 commonest words but kept: the articles use it.
    for (const word of ["knee", "stairs", "trainers", "iliotibial"]) {
      const vector = words.vectorOf(word);
      expect(vector, word).toBeDefined();
      expect(Math.hypot(...(vector ?? [])), word).toBeCloseTo(1, 5);
    }
    expect(words.vectorOf("zzxqkneeblorp")).toBeUndefined();
  });

  it("put words of like meaning closer together than unrelated ones", () => {
    expect(cosine(vector("stairs"), vector("steps"))).toBeGreaterThan(cosine(vector("stairs"), vector("mortgage")));
    expect(cosine(vector("muscles"), vector("strength"))).toBeGreaterThan(
      cosine(vector("muscles"), vector("election")),
    );
  });

  it("read ice as cold, as a visitor with a sore knee means it (news-text GloVe put it nearest hot)", () => {
    expect(cosine(vector("ice"), vector("cold"))).toBeGreaterThan(cosine(vector("ice"), vector("hot")));
  });
});

describe("search by meaning", () => {
  it("finds a section whose typical questions mean what the visitor asks, where the words alone do not", () => {
    const question = "what muscles should i strengthen for patellofemoral pain";
    const withMeaning = buildKnowledgeBase(files).search(question, 3);
    const wordsOnly = buildKnowledgeBase(files, { ...defaultTuning, semanticWeight: 0 }).search(question, 3);
    expect(withMeaning.map((result) => result.anchor)).toContain("why-strength");
    expect(wordsOnly.map((result) => result.anchor)).not.toContain("why-strength");
  });

  it("never answers a question the articles' words do not cover, however close in meaning a section is", () => {
    const question = "what's a good protein powder for runners";
    const chunks = files.flatMap(chunkArticle);
    const closest = Math.max(...createSemanticSimilarity(chunks, bundledWordVectors(), 20)(question));
    expect(closest).toBeGreaterThan(defaultTuning.semanticFloor);
    expect(buildKnowledgeBase(files).search(question, 3)).toEqual([]);
  });

  it("scores a question with no known word as close to nothing", () => {
    const chunks = files.flatMap(chunkArticle);
    const similarity = createSemanticSimilarity(chunks, bundledWordVectors(), 20)("zzxq blorp");
    expect(similarity.every((value) => value === 0)).toBe(true);
    expect(similarity).toHaveLength(chunks.length);
  });
});

describe("the vote of the nearest typical questions", () => {
  const chunks = files.flatMap(chunkArticle);
  const vote = createTypicalQuestionVote(chunks, bundledWordVectors(), defaultTuning.typicalVoteNeighbours);

  it("goes mostly to the section whose typical questions ask what the visitor asks", () => {
    const shares = vote("how long should I ice my knee for after a run");
    const ice = chunks.findIndex((chunk) => chunk.id === "self-care-and-return-to-running#ice");
    expect(shares[ice]).toBe(Math.max(...shares));
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 5);
  });

  it("gives nothing to anyone for a question with no known word", () => {
    expect(vote("zzxq blorp").every((share) => share === 0)).toBe(true);
  });

  it("ranks a right section into the top 3 where the words and the closest single line do not", () => {
    // An office worker's story: the symptoms section's typical questions are many of the nearest.
    const question =
      "I work in an office and sit about nine hours a day. By late afternoon the front of both knees aches, and when I stand up they feel stiff and a bit puffy for the first few steps. I don't do any sport at all. Is this a known thing or am I imagining it?";
    const withVote = buildKnowledgeBase(files).search(question, 3);
    const withoutVote = buildKnowledgeBase(files, { ...defaultTuning, typicalVoteWeight: 0 }).search(question, 3);
    expect(withVote.map((result) => `${result.articleId}#${result.anchor}`)).toContain("runners-knee-basics#symptoms");
    expect(withoutVote.map((result) => `${result.articleId}#${result.anchor}`)).not.toContain(
      "runners-knee-basics#symptoms",
    );
  });

  it("only reorders: a question the articles' words do not cover is still refused", () => {
    const question = "what's a good protein powder for runners";
    expect(Math.max(...vote(question))).toBeGreaterThan(0);
    expect(buildKnowledgeBase(files).search(question, 3)).toEqual([]);
  });
});
