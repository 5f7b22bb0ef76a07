import type MiniSearch from "minisearch";
import type { KnowledgeChunk } from "./build-knowledge-base.js";
import type { SearchTuning } from "./search-tuning.js";
import { questionFrameWords } from "./stop-words.js";
import { questionTermsOf } from "./question-terms.js";
import { indexTermsFor, termFor, tokenize } from "./text-terms.js";
import { typicalQuestionTerms } from "./typical-questions.js";
import { weightlessTerms, whoseKneeTerms } from "./occasion-terms.js";

// How a question is scored against the passages, and the score under which the honest answer is
// "nothing" (applied, with the rest of the answering, in answer-search.ts).
//
// minisearch (BM25 with field boosts, fuzzy and prefix matching) finds and orders candidates,
// but its raw score has no fixed scale, so it cannot carry a no-answer threshold. The score we
// return is instead
//
//   coverage = (sum of idf over the question's terms this passage contains)
//              / (sum of idf over all the question's terms)
//   score    = coverage * (bm25 / best bm25 for this question) ^ rankWeight
//
// Coverage is "how much of what the question is about does this passage contain", in 0-1:
// a word the articles never use (glucosamine, mortgage) carries the largest idf, so leaving it
// unmatched pulls coverage down, while words found everywhere (knee, pain) count for almost
// nothing. Question-frame words ("good", "should", "again") and bare numbers count zero; terms
// matched only fuzzily or by prefix count `inexactCredit`; a passage that matches just one of
// the question's distinctive terms (idf >= strongIdf) when it has two or more is multiplied by
// `singleTermPenalty` (one shared word is a coincidence, not an answer). The bm25 factor, kept
// weak, orders passages that cover the question equally well.
//
// The threshold and the other numbers (search-tuning.ts) were tuned on the question sets (see
// tests/knowledge/); re-measure if articles change.
//
// The threshold decides only whether the articles answer at all. Which passages are shown, and
// in what order, is decided by that word score blended with the meaning match of
// semantic-similarity.ts (word vectors: a question near one of a section's typical questions in
// meaning, with no word in common): ranked = (word + weight * max(0, meaning - floor) / (1 -
// floor)) / (1 + weight). Measured (issue 15, fourth round; weight and floor chosen on dev and
// held-out 1-2, with and without the "asks" lines, held-out 3 only reported): held-out 3 recall@3
// 0.638 -> 0.710 from filling the top 3 below the threshold and dropping the new-article
// preference, -> 0.754 with the meaning match; refusals unchanged. Without asks lines the
// meaning match neither helps nor hurts: its gain comes from the sections' typical questions.
//
// A message of askingPartsFrom words or more is also scored by its asking parts
// (question-parts.ts, answer-search.ts): it is answered when the whole or an asking part clears the threshold, and
// ranked by the mean of the whole message's score and its best part's. Measured (sixth round):
// long story-style messages, recall@3 0.26 -> 0.88 on the long-message set, blind held-out 6
// 0.631 -> 0.831 on its first run; the short sets unchanged or better. In those parts a word no
// article uses but English uses everywhere ("hope", "sensible") weighs at most
// everydayWordWeight: it is phrasing, not a topic the articles lack (the whole message keeps
// full weights, so refusals stand). A story naming warning signs leads with the articles'
// warning-signs section (warning-signs-told.ts).
//
// A word a passage has only in its typical questions covers the question through one typical
// question at a time (typical-questions.ts); the order shown follows answer-order.ts.

export interface ScoredChunk {
  id: string;
  articleId: string;
  /** The ranking score: the word score blended with the meaning match, 0-1. */
  score: number;
  /** The word score alone (coverage and bm25): what the no-answer threshold is applied to. */
  lexical: number;
  coverage: number;
  /** Question terms this passage matched (for debugging and tuning). */
  matched: string[];
  /** Indexes of the question's term groups this passage contains. */
  coveredGroups: number[];
}

interface LexicalMatch {
  score: number;
  coverage: number;
  matched: string[];
  coveredGroups: number[];
  raw: number;
}

export const frameTerms = new Set([...questionFrameWords].flatMap((word) => termFor(word) ?? []));

export interface ScorerReaders {
  /** Each chunk's meaning match to a question, in the order of `chunks` (semantic-similarity.ts). */
  semantic?: (question: string) => number[];
  /** Each chunk's share of the typical questions nearest in meaning (semantic-similarity.ts). */
  typicalVote?: (question: string) => number[];
  /** How common a word is in English (word-vectors.ts), commonest 0. */
  rankOf?: (word: string) => number | undefined;
}

