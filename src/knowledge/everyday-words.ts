import { bridges } from "./everyday-word-bridges.js";
import { stemOfToken, tokenize } from "./text-terms.js";

// The bridges themselves are listed in everyday-word-bridges.ts; this file finds them in a question.

// Every word is compared by its stem, with stop words kept, so "popped out" and "keeps me up"
// still match as phrases.
const stemsOf = (text: string) => tokenize(text).map(stemOfToken);

const compiled = bridges.map((bridge) => ({
  phrases: bridge.visitor.map(stemsOf).sort((left, right) => right.length - left.length),
  article: bridge.article,
  articleWordsOnly: bridge.articleWordsOnly ?? false,
  unless: (bridge.unless ?? []).map(stemsOf),
}));

function phraseAt(words: readonly string[], phrase: readonly string[], start: number): boolean {
  return phrase.every((word, offset) => words[start + offset] === word);
}

export interface Expansion {
  /** Positions (in the question's stemmed words) the visitor phrase covered. */
  positions: number[];
  /** Article words to search for as well (plain words; the index stems them). */
  articleWords: string[];
  /** Whether the visitor's words of the phrase are left out of the search (see Bridge). */
  articleWordsOnly: boolean;
}

/** Article words for the everyday phrases in a question; `words` is the question's stems, stop words kept. */
export function everydayExpansions(words: readonly string[]): Expansion[] {
  const expansions: Expansion[] = [];
  for (const bridge of compiled) {
    if (bridge.unless.some((phrase) => words.some((_word, start) => phraseAt(words, phrase, start)))) continue;
    const positions = new Set<number>();
    for (const phrase of bridge.phrases) {
      for (let start = 0; start + phrase.length <= words.length; start++) {
        if (phrase.every((word, offset) => words[start + offset] === word))
          for (let offset = 0; offset < phrase.length; offset++) positions.add(start + offset);
      }
    }
    if (positions.size > 0)
      expansions.push({
        positions: [...positions],
        articleWords: bridge.article,
        articleWordsOnly: bridge.articleWordsOnly,
      });
  }
  return expansions;
}
