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

/**
 * Short texts placed in one meaning space: each text's vector, with the direction all of them share
 * (mostly "knee pain") taken out, so what is left tells them apart. `near` gives a question's
 * similarity to each text (-1 to 1; 0 for a text with no known word), or null when none of the
 * question's words is known. The vectors sit in one flat array: this runs for every part of every
 * message searched.
 */
function meaningSpace(texts: readonly string[], words: WordVectors) {
  const size = words.dimensions;
  const flat = new Float32Array(texts.length * size);
  const placed = new Uint8Array(texts.length);
  const shared = new Float32Array(size);
  texts.forEach((text, at) => {
    const vector = embed(text, words);
    if (!vector) return;
    const direction = unit(vector);
    flat.set(direction, at * size);
    placed[at] = 1;
    for (let column = 0; column < size; column++) shared[column] = (shared[column] ?? 0) + (direction[column] ?? 0);
  });
  const common = unit(shared);
  const withoutCommon = (vector: Float32Array) => {
    const along = dot(vector, common);
    return unit(vector.map((value, column) => value - along * (common[column] ?? 0)));
  };
  for (let at = 0; at < texts.length; at++)
    if (placed[at]) flat.set(withoutCommon(flat.subarray(at * size, (at + 1) * size)), at * size);
  return {
    near(question: string): Float32Array | null {
      const embedded = embed(question, words);
      if (!embedded) return null;
      const vector = withoutCommon(unit(embedded));
      const similarity = new Float32Array(texts.length);
      for (let at = 0; at < texts.length; at++) {
        if (!placed[at]) continue;
        let sum = 0;
        const offset = at * size;
        for (let column = 0; column < size; column++) sum += (vector[column] ?? 0) * (flat[offset + column] ?? 0);
        similarity[at] = sum;
      }
      return similarity;
    },
  };
}

/** Each chunk's texts (`textsOf`) in one meaning space, with the chunk each text belongs to. */
function placeChunkTexts(
  chunks: readonly KnowledgeChunk[],
  words: WordVectors,
  textsOf: (chunk: KnowledgeChunk) => string[],
) {
  const owners: number[] = [];
  const texts = chunks.flatMap((chunk, index) =>
    textsOf(chunk).map((text) => {
      owners.push(index);
      return text;
    }),
  );
  return { owners, space: meaningSpace(texts, words) };
}

/** A function giving each chunk's similarity to a question (-1 to 1; 0 when nothing is known). */
export function createSemanticSimilarity(
  chunks: readonly KnowledgeChunk[],
  words: WordVectors,
  /** Typical questions of this many words or more are stories, not views of the section. */
  storyFromWords: number,
): (question: string) => number[] {
  // Short texts only: a whole section's average blurs into "knee advice" (alone it ranked a
  // right section in the top 3 for about half the questions, its typical questions for 84%).
  // A story-style typical question ("flew back Tuesday, calf tight and swollen… should I foam
  // roll it?") sits near every story, whatever it asks: only short ones are views.
  const { owners, space } = placeChunkTexts(chunks, words, (chunk) => [
    chunk.heading,
    ...chunk.asks.split("\n").filter((line) => wordCount(line) < storyFromWords),
  ]);
  return (question) => {
    const similarity = chunks.map(() => 0);
    const near = space.near(question);
    if (!near) return similarity;
    owners.forEach((chunk, at) => {
      similarity[chunk] = Math.max(similarity[chunk] ?? 0, near[at] ?? 0);
    });
    return similarity;
  };
}

/**
 * Each chunk's share of the typical questions (stories too) nearest in meaning to a question: the
 * sum of the similarities of its own among the `neighbours` nearest, over the whole vote. A
 * section that many close typical questions point to is a likelier answer than one that a single
 * close heading or line does (issue 15, eleventh round).
 */
export function createTypicalQuestionVote(
  chunks: readonly KnowledgeChunk[],
  words: WordVectors,
  neighbours: number,
): (question: string) => number[] {
  const { owners, space } = placeChunkTexts(chunks, words, (chunk) =>
    chunk.asks.split("\n").filter((line) => line.trim() !== ""),
  );
  return (question) => {
    const vote = chunks.map(() => 0);
    const near = space.near(question);
    if (!near) return vote;
    // The `neighbours` nearest lines, kept sorted as they are found (no sort of every line).
    const nearest: number[] = [];
    for (let at = 0; at < near.length; at++) {
      const similarity = near[at] ?? 0;
      if (similarity <= 0) continue;
      if (nearest.length === neighbours && similarity <= (near[nearest[neighbours - 1] ?? 0] ?? 0)) continue;
      let place = nearest.length;
      while (place > 0 && (near[nearest[place - 1] ?? 0] ?? 0) < similarity) place--;
      nearest.splice(place, 0, at);
      if (nearest.length > neighbours) nearest.pop();
    }
    const total = nearest.reduce((sum, at) => sum + (near[at] ?? 0), 0);
    for (const at of nearest) {
      const chunk = owners[at] ?? 0;
      vote[chunk] = (vote[chunk] ?? 0) + (near[at] ?? 0) / total;
    }
    return vote;
  };
}