export function createScorer(
  index: MiniSearch<KnowledgeChunk>,
  chunks: KnowledgeChunk[],
  tuning: SearchTuning,
  { semantic, typicalVote, rankOf }: ScorerReaders = {},
) {
  // Each passage's own terms (title, topics, heading and body). The "asks" lines are searched but
  // kept out of the idf, so a word only they use still counts as telling when it is missing.
  const passageTerms = new Map(
    chunks.map((chunk) => [
      chunk.id,
      new Set(tokenize(`${chunk.title} ${chunk.topics} ${chunk.text}`).flatMap(indexTermsFor)),
    ]),
  );
  const documentFrequency = new Map<string, number>();
  for (const terms of passageTerms.values())
    for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);

  /**
   * BM25's idf; a term no article uses gets the largest weight. Frame words and numbers get 0, and
   * so does a number with a unit no article uses ("in your 60s", "three 12s", "20k steps").
   */
  const weight = (term: string) => {
    // Bare numbers, and sets and reps as an exercise sheet writes them ("x2", "3x10").
    if (frameTerms.has(term) || /^(?:\d+|x\d+|\d+x\d*)$/.test(term)) return 0;
    const df = documentFrequency.get(term) ?? 0;
    if (df === 0 && /^\d+[a-z]{1,4}$/.test(term)) return 0;
    return Math.log(1 + (chunks.length - df + 0.5) / (df + 0.5));
  };

  const searchOptions = {
    // minisearch reads a boost of 0 as 1, so zero-boost fields are left out instead.
    fields: Object.keys(tuning.boost).filter((field) => (tuning.boost[field] ?? 0) > 0),
    boost: tuning.boost,
    fuzzy: (term: string) => (term.length >= tuning.minFuzzyLength ? tuning.fuzzyRatio : false),
    prefix: (term: string, position: number, terms: string[]) => position === terms.length - 1 && term.length >= 3,
  };

  const asksLines = typicalQuestionTerms(chunks, tuning.askingPartsFrom);
  const known = (term: string) => (documentFrequency.get(term) ?? 0) > 0;
  const vocabulary = [...documentFrequency.keys()].sort();

  /** A group of interchangeable terms weighs what its most telling term the articles use weighs. */
  const groupWeight = (group: readonly string[]) => {
    const known = group.filter((term) => (documentFrequency.get(term) ?? 0) > 0);
    return Math.max(0, ...(known.length > 0 ? known : group).map(weight));
  };

  /**
   * Every candidate passage, best first, before the threshold. `everydayWordsWeigh` caps the
   * weight of a word no article uses but everyone does (by its rank in English)
   */
  function scoreAll(query: string, everydayWordsWeigh?: number): ScoredChunk[] {
    const { groups, addedWords, addedTerms } = questionTermsOf(query, known, vocabulary);
    const weights = groups.map(groupWeight);
    if (everydayWordsWeigh !== undefined && rankOf) {
      // The visitor's word for each stem: word ranks are kept per word, not per stem.
      const wordOf = new Map<string, string>();
      for (const token of tokenize(query)) {
        const term = termFor(token);
        if (term !== null && !wordOf.has(term)) wordOf.set(term, token);
      }
      groups.forEach((group, index) => {
        const term = group[0] ?? "";
        if (group.length !== 1 || (documentFrequency.get(term) ?? 0) > 0) return;
        const rank = rankOf(wordOf.get(term) ?? term);
        if (rank !== undefined && rank < tuning.everydayWordRank)
          weights[index] = Math.min(weights[index] ?? 0, everydayWordsWeigh);
      });
    }
    const occasions = weightlessTerms(query);
    const whose = whoseKneeTerms(query);
    groups.forEach((group, index) => {
      const term = group[0] ?? "";
      if (group.length === 1 && !known(term) && occasions.has(term)) weights[index] = 0;
      if (whose.has(term)) weights[index] = 0;
    });
    const totalWeight = weights.reduce((sum, value) => sum + value, 0);
    if (totalWeight === 0) return [];
    const strongGroups = groups.filter((_group, index) => (weights[index] ?? 0) >= tuning.strongIdf);
    // Frame words ("mean", "best") take no part in ranking either.
    const searchText = tokenize(query)
      .filter((token) => !frameTerms.has(termFor(token) ?? ""))
      .join(" ");
    const results = index.search([searchText, ...addedWords].join(" "), {
      ...searchOptions,
      // The article's words for an everyday phrase help ranking, but less than the visitor's own.
      boostTerm: (term: string) => (addedTerms.has(term) ? tuning.addedTermBoost : 1),
    });
    const bestRaw = results[0]?.score ?? 1;

    const lexical = new Map<string, LexicalMatch>(
      results.map((result) => {
        const id = String(result.id);
        const matched = new Set(result.queryTerms);
        const exact = new Set(result.terms);
        // A word the passage has only in its typical questions counts only with the one of them
        // that covers the most of the question.
        const asksOnly = new Set(
          Object.entries(result.match as Record<string, string[]>)
            .filter(([, fields]) => fields.every((field) => field === "asks"))
            .map(([term]) => term),
        );
        // The visitor's own word counts in full; an everyday phrase's article word, an approximation, a little less.
        const credit = (group: readonly string[], line?: ReadonlySet<string>) =>
          Math.max(
            0,
            ...group.map((term) => {
              const found = asksOnly.has(term)
                ? Number(line?.has(term) ?? false)
                : exact.has(term)
                  ? 1
                  : matched.has(term)
                    ? tuning.inexactCredit
                    : 0;
              return found * (addedTerms.has(term) ? tuning.bridgeCredit : 1);
            }),
          );
        const coveredWith = (line?: ReadonlySet<string>) =>
          groups.reduce((sum, group, index) => sum + (weights[index] ?? 0) * credit(group, line), 0);
        let bestLine: ReadonlySet<string> | undefined;
        let covered = coveredWith();
        const onlyInAsks = [...asksOnly];
        for (const line of onlyInAsks.length > 0 ? (asksLines.get(id) ?? []) : []) {
          if (!onlyInAsks.some((term) => line.has(term))) continue;
          const withLine = coveredWith(line);
          if (withLine > covered) [bestLine, covered] = [line, withLine];
        }
        const coveredGroups = groups.flatMap((group, index) => (credit(group, bestLine) > 0 ? [index] : []));
        let coverage = covered / totalWeight;
        const strongFound = strongGroups.filter((group) => credit(group, bestLine) > 0).length;
        if (strongGroups.length >= 2 && strongFound < 2) coverage *= tuning.singleTermPenalty;
        const score = coverage * (result.score / bestRaw) ** tuning.rankWeight;
        const found: LexicalMatch = { score, coverage, matched: [...matched], coveredGroups, raw: result.score };
        return [id, found];
      }),
    );
    const meaning = tuning.semanticWeight > 0 && semantic ? semantic(query) : undefined;
    const vote = tuning.typicalVoteWeight > 0 && typicalVote ? typicalVote(query) : undefined;
    const blend = (word: number, position: number) => {
      const blended = meaning
        ? (word +
            (tuning.semanticWeight * Math.max(0, (meaning[position] ?? 0) - tuning.semanticFloor)) /
              (1 - tuning.semanticFloor)) /
          (1 + tuning.semanticWeight)
        : word;
      // The vote only reorders passages found otherwise: alone it would answer anything.
      return blended > 0 && vote ? blended + tuning.typicalVoteWeight * (vote[position] ?? 0) : blended;
    };

    return chunks
      .flatMap((chunk, position) => {
        const found = lexical.get(chunk.id);
        const score = blend(found?.score ?? 0, position);
        if (score <= 0) return [];
        return [
          {
            id: chunk.id,
            articleId: chunk.articleId,
            score,
            lexical: found?.score ?? 0,
            coverage: found?.coverage ?? 0,
            matched: found?.matched ?? [],
            coveredGroups: found?.coveredGroups ?? [],
            raw: found?.raw ?? 0,
          },
        ];
      })
      .sort((left, right) => right.score - left.score || right.raw - left.raw)
      .map(({ raw: _raw, ...chunk }) => chunk);
  }

  return {
    scoreAll,
    weight,
    groupWeight,
    known,
    vocabulary,
    documentFrequency,
    /** A passage's own terms (title, topics, heading and body; not its typical questions). */
    ownTerms: (id: string) => passageTerms.get(id),
  };
}

export type Scorer = ReturnType<typeof createScorer>;
