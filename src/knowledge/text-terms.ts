import { stem } from "./stem.js";
import { stopWords } from "./stop-words.js";
import { layTermsFor } from "./synonyms.js";

// One way of turning text into search terms, used for the articles and the questions alike,
// so both sides are stemmed and filtered identically.

/** Lower-case words and numbers; apostrophes are dropped so "runner's" and "runners" agree. */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/'/g, "")
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}

// Irregular forms the Porter rules cannot reach, mapped to the form they stem like.
const irregularForms: Record<string, string> = {
  fell: "fall",
  fallen: "fall",
  ran: "run",
  swollen: "swell",
  swelled: "swell",
  tore: "tear",
  torn: "tear",
  broke: "break",
  broken: "break",
  knelt: "kneel",
  felt: "feel",
  took: "take",
  taken: "take",
  wore: "wear",
  worn: "wear",
  stood: "stand",
  rode: "ride",
  ridden: "ride",
  sat: "sit",
  lay: "lie",
  lying: "lie",
  lain: "lie",
  went: "go",
  did: "do",
  done: "do",
  bent: "bend",
  struck: "strike",
  caught: "catch",
  gave: "give",
  given: "give",
  slept: "sleep",
  built: "build",
  kept: "keep",
  feet: "foot",
  teeth: "tooth",
  children: "child",
  women: "woman",
  men: "man",
};

/** The stem of one token, stop word or not. */
export function stemOfToken(token: string): string {
  return stem(irregularForms[token] ?? token);
}

/** The index term for one token, or null for a stop word. */
export function termFor(token: string): string | null {
  if (stopWords.has(token)) return null;
  return stemOfToken(token);
}

/** Every search term in a piece of text, in order, stop words removed. */
export function termsOf(text: string): string[] {
  return tokenize(text).flatMap((token) => termFor(token) ?? []);
}

/** Index terms for one token: its stem plus any lay synonyms (see synonyms.ts). */
export function indexTermsFor(token: string): string[] {
  const term = termFor(token);
  return term === null ? [] : [term, ...layTermsFor(term)];
}

/** Every index term in a piece of text, lay synonyms included, stop words removed. */
export function expandedTermsOf(text: string): string[] {
  return tokenize(text).flatMap(indexTermsFor);
}
