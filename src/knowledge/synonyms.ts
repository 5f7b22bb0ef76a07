import { stem } from "./stem.js";

// Lay words visitors use for terms the articles spell clinically. Applied when indexing: a
// passage that says "osteoarthritis" is also findable by "arthritis". Kept short and clinical;
// each entry bridges a word people actually type to the article's word, never a guess at intent.
// Keys and values are plain words; they are stemmed here so both sides agree with the index.

const layWordsFor: Record<string, string[]> = {
  pain: ["hurt"],
  ache: ["hurt"],
  unstable: ["wobbly"],
  osteoarthritis: ["arthritis"],
  arthritic: ["arthritis"],
  patella: ["kneecap"],
  patellofemoral: ["kneecap"],
  assessment: ["appointment", "consultation"],
  recovery: ["heal", "healing"],
  therapist: ["physio", "physiotherapist"],
  therapy: ["physio", "physiotherapy"],
  pronation: ["overpronation"],
  quadriceps: ["quads", "quad"],
  hamstrings: ["hamstring"],
  iliotibial: ["itb"],
  repetitions: ["reps", "rep"],
};

const extraTermsByStem = new Map<string, string[]>();
for (const [word, layWords] of Object.entries(layWordsFor)) {
  const key = stem(word);
  const extra = [...new Set(layWords.map(stem))].filter((term) => term !== key);
  extraTermsByStem.set(key, [...(extraTermsByStem.get(key) ?? []), ...extra]);
}

/** Extra index terms for a stemmed article term (empty when it has no lay synonym). */
export function layTermsFor(term: string): readonly string[] {
  return extraTermsByStem.get(term) ?? [];
}
