import type { KnowledgeBase, KnowledgeResult } from "./knowledge-base.js";
import { sentencesOf } from "./sentences.js";
import { expandedTermsOf } from "./text-terms.js";

// A direct answer assembled from the cited section: its sentences that say most about the
// question, word for word from the article, so nothing is stated that the article does not
// say. The search decides which section answers; this only picks the words to show from it.

export type KnowledgeAnswer =
  | {
      kind: "answer";
      /** One to three sentences copied from the cited section. */
      answer: string;
      /** The section the answer is taken from. */
      source: KnowledgeResult;
      /** A second article's section worth reading too, if the search found one. */
      related: KnowledgeResult | undefined;
    }
  | { kind: "none" };

const MAX_ANSWER_LENGTH = 360;

// A sentence that leans on the one before ("This...", "That is why...") is shown with it.
const leansOnPrevious = /^(?:this|that|these|those|it|they|then|so|but|however|also|even|as a result)\b/i;

/** Pick the sentences of a section that best answer the question, in the article's order. */
export function answerSentences(question: string, sectionText: string, maxLength = MAX_ANSWER_LENGTH): string {
  const sentences = sentencesOf(sectionText);
  if (sentences.length === 0) return "";
  const questionTerms = new Set(expandedTermsOf(question));
  const scored = sentences.map((sentence, index) => {
    const terms = new Set(expandedTermsOf(sentence.text));
    let overlap = 0;
    for (const term of questionTerms) if (terms.has(term)) overlap += 1;
    // Lead sentences state a section's point; notes (caveats) only win on clear overlap.
    const position = index === 0 ? 0.3 : 0;
    const caveat = sentence.isNote ? -0.5 : 0;
    return { index, score: overlap + position + caveat };
  });
  const best = [...scored].sort((left, right) => right.score - left.score || left.index - right.index)[0];
  if (!best) return "";
  const chosen = new Set([best.index]);
  const first = sentences[best.index];
  // A list heading ("common first steps are:") needs its items, and a lean sentence its predecessor.
  if (first && leansOnPrevious.test(first.text) && best.index > 0) chosen.add(best.index - 1);
  let length = [...chosen].reduce((sum, index) => sum + (sentences[index]?.text.length ?? 0), 0);
  for (let next = best.index + 1; next < sentences.length; next++) {
    const sentence = sentences[next];
    if (!sentence) break;
    const continues = first?.text.endsWith(":") || leansOnPrevious.test(sentence.text) || length < 90;
    if (!continues || sentence.isNote || length + sentence.text.length > maxLength) break;
    chosen.add(next);
    length += sentence.text.length;
    if (!first?.text.endsWith(":")) break;
  }
  return [...chosen]
    .sort((left, right) => left - right)
    .map((index) => sentences[index]?.text ?? "")
    .join(" ");
}

/** The knowledge base's answer to a question, or "none" when no section answers it. */
export function composeAnswer(knowledge: KnowledgeBase, question: string): KnowledgeAnswer {
  const results = knowledge.search(question, 3);
  const source = results[0];
  if (!source) return { kind: "none" };
  const related = results.slice(1).find((result) => result.articleId !== source.articleId);
  return { kind: "answer", answer: answerSentences(question, source.text), source, related };
}
