// Types of content.js, which `npm run build:worker` (src/worker/build-content.ts) generates.
// Committed, unlike content.js, so the type-check needs no build step.

import type { KnowledgeArticle } from "../../knowledge/knowledge-base.js";

/** knowledge/*.md, parsed (markdown rendered to HTML) and sorted by id. */
export declare const knowledgeArticles: ReadonlyArray<KnowledgeArticle>;

/** prompts/system.md, placeholders unfilled. */
export declare const systemPromptTemplate: string;
