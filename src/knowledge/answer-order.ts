import type { KnowledgeChunk } from "./build-knowledge-base.js";
import { careLevels, type CareLevel } from "./article-schema.js";
import type { SearchTuning } from "./search-tuning.js";
import { asksToStopOnceBetter } from "./question-intent.js";
import { warningSectionIds } from "./warning-signs-told.js";

// Two rules for the order of the passages an answer shows, after the scores (issue 15, seventh
// round; measured on every question set, see README):
// - "Why would a physio check my hips?" asks for a reason: a section headed "Why…" or "What
//   causes…" gives one, where "what a physio checks" only lists the hips. "Pain's gone, can I stop
//   the exercises?" (twenty-second round) is answered likewise by a section headed "Keep… going".
// - A warning-signs answer comes from the sections an article grades by urgency (emergency, same
//   day, book an assessment) when they speak to it nearly as well as another article's single list.
// - A message the triage engine reads as an emergency or same-day matter (its facts, read from
//   the words), or a story it reads as one to book an assessment for, is answered first from the
//   section for that level (front matter "care-levels"), so the articles never lead with home care
//   where the engine would send the visitor for help. Measured over every set (ninth round):
//   emergency and same-day leads 1544 → 1575 of 1717 right sections in the top 3, one refusal
//   lost; the assessment lead for stories 3 more and the last known misleading answer gone. A
//   same-day reading also leads over the emergency list the words found (tenth round: +3 of 2089,
//   none lost), which then comes second.

const reasonAsked = /\bwhy\b|\bhow come\b/i;
const reasonHeading = /^why\b|\bcauses?\b|\bcontribut/i;
// "Pain's gone, can I stop the exercises?" asks whether to keep them going: a section headed
// "Keep the work going" answers it, where the exercise's own steps only name it.
const keepGoingHeading = /\bkeep\b.*\bgoing\b/i;

interface Ranked {
  id: string;
  score: number;
}

export function createAnswerOrder(chunks: readonly KnowledgeChunk[], tuning: SearchTuning) {
  const headed = (heading: RegExp) =>
    new Set(chunks.filter((chunk) => heading.test(chunk.heading)).map((chunk) => chunk.id));
  const givesReasons = headed(reasonHeading);
  const keepsWorkGoing = headed(keepGoingHeading);
  const listsWarningSigns = warningSectionIds(chunks);
  const warningSectionsOf = (articleId: string) =>
    chunks.filter((chunk) => chunk.articleId === articleId && chunk.warningSigns).length;
  const gradedWarningSigns = new Set(
    chunks.filter((chunk) => chunk.warningSigns && warningSectionsOf(chunk.articleId) > 1).map((chunk) => chunk.id),
  );

  const careLevelOf = new Map(
    chunks.flatMap((chunk) => (chunk.careLevel ? [[chunk.id, chunk.careLevel] as const] : [])),
  );
  const sectionFor = new Map<CareLevel, string>();
  for (const [id, level] of careLevelOf) if (!sectionFor.has(level)) sectionFor.set(level, id);

  return {
    /**
     * The scores with a reason-giving section weighted up when the question asks why, and a section
     * on keeping the work going when it asks to stop the exercises now the knee is better.
     */
    weighAskedSections<Chunk extends Ranked>(query: string, ranked: Chunk[]): Chunk[] {
      const weighed = [
        ...(reasonAsked.test(query) ? [givesReasons] : []),
        ...(asksToStopOnceBetter(query) ? [keepsWorkGoing] : []),
      ];
      if (weighed.length === 0) return ranked;
      return ranked.map((chunk) =>
        weighed.some((sections) => sections.has(chunk.id))
          ? { ...chunk, score: chunk.score * (1 + tuning.reasonAskedBoost) }
          : chunk,
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
    /**
     * The section for the care level the triage engine reads from the visitor's words leads,
     * unless a section for that level or (below same day) a more urgent one already does.
     */
    leadWithCareLevel<Chunk extends Ranked>(
      ranked: Chunk[],
      level: CareLevel | undefined,
      /** The chunk for a section the search did not rank. */
      unranked: (id: string) => Chunk,
      /** Whether the message tells only a pain score and asks whether to be seen (the engine's routine reading may then lead). */
      onlyPainScoreTold = false,
    ): Chunk[] {
      if (level === undefined) return ranked;
      const leading = careLevelOf.get(ranked[0]?.id ?? "");
      if (leading === level) return ranked;
      // A more urgent section's words may lead ("kneecap slid out… popped back in" reads like the
      // emergency list), but where the engine reads a same-day matter from the visitor's own words
      // its section leads and the emergency list follows it: the answer agrees with the engine and
      // still shows what would make it an emergency. Below same day the engine has read too
      // little to overrule the words.
      if (
        leading !== undefined &&
        careLevels.indexOf(leading) > careLevels.indexOf(level) &&
        level !== "urgent" &&
        !onlyPainScoreTold
      )
        return ranked;
      const id = ranked.find((chunk) => careLevelOf.get(chunk.id) === level)?.id ?? sectionFor.get(level);
      if (id === undefined) return ranked;
      const lead = ranked.find((chunk) => chunk.id === id) ?? unranked(id);
      return [{ ...lead, score: ranked[0]?.score ?? lead.score }, ...ranked.filter((chunk) => chunk.id !== id)];
    },
  };
}
