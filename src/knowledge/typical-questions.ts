import type { KnowledgeChunk } from "./build-knowledge-base.js";
import { askingSentences, wordCount } from "./question-parts.js";
import { indexTermsFor, tokenize } from "./text-terms.js";

// Each section lists about twenty typical questions in visitors' words (front matter "asks"),
// searched as a field of their own. A word a passage has only there counts through one typical
// question at a time (search-scoring.ts): words gathered from several ("sauna" from one,
// "triathlon" from another) are not one question's match. A long typical question counts by the
// sentences that ask: its story ("66 and walk most days, sit with my legs out on the sofa…") is
// context, not what the section answers (issue 15, seventh round).

/** Per chunk id, the search terms of each of its typical questions. */
export function typicalQuestionTerms(
  chunks: readonly KnowledgeChunk[],
  storyFromWords: number,
): Map<string, ReadonlySet<string>[]> {
  const askingText = (line: string) => (wordCount(line) < storyFromWords ? line : askingSentences(line).join(" "));
  return new Map(
    chunks.map((chunk) => [
      chunk.id,
      chunk.asks
        .split("\n")
        .map((line) => new Set(tokenize(askingText(line)).flatMap(indexTermsFor)))
        .filter((terms) => terms.size > 0),
    ]),
  );
}
