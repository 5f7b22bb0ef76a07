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

const isSpace = (char: string) => /^\s$/.test(char);

/** Lower-case, straighten quotes and collapse spaces, remembering where each character came from. */
function foldCharacters(source: string): { text: string; origin: number[] } {
  const lower = source.toLowerCase();
  // A few characters lower-case to two ("İ"): then map one by one.
  if (lower.length !== source.length) return foldOneByOne(source);
  let text = "";
  const origin: number[] = [];
  let runStart = 0;
  let previous = "";
  for (let index = 0; index < lower.length; index++) {
    const raw = lower[index] as string;
    const code = raw.charCodeAt(0);
    // Letters, digits and most punctuation are copied as a run (the common case, no allocation).
    if (code > 32 && code < 127 && raw !== "`") {
      origin.push(index);
      previous = raw;
      continue;
    }
    let mapped = characterMap[raw] ?? raw;
    text += lower.slice(runStart, index);
    runStart = index + 1;
    if (isSpace(mapped)) {
      // Line breaks end a sentence (people list symptoms one per line); other runs of space are one space.
      mapped = mapped === "\n" ? "\n" : " ";
      if (previous === mapped || (mapped === " " && previous === "\n")) continue;
    }
    text += mapped;
    for (let offset = 0; offset < mapped.length; offset++) origin.push(index);
    previous = mapped[mapped.length - 1] ?? previous;
  }
  text += lower.slice(runStart);
  return { text, origin };
}

function foldOneByOne(source: string): { text: string; origin: number[] } {
  let text = "";
  const origin: number[] = [];
  for (let index = 0; index < source.length; index++) {
    const raw = source[index] ?? "";
    let mapped = (characterMap[raw] ?? raw).toLowerCase();
    if (isSpace(mapped)) {
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

// Only the words to correct are looked for, as whole words as the tokenizer sees them
// (letters with inner apostrophes: "ya" but not the "ya" of "ya'll").
const typoWords = new RegExp(
  String.raw`(?<![a-z])(?<![a-z]')(?:${Object.keys(typoCorrections)
    .sort((a, b) => b.length - a.length)
    .join("|")})(?![a-z])(?!'[a-z])`,
  "g",
);

export function normalizeText(source: string): NormalizedText {
  const folded = foldCharacters(source);
  typoWords.lastIndex = 0;
  const hasTypo = typoWords.test(folded.text);
  typoWords.lastIndex = 0;
  if (!hasTypo) return { source, text: folded.text, origin: folded.origin };
  let text = "";
  const origin: number[] = [];
  const copy = (from: number, to: number) => {
    text += folded.text.slice(from, to);
    for (let index = from; index < to; index++) origin.push(folded.origin[index] ?? source.length);
  };
  let last = 0;
  for (const match of folded.text.matchAll(typoWords)) {
    const word = match[0];
    const correction = typoCorrections[word] ?? word;
    copy(last, match.index);
    text += correction;
    for (let offset = 0; offset < correction.length; offset++) {
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
