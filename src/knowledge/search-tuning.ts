// The numbers of the search (search-scoring.ts), with the values we ship. Each was
// chosen on the question sets in tests/knowledge/ (README, issue 15 rounds); tests and the eval
// pass variants to buildKnowledgeBase to measure them.

export interface SearchTuning {
  /** Field weights for minisearch; 0 leaves the field out. */
  boost: Record<string, number>;
  /** Fuzzy edit distance as a share of the term's length, for terms of minFuzzyLength or more. */
  fuzzyRatio: number;
  minFuzzyLength: number;
  inexactCredit: number;
  strongIdf: number;
  singleTermPenalty: number;
  rankWeight: number;
  /** Passages scoring below this are not an answer. */
  threshold: number;
  /** Weight of the article words an everyday phrase adds, relative to the visitor's own words. */
  addedTermBoost: number;
  /** Coverage credit for matching a question part only through an everyday phrase's article word. */
  bridgeCredit: number;
  /** Weight of the meaning match (semantic-similarity.ts) next to the word score; 0 leaves it out. */
  semanticWeight: number;
  /** Meaning matches below this count nothing; above it they count in proportion (0-1). */
  semanticFloor: number;
  /** Weight of a passage's share of the typical questions nearest in meaning; 0 leaves it out. */
  typicalVoteWeight: number;
  /** How many of the nearest typical questions vote. */
  typicalVoteNeighbours: number;
  /** Messages of this many words or more are also searched by their asking parts (question-parts.ts); 0 never. */
  askingPartsFrom: number;
  /** In ranking a long message, the share of its best asking part (the whole message has the rest). */
  askingPartsWeight: number;
  /** In a long message's asking parts, a word no article uses but among the commonest this many in English... */
  everydayWordRank: number;
  /** ...weighs at most this (it is phrasing, not a topic the articles lack); the whole message keeps full weights. */
  everydayWordWeight: number;
  /** A question asking why ranks a section headed "Why…" or "What causes…" this share higher (capped at 1 when shown). */
  reasonAskedBoost: number;
  /**
   * A warning-signs answer from an article's single list gives way to the sections another article
   * grades by urgency when they score at least this share of it.
   */
  gradedWarningShare: number;
  /** A told sentence names warning signs when it has this many words the articles use mostly in warning-signs sections... */
  warningTermsTold: number;
  /** ...that is, in this share of the passages that use them or more. */
  warningTermShare: number;
  /**
   * A told sentence naming two warning signs or more ("the calf is swollen and sore") leads when its
   * best passage reaches this share of the threshold: a long sentence's other words dilute it.
   */
  warningSignsNamedShare: number;
  /**
   * A told sentence naming this many warning words is answered from the warning list even when
   * another part of the story names a topic the articles leave out ("had keyhole surgery a month
   * ago… hot, red and swollen, feverish"). Measured over every real set (eighth round): 3 found 3
   * more right sections and refused as many unanswerable questions (618); 2 found 8 more and
   * refused 9 fewer; 1 found 12 more and refused 30 fewer.
   */
  warningTermsOverTopics: number;
}

export const defaultTuning: SearchTuning = {
  boost: { title: 0.5, topics: 0.5, heading: 1.5, text: 1, asks: 0.6 },
  fuzzyRatio: 0.2,
  minFuzzyLength: 5,
  inexactCredit: 0.5,
  strongIdf: 1,
  singleTermPenalty: 0.8,
  rankWeight: 0.5,
  threshold: 0.3,
  addedTermBoost: 0.6,
  bridgeCredit: 0.85,
  semanticWeight: 1,
  semanticFloor: 0.3,
  typicalVoteWeight: 0.2,
  typicalVoteNeighbours: 15,
  askingPartsFrom: 20,
  askingPartsWeight: 0.5,
  everydayWordRank: 15_000,
  everydayWordWeight: 2,
  reasonAskedBoost: 0.6,
  gradedWarningShare: 0.8,
  warningTermsTold: 1,
  warningTermShare: 0.8,
  warningSignsNamedShare: 0.8,
  warningTermsOverTopics: 3,
};
