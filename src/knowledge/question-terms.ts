import { everydayExpansions } from "./everyday-words.js";
import { questionIntents } from "./question-intent.js";
import { stemOfToken, termFor, tokenize } from "./text-terms.js";
import { bundledWordVectors } from "./word-vectors.js";

// What a question asks about, as groups of interchangeable search terms: each word the
// visitor used is a group of its own, and an everyday phrase ("frozen peas") becomes one group
// with the article's words for it ("ice", "cold", "pack"). A passage covers a group when it
// contains any of its terms, so a question is not counted twice for saying the same thing in
// two vocabularies.

export interface QuestionTerms {
  groups: string[][];
  /** Article words added by everyday phrases, to search for alongside the question. */
  addedWords: string[];
  /** Terms (stemmed) that only the added words brought in. */
  addedTerms: Set<string>;
}

// A word no article uses is often a near form of one they do: "stretchy" of stretch, "shorter"
// of short, "crackly" of crackle. Such a word gets its known near form as an alternative (counted
// like an everyday word's article word). An adverb no article uses ("terribly", "massively") says
// how, not what, so it is not a part of the question at all.
const nearFormEndings = ["i", "er", "est", "li", "ier", "y", "s"];
function nearForm(term: string, known: (term: string) => boolean, vocabulary: readonly string[]): string | null {
  for (const ending of nearFormEndings) {
    if (!term.endsWith(ending) || term.length - ending.length < 4) continue;
    const base = term.slice(0, -ending.length);
    for (const candidate of ending === "ier" ? [`${base}i`, `${base}y`] : [base, `${base}e`])
      if (known(candidate)) return candidate;
  }
  // The stemmer leaves some families apart: "recover" stems to recov, "recovery" to recoveri. The
  // vocabulary is sorted, so the terms that begin with this one start where it would stand.
  if (term.length < 5) return null;
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((vocabulary[middle] ?? "") < term) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < vocabulary.length && (vocabulary[index] ?? "").startsWith(term); index++) {
    const candidate = vocabulary[index] ?? "";
    if (candidate.length - term.length <= 3) return candidate;
  }
  return null;
}

// "runing", "swiming", "stoping": a consonant typed once that the word doubles before -ing or
// -ed. The word with it doubled is taken when the articles use it and the typed word is no English
// word of its own.
const singleBeforeEnding = /^([a-z]*[aeiou])([bdgmnprt])(ing|ed|er)$/;
function doubledForm(token: string, known: (term: string) => boolean): string | null {
  const parts = singleBeforeEnding.exec(token);
  // "hoping" and "taped" are words of their own, not "hopping" and "tapped" mistyped.
  if (!parts || bundledWordVectors().rankOf(token) !== undefined) return null;
  const [, stem, consonant, ending] = parts;
  const term = termFor(`${stem}${consonant}${consonant}${ending}`);
  return term !== null && known(term) ? term : null;
}

/**
 * `known` says whether the articles use a term, `vocabulary` lists the terms they use (sorted); without
 * them (the default) every word stands as the visitor wrote it.
 */
export function questionTermsOf(
  question: string,
  known?: (term: string) => boolean,
  vocabulary: readonly string[] = [],
): QuestionTerms {
  const tokens = tokenize(question);
  const contentTerms = tokens.map(termFor);
  const expansions = everydayExpansions(tokens.map(stemOfToken));
  const covered = new Set<number>();
  const groups: string[][] = [];
  const addedWords: string[] = [];
  for (const expansion of expansions) {
    const visitorTerms = expansion.articleWordsOnly
      ? []
      : expansion.positions.flatMap((position) => contentTerms[position] ?? []);
    const articleTerms = expansion.articleWords.flatMap((word) => termFor(word) ?? []);
    expansion.positions.forEach((position) => covered.add(position));
    groups.push([...new Set([...visitorTerms, ...articleTerms])]);
    addedWords.push(...expansion.articleWords);
  }
  for (const intent of questionIntents(question)) {
    const articleTerms = intent.articleWords.flatMap((word) => termFor(word) ?? []);
    // An intent adds a part only when the visitor's own words don't already name it.
    if (!groups.some((group) => articleTerms.some((term) => group.includes(term)))) {
      groups.push(articleTerms);
      addedWords.push(...intent.articleWords);
    }
  }
  const own = new Set(contentTerms.flatMap((term) => term ?? []));
  contentTerms.forEach((term, position) => {
    if (term === null || covered.has(position) || groups.some((group) => group.length === 1 && group[0] === term))
      return;
    if (known && !known(term)) {
      if (/^[a-z]{3,}ly$/.test(tokens[position] ?? "")) return;
      const near = doubledForm(tokens[position] ?? "", known) ?? nearForm(term, known, vocabulary);
      if (near !== null) {
        groups.push([term, near]);
        addedWords.push(near);
        return;
      }
    }
    groups.push([term]);
  });
  const addedTerms = new Set(addedWords.flatMap((word) => termFor(word) ?? []).filter((term) => !own.has(term)));
  return { groups, addedWords, addedTerms };
}

/** Every term of a question, its everyday phrases' article words included. */
export function allQuestionTerms(question: string): string[] {
  return [...new Set(questionTermsOf(question).groups.flat())];
}
