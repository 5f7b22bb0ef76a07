import type { KnowledgeChunk } from "./build-knowledge-base.js";
import { denies, isAsking, sentencesOfMessage } from "./question-parts.js";
import { questionTermsOf } from "./question-terms.js";
import { sentencesOf } from "./sentences.js";
import { expandedTermsOf, indexTermsFor, termFor, termsOf, tokenize } from "./text-terms.js";

// A long message's story may name warning signs the articles list ("my calf is sore and looks
// swollen") while its last line asks something else ("should I just foam roll it?"). Such a
// story is answered from the warning-signs section first (search-scoring.ts). Any warning
// passage clearing the threshold is not enough to say so: those passages share "aches",
// "arthritis" and "kneecap" with every ordinary story (measured, issue 15 sixth round: as a
// lead it cost the long sets 0.04-0.10 MRR). A told sentence names warning signs when it holds
// at least `termsTold` words the articles use mostly in warning-signs sections ("calf",
// "swollen", "fever", "numb"), and its best passage of all is one of those sections, scoring at
// least the threshold (or `namedShare` of it when the sentence names two such words: "twelve hour
// bus ride home on Sunday and since then my knee has ached and the calf below it is swollen").

export interface WarningSignsTuning {
  /** How many warning words (warningWords) one told sentence must hold. */
  termsTold: number;
  /** The no-answer threshold (on the word score). */
  threshold: number;
  /** The share of the threshold enough for a sentence naming two warning words or more. */
  namedShare: number;
}

// "four steps", "three months": counts, not signs; nor is an age ("I'm 55, always been a walker"),
// which the lists name only beside an injury ("after an injury you are 55 or older"), nor "within"
// ("it was back within 3 runs"): the lists' "swelled within two hours" is a sign by its swelling.
const countsAndTimings = new Set(
  "one two three four five six seven eight nine ten eleven twelve within"
    .split(" ")
    .flatMap((word) => termFor(word) ?? []),
);

/** Words the articles use mostly where they list warning signs: in at least `share` of the passages that use them. */
export function warningWords(
  chunks: readonly KnowledgeChunk[],
  documentFrequency: ReadonlyMap<string, number>,
  ignored: ReadonlySet<string>,
  share: number,
): Set<string> {
  const inWarnings = new Map<string, number>();
  for (const chunk of chunks)
    if (chunk.warningSigns)
      for (const term of new Set(tokenize(chunk.text).flatMap(indexTermsFor)))
        inWarnings.set(term, (inWarnings.get(term) ?? 0) + 1);
  const words = new Set<string>();
  for (const [term, count] of inWarnings)
    if (
      !ignored.has(term) &&
      !countsAndTimings.has(term) &&
      !/^\d+$/.test(term) &&
      count / (documentFrequency.get(term) ?? count) >= share
    )
      words.add(term);
  return words;
}

/** The ids of the sections that list warning signs (an article's `warning-signs`). */
export function warningSectionIds(chunks: readonly KnowledgeChunk[]): Set<string> {
  return new Set(chunks.filter((chunk) => chunk.warningSigns).map((chunk) => chunk.id));
}

/**
 * The warning words that name a sign ("swollen", "fever", "replacement"), not what to do about it:
 * the words of the lists' lead-ins ("Go to an emergency department… if:", "Get urgent care
 * today…") are left out, so "how long will she be in hospital?" tells no sign.
 */
export function signWords(chunks: readonly KnowledgeChunk[], words: ReadonlySet<string>): Set<string> {
  const leadIns = new Set(
    chunks
      .filter((chunk) => chunk.warningSigns)
      .flatMap((chunk) => sentencesOf(chunk.body).filter((sentence) => sentence.text.endsWith(":")))
      .flatMap((sentence) => expandedTermsOf(sentence.text)),
  );
  return new Set([...words].filter((term) => !leadIns.has(term)));
}

// Where one told clause ends and another begins: "…swollen and sore, but the knee isn't bad",
// "it's red and hot, I didn't knock it".
const clauseBreak = /,\s*|\s+but\s+|;\s*|\s+-\s+|\s+(?=no\s)/i;

/**
 * The sentences less the clauses that deny: a clause that denies ("but the knee itself isn't too
 * bad", "no fever") leaves the rest of its sentence; a sentence that denies nothing stays whole.
 */
