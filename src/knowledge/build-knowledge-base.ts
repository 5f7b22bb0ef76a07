import MiniSearch from "minisearch";
import { levelStatedIn } from "../triage/index.js";
import { careLevels, type CareLevel } from "./article-schema.js";
import type { KnowledgeArticle, KnowledgeBase, KnowledgeResult } from "./knowledge-base.js";
import { createAnswerSearch } from "./answer-search.js";
import { createScorer } from "./search-scoring.js";
import { defaultTuning, type SearchTuning } from "./search-tuning.js";
import { createSemanticSimilarity, createTypicalQuestionVote } from "./semantic-similarity.js";
import { indexTermsFor, termFor, tokenize } from "./text-terms.js";
import { bundledWordVectors } from "./word-vectors.js";

// Parsed articles -> one chunk per section -> a minisearch index. Pure (no fs), so the Node
// loader, the Worker (articles parsed at build time) and the tests all build it the same way.

export interface KnowledgeChunk {
  /** "article-id#anchor" */
  id: string;
  articleId: string;
  /** Article title and topics ride along on every chunk as lightly boosted fields. */
  title: string;
  topics: string;
  heading: string;
  anchor: string;
  /** Heading and body: what the passage is searched by. */
  text: string;
  /** The questions this section answers, in visitors' words (front matter "asks"). */
  asks: string;
  /** The section body as markdown: what callers get back. */
  body: string;
  /** Whether the section lists warning signs: a story naming them is answered from it first. */
  warningSigns: boolean;
  /** The care level whose advice the section gives, if any (front matter "care-levels"). */
  careLevel?: CareLevel;
}

export function chunkArticle(article: KnowledgeArticle): KnowledgeChunk[] {
  return article.sections.map((section) => ({
    id: `${article.id}#${section.anchor}`,
    articleId: article.id,
    title: article.title,
    topics: article.topics.join(" "),
    heading: section.heading,
    anchor: section.anchor,
    text: `${section.heading}\n\n${section.text}`,
    asks: (section.asks ?? []).join("\n"),
    body: section.text,
    warningSigns: section.warningSigns ?? false,
    ...(section.careLevel ? { careLevel: section.careLevel } : {}),
  }));
}

export function createChunkIndex(chunks: KnowledgeChunk[]): MiniSearch<KnowledgeChunk> {
  const index = new MiniSearch<KnowledgeChunk>({
    fields: ["title", "topics", "heading", "text", "asks"],
    tokenize: (text) => tokenize(text),
    // Articles are indexed with lay synonyms (synonyms.ts); questions are only stemmed.
    processTerm: (token) => indexTermsFor(token),
    searchOptions: { processTerm: (token) => termFor(token) },
  });
  index.addAll(chunks);
  return index;
}

/** The care level of the triage engine's reading of a message, when an article may answer for it. */
function careLevelIn(message: string, now: Date): CareLevel | undefined {
  const level = levelStatedIn(message, now);
  return (careLevels as readonly string[]).includes(level) ? (level as CareLevel) : undefined;
}

/** `parsed` comes from parseArticles (parse-article.ts): ids unique. */
export function buildKnowledgeBase(
  parsed: readonly KnowledgeArticle[],
  tuning: SearchTuning = defaultTuning,
  /** The clock the triage reader dates the visitor's words by ("fell this morning"). */
  now: () => Date = () => new Date(),
): KnowledgeBase {
  const byId = new Map(parsed.map((article) => [article.id, article]));
  const articles = [...byId.values()].sort((left, right) => left.id.localeCompare(right.id));
  const chunks = articles.flatMap(chunkArticle);
  const chunkById = new Map(chunks.map((chunk) => [chunk.id, chunk]));
  const semantic =
    tuning.semanticWeight > 0
      ? createSemanticSimilarity(chunks, bundledWordVectors(), tuning.askingPartsFrom)
      : undefined;
  const typicalVote =
    tuning.typicalVoteWeight > 0
      ? createTypicalQuestionVote(chunks, bundledWordVectors(), tuning.typicalVoteNeighbours)
      : undefined;
  const scorer = createScorer(createChunkIndex(chunks), chunks, tuning, {
    semantic,
    typicalVote,
    rankOf: (word) => bundledWordVectors().rankOf(word),
  });
  const search = createAnswerSearch(chunks, tuning, scorer, (message) => careLevelIn(message, now()));

  return {
    articles,
    getArticle: (id) => byId.get(id),
    termWeight: (term) => scorer.weight(term),
    search(query, k = 3): KnowledgeResult[] {
      return search(query, k).flatMap(({ id, score }) => {
        const chunk = chunkById.get(id);
        if (!chunk) return [];
        return [
          {
            articleId: chunk.articleId,
            title: chunk.title,
            section: chunk.heading,
            anchor: chunk.anchor,
            text: chunk.body,
            url: `/knowledge/${chunk.articleId}#${chunk.anchor}`,
            score: Math.round(score * 1000) / 1000,
            warningSigns: chunk.warningSigns,
          },
        ];
      });
    },
  };
}
