import { questionFrameWords, stopWords } from "./stop-words.js";

// A long message is mostly story: "I started couch to 5k three weeks ago, my left knee aches on
// the stairs at home, my sister says it's my shoes ... can I keep going?" Scored as a whole, its
// many words dilute what any one passage covers below the no-answer threshold, although the
// question itself is one the articles answer. So a long message is also searched by its asking
// parts: each sentence that asks, the sentence before it with it (the story's last detail), and
// the words from the asking cue on ("should I stop running" out of a run-on sentence). A part
// carries the sentence told just before it as its context: "doc said it's Osgood-Schlatter. Does
// he have to give up football?" asks about that condition, not about football in general.

/** Sentences, split at . ? ! and line breaks. */
export function sentencesOfMessage(message: string): string[] {
  return message
    .split(/(?<=[.?!])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

// A question word or "is/are" first, or another auxiliary with its subject ("should i", "does
// anyone"): "did all the bridges", "could barely walk" and "have done physio" are told with the
// subject dropped.
const questionStart =
  /^(?:how|what|whats|what's|which|when|where|why|who|any|anyone|is|are|am|was|were)\b|^(?:can|could|should|shall|would|will|do|does|did|have|has)\s+(?:i|we|you|it|this|that|they|there|he|she|my|your|the|a|an|anyone|anybody|someone|running|walking|icing)\b/i;
// Any question word or auxiliary first ("does cold weather…, and should I…"): not a run-on story.
const opensWithAuxiliary =
  /^(?:how|what|whats|what's|which|when|where|why|who|can|could|should|shall|would|will|is|are|am|do|does|did|have|has|any|anyone)\b/i;
// Where the asking starts inside a sentence: "... so should I stop running", "... wondering if".
// "does the" and "is a" are as often told ("still does the garden", "is a lot better"), so only
// the modals take a noun after them.
const askingCue =
  /\b(?:(?:should|shall|can|could|would|will)\s+(?:i|we|it|you|this|that|they|running|walking|hiking|there|a|an|the|my|your|these|those)\b|(?:do|does|did)\s+(?:i|we|it|you|this|that|they|there)\b|am i\b|is (?:it|this|that|there)\b|are (?:we|you|they|there|these|those)\b|how (?:do|does|can|should|long|much|often|soon|many)\b|what (?:should|can|could|do|does|is|are|would|exercises)\b|when (?:should|can|could|will|do)\b|why (?:does|do|is|would|am)\b|(?:wondering|wonder) (?:if|whether|what|how|when|why)\b|any (?:advice|tips|ideas|suggestions)\b|is it (?:ok|okay|safe|normal|worth|bad|better)\b)/i;

/** Whether a sentence asks something (a question mark, a question word first, or an asking cue). */
export function isAsking(sentence: string): boolean {
  return sentence.trim().endsWith("?") || questionStart.test(sentence.trim()) || askingCue.test(sentence);
}

/** The sentences of a message that ask; the whole message when none does. */
export function askingSentences(message: string): string[] {
  const asking = sentencesOfMessage(message).filter(isAsking);
  return asking.length > 0 ? asking : [message];
}

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

export interface QuestionPart {
  text: string;
  /** The sentence a fragment was cut from: its topics are the fragment's ("…half marathon plan, how many miles…"). */
  from?: string;
  /**
   * Whether the part may decide that the articles answer: the whole message and the asking
   * sentence itself do; the sentence before joined to it only helps order the passages (else
   * "I foam roll my glutes. Could my saddle be too high?" is answered by foam rolling).
   */
  decides: boolean;
  /**
   * Whether the part helps order the passages. In a short message that opens with a reply to the
   * assistant, the question may decide that the articles answer, but the whole message orders
   * them: "yeah I couldn't take four steps after the tackle. ice?" leads with the warning list,
   * not with ice.
   */
  ranks?: false;
  /**
   * The story the part is asked about: the sentence told just before it; for a short question
   * that points back ("is it safe to keep doing that?", "which one…") every told sentence. A
   * topic it denies ("it isn't a tear") does not count (uncovered-topics.ts).
   */
  context?: string;
}

/** Whether a sentence denies something: "no swelling", "it isn't a tear". */
export const denies = (sentence: string) => denial.test(sentence);
const denial = /\b(?:not|no|never|isn't|isnt|wasn't|wasnt|doesn't|doesnt|didn't|didnt|ruled out)\b/i;

/**
 * The texts to search a message by: the whole message, and for a message of `fromWords` words or
 * more (0: never) its asking parts as well.
 */
export function questionParts(message: string, fromWords: number): QuestionPart[] {
  const whole = message.trim();
  const parts = new Map<string, QuestionPart>([[whole, { text: whole, decides: true }]]);
  const sentences = sentencesOfMessage(message);
  const short = wordCount(message) < fromWords;
  const tellsAfter = short && asksThenTells(sentences);
  if (fromWords <= 0 || (short && !opensWithAReply(sentences) && !tellsAfter)) return [...parts.values()];
  const told = sentences.filter((sentence) => !isAsking(sentence));
  sentences.forEach((sentence, position) => {
    if (!isAsking(sentence)) return;
    const before = sentences[position - 1];
    const context = pointsBack(sentence) ? told.join(" ") : before;
    const add = (text: string, decides: boolean, from?: string) => {
      if (!parts.has(text))
        parts.set(text, {
          text,
          decides,
          ...(short && !tellsAfter ? { ranks: false as const } : {}),
          ...(context ? { context } : {}),
          ...(from ? { from } : {}),
        });
    };
    if (!(pointsBack(sentence) && (namesOnlyTheKnee(sentence) || asksOnlyWhetherBehindIt(sentence))))
      add(sentence, true);
    // The asking words out of a run-on sentence, not out of one that asks from its first word
    // ("how many cortisone injections can you have" is not "can you have").
    const cue = askingCue.exec(sentence);
    if (cue && cue.index > 0 && !opensWithAuxiliary.test(sentence)) add(sentence.slice(cue.index), true, sentence);
    // "Before I spend the money, I wanted to ask: would a sleeve help?"
    const colon = sentence.lastIndexOf(":");
    if (colon > 0 && colon < sentence.length - 1) add(sentence.slice(colon + 1).trim(), true, sentence);
    // A question that points back ("what is this?", "ok to wait and see?") is about the story
    // just told, so the sentences before it may decide; otherwise they only help order.
    if (before) add(`${before} ${sentence}`, pointsBack(sentence));
    const twoBefore = sentences[position - 2];
    if (before && twoBefore && pointsBack(sentence)) add(`${twoBefore} ${before} ${sentence}`, true);
  });
  return [...parts.values()];
}

// "no, im 16 and only run for school. does running wreck your knees?", "left only. ok to keep
// doing spin classes?": a visitor in the middle of the interview answers the assistant's question
// first, then asks their own. However short the message, that question may decide that the
// articles answer; the whole message, reply and all, still orders the passages (`ranks`).
const replyOpening = /^(?:no|yes|yeah|yep|yup|nope|nah|left|right|both|not really|sort of|kind of)\b/i;
const opensWithAReply = (sentences: readonly string[]) =>
  sentences.length > 1 && replyOpening.test(sentences[0] ?? "") && !isAsking(sentences[0] ?? "");

// "Best running shoes for knee pain? Currently jogging in the same trainers I muck out in", "does
// taping the kneecap actually help? the gym club physio taped my daughter's": a short message that
// asks first and then only tells is searched by its question as well, as a long one is; the whole
// message, aside and all, keeps half the say in the order. An aside that says more (a topic the
// articles leave out, a warning sign…) keeps the whole message deciding (answer-search.ts).
// Measured (twenty-sixth round, all 126 sets, with and without): +26 in the top 3, 18 fewer
// wrongly refused, MRR 0.873 -> 0.877; 2 refusals lost and one answer one place lower, all in
// never-read sets (54, 91; 58).
/** The aside of a message of fewer than `fromWords` words that asks first and then only tells; "" otherwise. */
export function asideAfterQuestion(message: string, fromWords: number): string {
  const sentences = sentencesOfMessage(message);
  return wordCount(message) < fromWords && asksThenTells(sentences) ? sentences.slice(1).join(" ") : "";
}
const asksThenTells = (sentences: readonly string[]) =>
  sentences.length > 1 &&
  isAsking(sentences[0] ?? "") &&
  !pointsBack(sentences[0] ?? "") &&
  sentences.slice(1).every((sentence) => !isAsking(sentence));

// A short question about something told earlier: "is it safe to keep doing that?", "will he grow out of it".
const pointer = /\b(?:that|this|these|those|them|it)\b|\bwhich (?:one|ones)\b/i;
// "is it safe to…", "it's worth…": an "it" that points at nothing.
const dummyIt =
  /\b(?:is|was|would|will) it\b|\bit(?:'s| is) (?:ok|okay|safe|normal|worth|bad|better|possible|wise)\b/gi;
// "Good idea or not?", "Should I?", "Is she right?": a short question with no word of its own
// but the frame asks about what was just told, as "is that ok?" does. "Which would be better for
// her?" chooses between options named anywhere before, not in the last sentence.
const SHORT_FRAME = 6;
// Apostrophes dropped, not "'s" ("who's" is "whos", no stop word), unlike tokenize.
const plainWords = (sentence: string) =>
  (sentence.toLowerCase().match(/[a-z']+/g) ?? []).map((word) => word.replace(/'/g, ""));
const isFrame = (word: string) => stopWords.has(word) || questionFrameWords.has(word);
/** A short question with no word of its own: "Anything to worry about?", "Is she right?". */
export const onlyFrame = (sentence: string) => {
  const words = plainWords(sentence);
  return words.length <= SHORT_FRAME && !/^(?:which|what)/.test(words[0] ?? "") && words.every(isFrame);
};
// "Could that have anything to do with my knee?": a question pointing back whose only word of its
// own is the knee asks about what was told before it, not about the knee in general.
const kneeWords = new Set(["knee", "knees", "kneecap", "kneecaps"]);
const namesOnlyTheKnee = (sentence: string) => {
  const words = plainWords(sentence);
  return words.some((word) => kneeWords.has(word)) && words.every((word) => kneeWords.has(word) || isFrame(word));
};
// "Is that part of the problem, and can it be fixed?": a question pointing back whose only words
// of its own ask whether the thing told is behind the trouble says nothing to search by alone.
const behindTheTrouble = /\bpart of (?:the |my )?(?:problem|issue|trouble|it)\b/i;
const asksOnlyWhetherBehindIt = (sentence: string) =>
  behindTheTrouble.test(sentence) && plainWords(sentence.replace(behindTheTrouble, " ")).every(isFrame);
// "…and honestly nothing changed. what now", "Now what?": what to do next about the story told.
const whatNext = /^\W*(?:so,?\s+|ok,?\s+|okay,?\s+)?(?:what now|what next|now what|what then)\W*$/i;
export function pointsBack(sentence: string): boolean {
  return (
    wordCount(sentence) <= 14 &&
    (pointer.test(sentence.replace(dummyIt, " ")) || onlyFrame(sentence) || whatNext.test(sentence))
  );
}
