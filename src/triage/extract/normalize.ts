import { typoCorrections } from "./typos.js";

// Matching runs on a folded copy of the visitor's text; every character remembers where it
// came from so evidence and screen hits can quote the visitor's own words, not our folding.

export interface NormalizedText {
  /** What the visitor wrote. */
  source: string;
  /** Lower-cased, straight quotes, single spaces, common typos corrected. */
  text: string;
  /** origin[i] is the index in `source` of text[i]. */
  origin: number[];
}

const characterMap: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201B": "'",
  "\u2032": "'",
  "`": "'",
  "\u00B4": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
};

function foldCharacters(source: string): { text: string; origin: number[] } {
  let text = "";
  const origin: number[] = [];
  for (let index = 0; index < source.length; index++) {
    const raw = source[index] ?? "";
    let mapped = (characterMap[raw] ?? raw).toLowerCase();
    if (/^\s$/.test(mapped)) {
      // Line breaks end a sentence (people list symptoms one per line); other runs of space are one space.
      mapped = mapped === "\n" ? "\n" : " ";
      const previous = text[text.length - 1];
      if (previous === mapped || (mapped === " " && previous === "\n")) continue;
    }
    for (const char of mapped) {
      text += char;
      origin.push(index);
    }
  }
  return { text, origin };
}

export function normalizeText(source: string): NormalizedText {
  const folded = foldCharacters(source);
  let text = "";
  const origin: number[] = [];
  const copy = (from: number, to: number) => {
    for (let index = from; index < to; index++) {
      text += folded.text[index];
      origin.push(folded.origin[index] ?? source.length);
    }
  };
  let last = 0;
  for (const match of folded.text.matchAll(/[a-z]+(?:'[a-z]+)*/g)) {
    const word = match[0];
    const correction = Object.hasOwn(typoCorrections, word) ? typoCorrections[word] : undefined;
    if (correction === undefined) continue;
    copy(last, match.index);
    for (let offset = 0; offset < correction.length; offset++) {
      text += correction[offset];
      origin.push(folded.origin[match.index + Math.min(offset, word.length - 1)] ?? source.length);
    }
    last = match.index + word.length;
  }
  copy(last, folded.text.length);
  return { source, text, origin };
}

/** The visitor's own words behind text[start, end), trimmed of edge spaces and punctuation. */
export function sourceExcerpt(normalized: NormalizedText, start: number, end: number): string {
  if (end <= start) return "";
  const from = normalized.origin[start] ?? normalized.source.length;
  const to = (normalized.origin[end - 1] ?? normalized.source.length - 1) + 1;
  return normalized.source.slice(from, to).replace(/^[\s,;:.!?-]+|[\s,;:.!-]+$/g, "");
}
