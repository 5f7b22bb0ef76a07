import { normalizeText, type NormalizedText } from "./normalize.js";
import { bareDoubtOf, type Polarity } from "./negation.js";
import type { SpeakingFor, Subject } from "./subject.js";

// Negation and hedges reach only as far as their clause ("no swelling but it's hot"), so
// the text is cut into sentences, and sentences into clauses at contrasting conjunctions.

export interface Scope {
  /** Offsets into the normalized text. */
  start: number;
  end: number;
  text: string;
}

export interface Sentence extends Scope {
  /** The sentence ends with a question mark. */
  question: boolean;
  /** Where its conditions ("if ...") end: worked out once, when first needed (context.ts). */
  conditionEnds?: number[];
  /** A yes/no question about nobody's own knee ("is something torn?"): worked out once (context.ts). */
  generalQuestion?: boolean;
  /** Where fear cues ("worried it'll") end in it, once (context.ts). */
  fearEnds?: number[];
  /** It has a word of what is usual ("expected", "normal"), once (context.ts). */
  mentionsUsual?: boolean;
}

export interface Clause extends Scope {
  sentence: Sentence;
  /** About the distant past and not now (matcher.ts), worked out once. */
  distantPast?: boolean;
  /** The next clause of the sentence is only a doubt ("... but not sure"): it takes this one back. */
  doubtAfter?: Polarity;
}

export interface ParsedText extends NormalizedText {
  sentences: Sentence[];
  clauses: Clause[];
  /** Who the message is about, worked out once when first needed (matcher.ts subjectOf). */
  subjects?: { replying?: Subject; stating?: Subject };
  /** Whose knee the visitor said it is, before this message (the chat's "My child"). */
  speakingFor?: SpeakingFor;
}

function isSentenceStop(text: string, index: number): boolean {
  const char = text[index];
  // "swelling? none" and "fever: no" are one statement, answered in place.
  if (
    char === "?" &&
    /^\s*(?:no|none|nope|nil|never|yes|not sure|not really|unsure|maybe)\b/.test(text.slice(index + 1))
  )
    return false;
  if (char === "\n" || char === "!" || char === "?" || char === ";") return true;
  if (char !== ".") return false;
  const next = text[index + 1];
  // "2.5 weeks" and "y.o." are not sentence ends.
  return next === undefined || /[\s"')\].!?]/.test(next);
}

function trimmedScope(text: string, start: number, end: number): Scope | undefined {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? "")) from++;
  while (to > from && /\s/.test(text[to - 1] ?? "")) to--;
  return from < to ? { start: from, end: to, text: text.slice(from, to) } : undefined;
}

function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let index = 0;
  while (index < text.length) {
    if (!isSentenceStop(text, index)) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < text.length && /[.!?;\n]/.test(text[end] ?? "")) end++;
    const scope = trimmedScope(text, start, end);
    if (scope) sentences.push({ ...scope, question: text.slice(index, end).includes("?") });
    start = end;
    index = end;
  }
  const scope = trimmedScope(text, start, text.length);
  if (scope) sentences.push({ ...scope, question: false });
  return sentences;
}

// A new clause starts at a contrast, at "and" or a comma turning to the present, and at "and I
// had" turning to the past. In "had my knee replaced last year and today it's hot and swollen" and
// "had my knee replaced years ago, it is hot and swollen today", the year dates the replacement
// only; in "my knee hurts all night and I had breast cancer five years ago" it dates the cancer,
// not the night pain. A comma starts a clause only where the clause before names the knee: in "my
// foot went numb a year ago, today it is numb again" the "it" needs the foot. After the knee or a
// knee operation is named (knee, arthroscopy, scope, meniscus, ACL, TKR), "lately", "these days",
// "now" or "currently" turns to the present too: in "had an arthroscopy last year, lately it
// catches and gives way" the year dates the operation only. Not where another part of the body is
// named ("had shoulder surgery last year, lately it catches": the "it" is the shoulder; "back" as
// a time, "a few years back" or "back in 2017", is no part), nor into a worry ("nowadays I worry
// it might get hot").
const otherParts = String.raw`shoulders?|hips?|(?<!\b(?:years?|while|few|way) )back(?! in\b)|ankles?|foot|feet|wrists?|elbows?|neck|hands?|spine|thumbs?|fingers?|toes?|eyes?|scar|hernia|gallbladder|hysterectomy|section|womb|stomach|heart`;
const contrast = new RegExp(
  String.raw`\b(?:but|though|although|however|whereas|except)\b|\band\b(?=\s+(?:today|tonight|this (?:morning|afternoon|evening|week)|yesterday|suddenly)\b)|\band\b(?=\s+i (?:had|was|used to)\b)|(?<=\bknees?\b[^,.;!?]*),(?=\s*(?:(?:and |but )?(?:today|tonight|this (?:morning|afternoon|evening|week)|suddenly)\b|(?:it|its|it's|the knee|my knee|the (?:left|right) one)\s+(?:is|has|feels|looks|keeps)\b))|(?<=\b(?:knees?|arthroscop\w*|scope|scoped|menisc\w*|acl|tkr)\b[^,.;!?]*)(?<!\b(?:${otherParts})\b[^,.;!?]*)(?:,|\band\b)(?=\s*(?:and |but )?(?:lately|recently|these days|nowadays|now|currently|at the moment)\b(?![^,.;!?]*\b(?:worry|worried|wonder\w*|afraid|scared|fear\w*|might|could)\b))`,
  "g",
);

function splitClauses(text: string, sentence: Sentence): Clause[] {
  const clauses: Clause[] = [];
  let start = sentence.start;
  for (const match of sentence.text.matchAll(contrast)) {
    const scope = trimmedScope(text, start, sentence.start + match.index);
    if (scope) clauses.push({ ...scope, sentence });
    start = sentence.start + match.index + match[0].length;
  }
  const scope = trimmedScope(text, start, sentence.end);
  if (scope) clauses.push({ ...scope, sentence });
  for (let index = 1; index < clauses.length; index++) {
    const doubt = bareDoubtOf((clauses[index] as Clause).text);
    if (doubt) (clauses[index - 1] as Clause).doubtAfter = doubt;
  }
  return clauses;
}

export function parseText(source: string): ParsedText {
  const normalized = normalizeText(source);
  const sentences = splitSentences(normalized.text);
  const clauses = sentences.flatMap((sentence) => splitClauses(normalized.text, sentence));
  return { ...normalized, sentences, clauses };
}

/** The clause holding the text offset, or undefined when it falls between clauses. */
export function clauseAt(parsed: ParsedText, offset: number): Clause | undefined {
  // Clauses are in order: a binary search keeps long messages linear.
  const { clauses } = parsed;
  let low = 0;
  let high = clauses.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const clause = clauses[middle] as Clause;
    if (offset < clause.start) high = middle - 1;
    else if (offset >= clause.end) low = middle + 1;
    else return clause;
  }
  return undefined;
}
