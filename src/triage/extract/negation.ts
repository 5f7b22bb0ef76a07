// Whether a matched phrase is stated, denied or doubted. A cue counts when it comes before
// the phrase within its clause, not too far away and with no new statement in between
// ("no swelling, it's hot": the comma and "it's" start a new statement), or inside the
// phrase ("my foot isn't cold"), or right after it behind a colon or question mark
// ("fever? no").

export type Polarity = "positive" | "negative" | "unsure" | "hedged";

const unsureCues = [
  "not (?:really |too |that |so |very |entirely |totally |completely |quite |fully |100 ?(?:%|percent|per cent) |a hundred per ?cent )?(?:sure|certain)",
  "unsure",
  "uncertain",
  "(?:don't|do not|didn't|did not) (?:really |actually )?(?:know|remember)",
  "dunno",
  "no (?:idea|clue)",
  "not a clue",
  "who knows",
  "(?:can't|cannot|can not|couldn't|could not) (?:really |honestly )?(?:tell|say|remember|be sure)",
  "hard to (?:say|tell|know)",
  "not clear",
  "unclear",
  "wondering",
  "i wonder",
  "i doubt",
  // "I haven't checked if it's hot" is not "it isn't hot".
  "(?:haven't|have not|hasn't|has not|didn't|did not|not) (?:yet |really |actually )?(?:checked|check|taken|take|measured|measure|tested|test)",
];
const hedgeCues = [
  "maybe",
  "might",
  "possibly",
  "perhaps",
  "could be",
  "may be",
  "may have",
  "could have",
  "potentially",
  "sort of",
  "kind of",
  "kinda",
  "sorta",
  // "I guess it's a bit hot": a guess, not a plain statement ("I think I have a fever" stays a
  // statement: people say "I think" of what they feel).
  "i guess",
];
// Cue words that do not deny or doubt the phrase ("no idea why my foot is cold", "not only").
const neutralPhrases = [
  "(?:no idea|no clue|don't know|do not know|dunno|not (?:really |too |that )?sure|unsure) (?:why|how|what|where)",
  "not only",
  "not just",
  "no matter",
  "no doubt",
  "without (?:any )?(?:warning|reason|explanation)",
];
const negativeCues = [
  "no longer",
  "no",
  "not",
  "never",
  "without",
  "none",
  "nor",
  "neither",
  "nothing",
  "cannot",
  "denies",
  "denied",
  "free of",
  "absence of",
  "zero",
];

const cuePattern = new RegExp(
  String.raw`\b(?:(${neutralPhrases.join("|")})|(${unsureCues.join("|")})|(${hedgeCues.join("|")})|(${negativeCues.join("|")}))\b|(n't)\b`,
  "g",
);

// A new statement starts between a cue and the phrase: the cue no longer applies.
const scopeBreak = new RegExp(
  [
    // After a comma, a verb or a new subject starts a new statement ("no injury, gets worse
    // on stairs"); a noun continues the denied list ("no swelling, redness or heat").
    String.raw`,\s*(?:and\s+|or\s+)?(?:it|it's|its|i|i'm|i've|i'd|my|the|this|that|there|now|then|so|which|he|she|they|just|only|apart|also|still|really|very|mostly|especially|gets?|got|getting|is|was|has|had|have|hurts?|hurting|feels?|felt|can|can't|could|does|did|goes|went|started|starts|seems|looks|keeps|kept|aches?|swells|clicks|locks|gives|gave|comes|came|worse|better|pain|painful|sore|since|when|though)\b`,
    String.raw`\b(?:and|or)\s+(?:it|it's|its|i|i'm|i've|i'd|my|this|that|there|he|she|they|is|was|has|have|had|feels|felt|gets|got|seems|looks|can|could|will|would|am|now)\b`,
    String.raw`\b(?:because|cause|cos|since|which|who|while|whilst|when|whenever|after|before|until|till|then|instead|only|just|apart from|other than)\b`,
    // "Not numb exactly, more pins and needles": the comma and "more" give the right word.
    String.raw`,\s*(?:more|rather|actually|mostly)\b`,
  ].join("|"),
);