export function affirmedClauses(sentences: readonly string[]): string[] {
  return sentences
    .flatMap((sentence) => (denies(sentence) ? sentence.split(clauseBreak) : [sentence]))
    .filter((clause) => !denies(clause));
}

/** The words of a message's clauses that deny nothing, in everyday words too ("pins and needles" is tingling). */
export function termsTold(message: string): Set<string> {
  return new Set(
    affirmedClauses(sentencesOfMessage(message)).flatMap((clause) => [
      ...expandedTermsOf(clause),
      ...questionTermsOf(clause).groups.flat(),
    ]),
  );
}

// What a visitor denies outright: up to three words after the denial, not past the next clause,
// and not what keeps on ("never stops locking", "never straightens properly").
const deniedOutright =
  /\b(?:no|didn'?t|did not|never|without|not even|nor)\s+(?!(?:stop\w*|quite|fully|properly|straighten\w*|bend\w*|settle\w*|go away|goes away|ease\w*|gets? better|improv\w*|let up)\b)((?:(?!(?:and|but|just|it|yet|till|until|now|then|so|still)\b)[a-z']+\s*){1,3})/g;

/**
 * The words a visitor denies outright: "no falls", "didn't twist it", "never hurt it"; not the
 * locking in "didn't knock it and it just started locking".
 */
export function termsDeniedOutright(message: string): Set<string> {
  return new Set(
    [...message.toLowerCase().matchAll(deniedOutright)].flatMap((match) =>
      questionTermsOf(match[1] ?? "").groups.flat(),
    ),
  );
}

/**
 * Whether a passage was found by more than what the visitor denied: by one of the query's word
 * `groups` it covers (`covered`, their indexes) that is not denied, or is told as well.
 */
export function foundPastDenials(
  covered: readonly number[],
  groups: ReadonlyArray<readonly string[]>,
  denied: ReadonlySet<string>,
  told: ReadonlySet<string>,
): boolean {
  return (
    covered.length === 0 ||
    covered.some((index) => {
      const group = groups[index] ?? [];
      return !group.some((term) => denied.has(term)) || group.some((term) => told.has(term));
    })
  );
}

interface Scored {
  id: string;
  lexical: number;
}

/** A told sentence naming `named` warning words, and its best passage, which lists warning signs. */
export interface WarningSignsReading<Chunk> {
  passage: Chunk;
  named: number;
}

/**
 * A reader of the told sentences of a message that name warning signs (at least `termsTold`
 * words) and whose best passage is a warning-signs section scoring enough. `bestFor` gives a
 * told sentence's passages, any order. Each sentence is scored once, whatever is asked of it after.
 */
export function createWarningSignsReader<Chunk extends Scored>(
  chunks: readonly KnowledgeChunk[],
  words: ReadonlySet<string>,
  bestFor: (sentence: string) => Chunk[],
  tuning: WarningSignsTuning,
): (message: string) => Array<WarningSignsReading<Chunk>> {
  const listsWarningSigns = warningSectionIds(chunks);
  return (message) => {
    const told = affirmedClauses(sentencesOfMessage(message).filter((sentence) => !isAsking(sentence)));
    const readings: Array<WarningSignsReading<Chunk>> = [];
    for (const sentence of told) {
      const named = new Set(termsOf(sentence).filter((term) => words.has(term))).size;
      if (named < tuning.termsTold) continue;
      const enough = named >= 2 ? tuning.threshold * tuning.namedShare : tuning.threshold;
      const top = bestFor(sentence).sort((left, right) => right.lexical - left.lexical)[0];
      if (top && listsWarningSigns.has(top.id) && top.lexical >= enough) readings.push({ passage: top, named });
    }
    return readings;
  };
}

/** The best-scoring warning-signs passage among the sentences naming at least `named` warning words. */
export function namedBest<Chunk extends Scored>(
  readings: ReadonlyArray<WarningSignsReading<Chunk>>,
  named: number,
): Chunk | undefined {
  let best: Chunk | undefined;
  for (const reading of readings)
    if (reading.named >= named && reading.passage.lexical > (best?.lexical ?? 0)) best = reading.passage;
  return best;
}
