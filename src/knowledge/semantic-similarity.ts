import type { KnowledgeChunk } from "./build-knowledge-base.js";
import { wordCount } from "./question-parts.js";
import { stopWords } from "./stop-words.js";
import { tokenize } from "./text-terms.js";
import type { WordVectors } from "./word-vectors.js";

// How close a question is in meaning to each section, from word vectors: "which muscles do I
// build up" sits near "what should I strengthen" although they share no word. A text's vector
// is the average of its words' vectors, each weighted by how rare the word is in English (SIF:
// a / (a + p(word)), p from the word's rank by Zipf's law), so "knee" and "help" say less than
// "cartilage". The direction all the sections' texts share (mostly "knee pain") is taken out,
// leaving what tells them apart. A section is as close as its closest view: its heading or one
// of its typical questions ("asks"), the short texts a question is most like.
//
// Measured on the question sets (issue 15): the views' similarity alone ranks a right section
// in the top 3 for 72-90% of questions, but it cannot tell an unanswerable question from an
// answerable one (unanswerable questions reach 0.85 where answered ones start near 0.5), so it
// only reorders passages; whether to answer at all stays with the word coverage.

const SIF_A = 3e-4;
// The number of distinct words in GloVe 6B's list; with Euler's constant, Zipf's normaliser.
const ZIPF_NORMALISER = Math.log(400_000) + 0.577;

function embed(text: string, words: WordVectors): Float32Array | null {
  const sum = new Float32Array(words.dimensions);
  let found = 0;
  for (const token of tokenize(text)) {
    if (stopWords.has(token)) continue;
    const vector = words.vectorOf(token);
    const rank = words.rankOf(token);
    if (!vector || rank === undefined) continue;
    const share = 1 / ((rank + 1) * ZIPF_NORMALISER);
    const weight = SIF_A / (SIF_A + share);
    for (let column = 0; column < sum.length; column++)
      sum[column] = (sum[column] ?? 0) + weight * (vector[column] ?? 0);
    found += 1;
  }
  return found === 0 ? null : sum;
}

function unit(vector: Float32Array): Float32Array {
  const length = Math.hypot(...vector) || 1;
  return vector.map((value) => value / length);
}

function dot(left: Float32Array, right: Float32Array): number {
  let sum = 0;
  for (let column = 0; column < left.length; column++) sum += (left[column] ?? 0) * (right[column] ?? 0);
  return sum;
}

/** A function giving each chunk's similarity to a question (-1 to 1; 0 when nothing is known). */
export function createSemanticSimilarity(
  chunks: readonly KnowledgeChunk[],
  words: WordVectors,
  /** Typical questions of this many words or more are stories, not views of the section. */
  storyFromWords: number,
): (question: string) => number[] {
  const views: Array<{ chunk: number; vector: Float32Array }> = [];
  chunks.forEach((chunk, index) => {
    // Short texts only: a whole section's average blurs into "knee advice" (alone it ranked a
    // right section in the top 3 for about half the questions, its typical questions for 84%).
    // A story-style typical question ("flew back Tuesday, calf tight and swollen… should I foam
    // roll it?") sits near every story, whatever it asks: only short ones are views.
    const short = chunk.asks.split("\n").filter((line) => wordCount(line) < storyFromWords);
    const texts = [chunk.heading, ...short];
    for (const text of texts) {
      const vector = embed(text, words);
      if (vector) views.push({ chunk: index, vector: unit(vector) });
    }
  });
  const shared = new Float32Array(words.dimensions);
  for (const { vector } of views)
    for (let column = 0; column < shared.length; column++)
      shared[column] = (shared[column] ?? 0) + (vector[column] ?? 0);
  const common = unit(shared);
  const withoutCommon = (vector: Float32Array) => {
    const along = dot(vector, common);
    return unit(vector.map((value, column) => value - along * (common[column] ?? 0)));
  };
  for (const view of views) view.vector = withoutCommon(view.vector);

  return (question) => {
    const similarity = chunks.map(() => 0);
    const embedded = embed(question, words);
    if (!embedded) return similarity;
    const vector = withoutCommon(unit(embedded));
    for (const view of views) similarity[view.chunk] = Math.max(similarity[view.chunk] ?? 0, dot(vector, view.vector));
    return similarity;
  };
}