const postfixCue =
  /^\s*[:=?-]+\s*(?:(not sure|unsure|maybe|possibly|dunno|don't know)|(no|none|nope|nil|negative|not really|not at all|never))\b/;

// A doubt standing alone after the phrase takes it back: "I can walk, sort of", "I think I
// can walk but not sure" (the clause after "but" is only the doubt).
const doubtCore = String.raw`(?:(?:i'm|i am|i|but|and)\s+)*(?:(not (?:really |too |entirely |totally |100% |that |so )?sure|unsure|not certain|(?:don't|do not) (?:really )?know|hard to (?:say|tell)|can't (?:really )?tell|who knows|no idea)|(sort of|kind of|kinda|sorta|maybe|i think|i guess|possibly|perhaps|probably))(?:\s+(?:really|tbh|though|honestly|about (?:it|that)))*`;
const doubtWords = String.raw`${doubtCore}[\s.!?,]*$`;
// Without a comma the doubt must end its stretch of words: "fever not sure", "foot's a bit
// cold maybe, rest no" (but not "not sure why").
const trailingDoubt = new RegExp(String.raw`^\s*[,;]\s*${doubtWords}`);
// ("Overuse I think, no injury" stays a statement: "I think" leads what it governs.)
const bareTrailingDoubt =
  /^\s+(?:(not (?:really |too |entirely |totally |100% |that |so )?sure|unsure|not certain|(?:don't|do not) (?:really )?know|dunno|hard to (?:say|tell)|can't (?:really )?tell|no idea)|(maybe|possibly|perhaps|probably))\s*(?:[,;.!?]|$)/;
// "... but I'm not 100% sure, it's been 2 weeks": the doubt leads its clause, the rest is news.
const bareDoubt = new RegExp(String.raw`^${doubtWords}|^${doubtCore}\s*,`);

/** The doubt a clause made only of doubt casts on the clause before it, if it is one. */
export function bareDoubtOf(clauseText: string): Polarity | undefined {
  const match = bareDoubt.exec(clauseText);
  return match ? (match[1] !== undefined || match[3] !== undefined ? "unsure" : "hedged") : undefined;
}

const maxCueDistanceWords = 8;

function cueKind(match: RegExpMatchArray): Polarity {
  if (match[1] !== undefined) return "positive";
  if (match[2] !== undefined) return "unsure";
  if (match[3] !== undefined) return "hedged";
  return "negative";
}

/** The last cue in `text`, as the polarity it gives and where it ends. */
function lastCue(text: string): { kind: Polarity; end: number; word: string } | undefined {
  let found: { kind: Polarity; end: number; word: string } | undefined;
  for (const match of text.matchAll(cuePattern)) {
    found = { kind: cueKind(match), end: match.index + match[0].length, word: match[0] };
  }
  return found;
}

function firstCue(text: string): Polarity | undefined {
  for (const match of text.matchAll(cuePattern)) {
    const kind = cueKind(match);
    if (kind !== "positive") return kind;
  }
  return undefined;
}

// A denied list goes on across commas ("no chest pain, shortness of breath or fever"); a
// phrase with its own verb after a comma or "and" is a new statement ("can't walk, foot is cold").
const ownVerb =
  /\b(?:is|are|was|were|has|have|had|feels?|felt|looks?|looked|gone|went|goes|turned|seems|became|getting|got|can|could|am|do|does|did)\b|'s\b/;

// "No fever, walking ok": a phrase ending in how it is has its own predicate, like a verb.
const statusAfter = /\s(?:fine|ok|okay|alright|all right|normal|normally|well|good)$/;

// A cue applies within maxCueDistanceWords words, so only the text just before the phrase is
// read (long messages would otherwise cost quadratic time); very long "words" read it all.
const nearChars = 300;
function nearBefore(text: string, start: number): string {
  if (start <= nearChars) return text.slice(0, start);
  const space = text.indexOf(" ", start - nearChars);
  const near = text.slice(space < 0 || space >= start ? start - nearChars : space + 1, start);
  return near.split(" ").length > maxCueDistanceWords + 1 ? near : text.slice(0, start);
}

export interface PolarityOptions {
  /** The phrase carries its own negation ("can't walk"): only doubt before it counts. */
  selfNegated?: boolean;
}

/**
 * Polarity of scopeText[start, end), judged within scopeText (a clause or a sentence).
 */
export function polarityAt(scopeText: string, start: number, end: number, options: PolarityOptions = {}): Polarity {
  const rest = scopeText.slice(end);
  const trailing = trailingDoubt.exec(rest) ?? bareTrailingDoubt.exec(rest);
  const said = statedPolarity(scopeText, start, end, rest, options);
  // A doubt after it outranks a denial too ("no fever, not sure"); a hedge only softens a statement.
  if (trailing && (trailing[1] !== undefined ? said !== "unsure" : said === "positive"))
    return trailing[1] !== undefined ? "unsure" : "hedged";
  return said;
}

function statedPolarity(
  scopeText: string,
  start: number,
  end: number,
  rest: string,
  options: PolarityOptions,
): Polarity {
  if (!options.selfNegated) {
    const inner = firstCue(scopeText.slice(start, end));
    if (inner) return inner;
  }
  const before = nearBefore(scopeText, start);
  const cue = lastCue(before);
  if (cue) {
    const between = before.slice(cue.end);
    const words = between.trim() === "" ? 0 : between.trim().split(/\s+/).length;
    // "no, my foot is cold" and "no my foot is cold" answer something else first.
    // "not really, stepped off the kerb" and "no, jumped off a wall": a bare no that opens the
    // message and ends at the comma is the whole answer; what follows is told, not denied.
    const openingAnswer =
      (cue.word === "no" || cue.word === "not") &&
      scopeText.slice(0, start - before.length + cue.end - cue.word.length).trim() === "" &&
      /^\s*(?:really|as such|exactly)?\s*[,;.!]/.test(between);
    const answerThenStatement =
      openingAnswer || (cue.word === "no" && /^[\s,]*(?:my|it|it's|its|i|i'm|i've|the|this|that)\b/.test(between));
    const phrase = scopeText.slice(start, end);
    const newStatement = /,|\band\b/.test(between) && (ownVerb.test(phrase) || statusAfter.test(phrase));
    // "cnt walk on it at all twistd it": "on it" / "at all" closes the denied verb phrase; the
    // run-on words after it are a new statement.
    const closedPhrase = words > 0 && /\b(?:on|in|off|with) it(?: at all)?\s*(?:,|$)|\bat all\s*$/.test(between);
    const applies =
      words <= maxCueDistanceWords &&
      !scopeBreak.test(between) &&
      !answerThenStatement &&
      !newStatement &&
      !closedPhrase;
    if (applies && cue.kind !== "positive" && !(options.selfNegated && cue.kind === "negative")) return cue.kind;
  }
  const after = postfixCue.exec(rest);
  if (after) return after[1] !== undefined ? "unsure" : "negative";
  return "positive";
}
