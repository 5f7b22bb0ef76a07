import { wordVectorData } from "./word-vectors-data.js";

// The bundled word vectors (build-word-vectors.ts: GloVe's commonest words, each encoded by the
// Universal Sentence Encoder lite and reduced to 64 dimensions), decoded once on first use. atob and
// typed arrays exist on Node and on Workers alike, so both run the same search.

export interface WordVectors {
  dimensions: number;
  /** The word's unit vector, or undefined for a word the list does not hold. */
  vectorOf(word: string): Float32Array | undefined;
  /** How common the word is in English: its place in GloVe's list, commonest 0. */
  rankOf(word: string): number | undefined;
}

interface WordVectorData {
  dimensions: number;
  words: string;
  ranks: string;
  vectors: string;
}

export function decodeWordVectors(data: WordVectorData): WordVectors {
  const words = data.words.split(" ");
  const ranks = data.ranks.split(" ").map((rank) => Number.parseInt(rank, 36));
  const binary = atob(data.vectors);
  const bytes = new Int8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = (binary.charCodeAt(index) << 24) >> 24;
  const rowOf = new Map(words.map((word, row) => [word, row]));
  const { dimensions } = data;
  const vectors = new Map<number, Float32Array>();

  return {
    dimensions,
    vectorOf(word) {
      const row = rowOf.get(word);
      if (row === undefined) return undefined;
      let vector = vectors.get(row);
      if (!vector) {
        vector = Float32Array.from(bytes.subarray(row * dimensions, (row + 1) * dimensions));
        const length = Math.hypot(...vector) || 1;
        for (let column = 0; column < dimensions; column++) vector[column] = (vector[column] ?? 0) / length;
        vectors.set(row, vector);
      }
      return vector;
    },
    rankOf(word) {
      const row = rowOf.get(word);
      return row === undefined ? undefined : ranks[row];
    },
  };
}

let shared: WordVectors | undefined;

/** The bundled word vectors, decoded on first use and shared after that (they are read-only). */
export function bundledWordVectors(): WordVectors {
  shared ??= decodeWordVectors(wordVectorData);
  return shared;
}
