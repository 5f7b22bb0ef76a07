import { composeAnswer } from "../knowledge/compose-answer.js";
import type { KnowledgeBase, KnowledgeResult } from "../knowledge/knowledge-base.js";
import type { LabelledQuestion, QuestionSet } from "./knowledge-questions.js";

// How well the articles answer a question set, measured the way a visitor meets it: the
// search's top 3 passages (recall@3, MRR), whether the answer the chat would give comes from a
// right section, whether it cites a misleading one, and whether unanswerable questions get the
// honest "I don't have information on that".

export interface KnowledgeFigures {
  answerable: number;
  unanswerable: number;
  /** Answerable questions with a right passage in the top 3. */
  foundInTop3: number;
  /** Mean reciprocal rank of the first right passage in the top 3 (0 when none). */
  mrr: number;
  /** Answerable questions whose answer is taken from a right passage. */
  answeredFromRightPassage: number;
  /** Answerable questions that got "I don't have information". */
  wronglyRefused: number;
  /** Answerable questions labelled with misleading sections, and how many answers cited one. */
  withMisleadingLabels: number;
  misleadingAnswers: number;
  /** Unanswerable questions that got the honest refusal. */
  refused: number;
  misses: string[];
  misleading: Array<{ q: string; cited: string }>;
  answeredOffTopic: Array<{ q: string; cited: string }>;
}

const referenceOf = (result: KnowledgeResult) => `${result.articleId}#${result.anchor}`;

function isRight(question: LabelledQuestion, result: KnowledgeResult): boolean {
  return (
    (question.articles ?? []).includes(result.articleId) || (question.sections ?? []).includes(referenceOf(result))
  );
}

/** Labels that name no article or section in the knowledge base (a typo would silently lower recall). */
export function unknownReferences(set: QuestionSet, knowledge: KnowledgeBase): string[] {
  const known = new Set(
    knowledge.articles.flatMap((article) => [
      article.id,
      ...article.sections.map((section) => `${article.id}#${section.anchor}`),
    ]),
  );
  const labels = set.answerable.flatMap((question) => [
    ...(question.articles ?? []),
    ...(question.sections ?? []),
    ...(question.misleading ?? []),
  ]);
  return [...new Set(labels.filter((label) => !known.has(label)))];
}

export function measureKnowledge(knowledge: KnowledgeBase, set: QuestionSet): KnowledgeFigures {
  const figures: KnowledgeFigures = {
    answerable: set.answerable.length,
    unanswerable: set.unanswerable.length,
    foundInTop3: 0,
    mrr: 0,
    answeredFromRightPassage: 0,
    wronglyRefused: 0,
    withMisleadingLabels: 0,
    misleadingAnswers: 0,
    refused: 0,
    misses: [],
    misleading: [],
    answeredOffTopic: [],
  };
  let reciprocalRanks = 0;
  for (const question of set.answerable) {
    const rank = knowledge.search(question.q, 3).findIndex((result) => isRight(question, result));
    if (rank >= 0) {
      figures.foundInTop3 += 1;
      reciprocalRanks += 1 / (rank + 1);
    } else figures.misses.push(question.q);

    const answer = composeAnswer(knowledge, question.q);
    if (answer.kind === "none") {
      figures.wronglyRefused += 1;
      continue;
    }
    if (isRight(question, answer.source)) figures.answeredFromRightPassage += 1;
    const misleading = question.misleading ?? [];
    if (misleading.length > 0) figures.withMisleadingLabels += 1;
    const cited = [answer.source, ...(answer.related ? [answer.related] : [])].map(referenceOf);
    const wrong = cited.find((reference) => misleading.includes(reference));
    if (wrong) {
      figures.misleadingAnswers += 1;
      figures.misleading.push({ q: question.q, cited: wrong });
    }
  }
  figures.mrr = set.answerable.length === 0 ? 0 : reciprocalRanks / set.answerable.length;

  for (const q of set.unanswerable) {
    const answer = composeAnswer(knowledge, q);
    if (answer.kind === "none") figures.refused += 1;
    else figures.answeredOffTopic.push({ q, cited: referenceOf(answer.source) });
  }
  return figures;
}
