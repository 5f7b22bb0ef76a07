import type { CareLevel } from "./article-schema.js";

// The knowledge base as the rest of the app sees it. Implementations live beside this file.

export interface KnowledgeSection {
  anchor: string;
  heading: string;
  /** Markdown text of the section body. */
  text: string;
  /** The body rendered to HTML when the article was parsed (escaped; no raw HTML). */
  html: string;
  /** Questions this section answers, in visitors' words (front matter "asks"); searched, never shown. */
  asks?: string[];
  /** Whether the section lists warning signs (front matter "warning-signs"). */
  warningSigns?: boolean;
  /** The care level whose advice this section gives (front matter "care-levels"). */
  careLevel?: CareLevel;
}

export interface KnowledgeSource {
  title: string;
  publisher: string;
  seed: string;
  date?: string;
}

export interface KnowledgeArticle {
  id: string;
  title: string;
  summary: string;
  topics: string[];
  sources: KnowledgeSource[];
  reviewed: string;
  intro: string;
  /** The intro rendered to HTML when the article was parsed ("" when there is none). */
  introHtml: string;
  sections: KnowledgeSection[];
}

export interface KnowledgeResult {
  articleId: string;
  title: string;
  section: string;
  /** Section anchor, for the citation link. */
  anchor: string;
  text: string;
  /** Path of the cited page: /knowledge/:id#anchor. */
  url: string;
  score: number;
  /** Whether the section lists warning signs (when to get care). */
  warningSigns: boolean;
}

export interface KnowledgeBase {
  articles: KnowledgeArticle[];
  getArticle(id: string): KnowledgeArticle | undefined;
  /** Best passages first; results under the no-answer threshold are left out. */
  search(query: string, k?: number): KnowledgeResult[];
  /** How telling a search term is (its idf over the passages; 0 for question-frame words). */
  termWeight(term: string): number;
}
