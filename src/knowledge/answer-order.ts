import type { KnowledgeChunk } from "./build-knowledge-base.js";
import type { SearchTuning } from "./search-tuning.js";

// Two rules for the order of the passages an answer shows, after the scores (issue 15, seventh
// round; measured on every question set, see README):
// - "Why would a physio check my hips?" asks for a reason: a section headed "Why…" or "What
//   causes…" gives one, where "what a physio checks" only lists the hips.
// - A warning-signs answer comes from the sections an article grades by urgency (emergency, same
//   day, book an assessment) when they speak to it nearly as well as another article's single list.

const reasonAsked = /\bwhy\b|\bhow come\b/i;
const reasonHeading = /^why\b|\bcauses?\b|\bcontribut/i;

interface Ranked {
  id: string;
  score: number;
}

export function createAnswerOrder(chunks: readonly KnowledgeChunk[], tuning: SearchTuning) {
  const givesReasons = new Set(chunks.filter((chunk) => reasonHeading.test(chunk.heading)).map((chunk) => chunk.id));
  const listsWarningSigns = new Set(chunks.filter((chunk) => chunk.warningSigns).map((chunk) => chunk.id));
  const warningSectionsOf = (articleId: string) =>
    chunks.filter((chunk) => chunk.articleId === articleId && chunk.warningSigns).length;
  const gradedWarningSigns = new Set(
    chunks.filter((chunk) => chunk.warningSigns && warningSectionsOf(chunk.articleId) > 1).map((chunk) => chunk.id),
  );

  return {
    /** The scores with a reason-giving section weighted up when the question asks why. */
    weighReasons<Chunk extends Ranked>(query: string, ranked: Chunk[]): Chunk[] {
      if (!reasonAsked.test(query)) return ranked;
      return ranked.map((chunk) =>
        givesReasons.has(chunk.id) ? { ...chunk, score: chunk.score * (1 + tuning.reasonAskedBoost) } : chunk,
      );
    },
    /** Best first in, best first out: an urgency-graded warning section in front of a single list. */
    preferGradedWarnings<Chunk extends Ranked>(ranked: Chunk[]): Chunk[] {
      const lead = ranked[0];
      if (!lead || !listsWarningSigns.has(lead.id) || gradedWarningSigns.has(lead.id)) return ranked;
      const at = ranked.findIndex(
        (chunk) => gradedWarningSigns.has(chunk.id) && chunk.score >= tuning.gradedWarningShare * lead.score,
      );
      const graded = at > 0 ? ranked[at] : undefined;
      if (!graded) return ranked;
      return [{ ...graded, score: lead.score }, ...ranked.filter((_chunk, index) => index !== at)];
    },
  };
}
