import type { KnowledgeBase, KnowledgeResult } from "./knowledge-base.js";
import { askingSentences } from "./question-parts.js";
import { shapeDemands } from "./question-shape.js";
import { questionTermsOf } from "./question-terms.js";
import { sentencesOf, type Sentence } from "./sentences.js";
import { expandedTermsOf, termFor } from "./text-terms.js";

// A direct answer assembled from the cited section: the sentences of that section that say
// most about the question, word for word from the article, so nothing is stated that the
// article does not say. The search decides which section answers; this only picks the words.
// Two question intents change the pick: "how do I do X" gets the section's steps, and "why
// does X help" its "Why it helps" sentence.

export type KnowledgeAnswer =
  | {
      kind: "answer";
      /** One to a few sentences copied from the cited section. */
      answer: string;
      /** The section the answer is taken from. */
      source: KnowledgeResult;
      /** A second article's section worth reading too, if the search found one. */
      related: KnowledgeResult | undefined;
    }
  | { kind: "none" };

const MAX_ANSWER_LENGTH = 380;
const RELATED_SHARE = 0.75;
// Below this an answer sentence is short enough to take the next sentence along.
const SHORT_ANSWER = 130;

const asksHowTo = /\bhow (?:do|should|can|would) (?:i|you|we|one)\b|\bhow to\b|\bproperly\b|\btechnique\b/i;
const asksWhy =
  /^\s*why\b|\bwhat(?:'s| is) the point\b|\bhow (?:does|do|would|is|are|will) (?:that|this|it|they|these) .*\bhelp|\bwhy (?:would|does|do|is|are|should)\b/i;
// Personal stories in the articles illustrate; a general statement answers better.
const anecdote =
  /^(?:one|a) (?:experienced )?(?:runner|clinic|coach|patient)\b|\b(?:she|he) (?:feels|credits|noticed|found|then)\b/i;
// "should I be icing it though?": a connective links the question to the chat, it names nothing
// the answer should say, so it does not pick the sentence that happens to say "though" too.
const connectives = new Set(
  ["though", "although", "however", "anyway", "besides"].map((word) => termFor(word) ?? word),
);
// A sentence that leans on the one before ("This...", "That is why...") is shown with it.
const leansOnPrevious = /^(?:this|that|these|those|it|they|then|so|but|however|also|even|as a result)\b/i;

function takeRun(
  sentences: Sentence[],
  from: number,
  isPart: (sentence: Sentence) => boolean,
  maxLength: number,
): string[] {
  const taken: string[] = [];
  let length = 0;
  for (let index = from; index < sentences.length; index++) {
    const sentence = sentences[index];
    if (!sentence || !isPart(sentence) || (taken.length > 0 && length + sentence.text.length > maxLength)) break;
    taken.push(sentence.text);
    length += sentence.text.length;
  }
  return taken;
}

/** Pick the sentences of a section that best answer the question, in the article's order. */
export function answerSentences(
  question: string,
  sectionText: string,
  weightOf: (term: string) => number,
  maxLength = MAX_ANSWER_LENGTH,
  /** A warning list's items keep their lead-in ("Go to an emergency department… if:"): it says what to do. */
  warningList = false,
): string {
  const sentences = sentencesOf(sectionText);
  if (sentences.length === 0) return "";

  const why = sentences.findIndex((sentence) => /^why it helps:/i.test(sentence.text));
  if (asksWhy.test(question) && why >= 0)
    return takeRun(sentences, why, (sentence) => !sentence.isNote && !sentence.isListItem, maxLength)
      .slice(0, 2)
      .join(" ");
  const steps = sentences.findIndex((sentence) => /^how to do it:?$/i.test(sentence.text));
  if (asksHowTo.test(question) && steps >= 0) {
    const items = takeRun(sentences, steps + 1, (sentence) => sentence.isListItem, maxLength);
    if (items.length > 0) return items.join(" ");
  }

  const groups = questionTermsOf(question).groups.filter((group) => !group.every((term) => connectives.has(term)));
  const weights = groups.map((group) => Math.max(0, ...group.map(weightOf)));
  // "should I do them every day?": the sentence that gives a frequency ("most days") answers it.
  const shapes = shapeDemands(question).flatMap((demand) => demand.pattern ?? []);
  const shapeWeight = Math.max(1, ...weights);
  const scored = sentences.map((sentence, index) => {
    const terms = new Set(expandedTermsOf(sentence.text));
    const overlap =
      groups.reduce(
        (sum, group, position) => sum + (group.some((term) => terms.has(term)) ? (weights[position] ?? 0) : 0),
        0,
      ) + (shapes.some((pattern) => pattern.test(sentence.text)) ? shapeWeight : 0);
    // Notes are the curators' caveats: they answer only when they clearly fit best.
    return { index, score: overlap * (sentence.isNote ? 0.7 : 1) * (anecdote.test(sentence.text) ? 0.6 : 1) };
  });
  const best = [...scored].sort((left, right) => right.score - left.score || left.index - right.index)[0];
  if (!best) return "";
  const chosen = sentences[best.index];
  if (!chosen) return "";

  const picked = [best.index];
  const previous = sentences[best.index - 1];
  // A sentence that leans on the one before, or follows a short opening line of its paragraph, comes with it.
  const opensParagraph =
    previous !== undefined && previous.block === chosen.block && previous.text.length < 70 && best.index === 1;
  if (previous && !previous.text.endsWith(":") && (leansOnPrevious.test(chosen.text) || opensParagraph))
    picked.unshift(best.index - 1);
  if (warningList && chosen.isListItem) {
    let leadIn = best.index - 1;
    while (leadIn >= 0 && sentences[leadIn]?.isListItem) leadIn--;
    if (sentences[leadIn]?.text.endsWith(":")) picked.unshift(leadIn);
  }
  const length = () => picked.reduce((sum, index) => sum + (sentences[index]?.text.length ?? 0), 0);
  if (chosen.text.endsWith(":")) {
    // A list's lead-in needs its items.
    const items = takeRun(sentences, best.index + 1, (sentence) => sentence.isListItem, maxLength - length());
    items.forEach((_item, offset) => picked.push(best.index + 1 + offset));
  } else {
    const next = sentences[best.index + 1];
    // The next warning sign comes along only when it too speaks to the question.
    const nextSpeaks = !(warningList && chosen.isListItem) || (scored[best.index + 1]?.score ?? 0) > 0;
    if (
      next &&
      !next.isNote &&
      nextSpeaks &&
      next.isListItem === chosen.isListItem &&
      (length() < SHORT_ANSWER || leansOnPrevious.test(next.text)) &&
      length() + next.text.length <= maxLength
    ) {
      picked.push(best.index + 1);
    }
  }
  return picked.map((index) => sentences[index]?.text ?? "").join(" ");
}

/** The question's telling words: those with an idf of 1 or more. */
function tellingTermsOf(question: string, weightOf: (term: string) => number): string[] {
  return questionTermsOf(question)
    .groups.flat()
    .filter((term) => weightOf(term) >= 1);
}

/** Whether one of the sentences contains one of the telling words. */
function namesATellingWord(sentences: readonly { text: string }[], telling: readonly string[]): boolean {
  return sentences.some((sentence) => {
    const terms = new Set(expandedTermsOf(sentence.text));
    return telling.some((term) => terms.has(term));
  });
}

/**
 * Whether the question shares a telling word (idf 1 or more) with one of the section's list items;
 * true for a section with no list, whose sentences the story's other words would only mislead.
 */
function namesAnItem(question: string, sectionText: string, weightOf: (term: string) => number): boolean {
  const items = sentencesOf(sectionText).filter((sentence) => sentence.isListItem);
  return items.length === 0 || namesATellingWord(items, tellingTermsOf(question, weightOf));
}

/** The question's parts (term groups) a section's text contains. */
function partsCovered(question: string, sectionText: string): Set<number> {
  const terms = new Set(expandedTermsOf(sectionText));
  const covered = new Set<number>();
  questionTermsOf(question).groups.forEach((group, index) => {
    if (group.some((term) => terms.has(term))) covered.add(index);
  });
  return covered;
}

/** Whether a sentence of the section warns against one of the question's telling words ("Don't try to stretch…"). */
function warnsAgainst(telling: readonly string[], sectionText: string): boolean {
  const warnings = sentencesOf(sectionText).filter((sentence) => /^(?:don't|do not|never)\b/i.test(sentence.text));
  return namesATellingWord(warnings, telling);
}

/** A section headed as when to book a physio ("When to see a physical therapist"). */
const whenToBook = /^when to see\b/i;

/** The knowledge base's answer to a question, or "none" when no section answers it. */
export function composeAnswer(knowledge: KnowledgeBase, question: string): KnowledgeAnswer {
  const results = knowledge.search(question, 3);
  const source = results[0];
  if (!source) return { kind: "none" };
  // In a long message the words are picked by what it asks, not by the story around it.
  const asked = askingSentences(question).join(" ");
  // A second article is suggested only when it answers nearly as well as the first and speaks to
  // every part of the question the first does: "Is running bad for your knees?" shares the word
  // "run" with "can I do a parkrun with a sore knee?", not its "keep active" advice. A case story
  // illustrates; it is not a second answer ("One clinic described a runner...").
  const sourceParts = partsCovered(asked, source.text);
  // Beside the advice for emergency or same-day care, no list of when to book a physio ("worth
  // booking if the knee puffs up after activity" reads as the lesser step for a knee that swelled
  // within hours of a twist), and another article's section only where it warns against what is
  // asked ("can I stretch it?": "Don't try to stretch or roll away a knee that is hot and swollen"),
  // not where it opens on slow kneecap pain managed at home.
  const weightOf = (term: string) => knowledge.termWeight(term);
  const sourceLevel = knowledge
    .getArticle(source.articleId)
    ?.sections.find((section) => section.anchor === source.anchor)?.careLevel;
  const urgentSource = sourceLevel === "emergency" || sourceLevel === "urgent";
  const askedTelling = urgentSource ? tellingTermsOf(asked, weightOf) : [];
  const related = results.slice(1).find((result) => {
    if (result.articleId === source.articleId || result.score < source.score * RELATED_SHARE) return false;
    if (urgentSource && (whenToBook.test(result.section) || !warnsAgainst(askedTelling, result.text))) return false;
    if (anecdote.test(sentencesOf(result.text)[0]?.text ?? "")) return false;
    // Beside the warning signs, never home care: "see also: foam rolling" for a swollen calf.
    if (source.warningSigns && !result.warningSigns) return false;
    const parts = partsCovered(asked, result.text);
    return [...sourceParts].every((part) => parts.has(part));
  });
  // A warning list's items are picked by what the message asks when that names one ("foam roll
  // the calf?"), else by the signs its story tells: "does she need to be seen?" names none.
  const pickBy = source.warningSigns && !namesAnItem(asked, source.text, weightOf) ? question : asked;
  const answer = answerSentences(pickBy, source.text, weightOf, MAX_ANSWER_LENGTH, source.warningSigns);
  return { kind: "answer", answer, source, related };
}
