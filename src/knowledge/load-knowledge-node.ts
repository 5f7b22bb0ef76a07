import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { buildKnowledgeBase } from "./build-knowledge-base.js";
import type { KnowledgeArticle, KnowledgeBase } from "./knowledge-base.js";
import { parseArticles } from "./parse-article.js";

/**
 * Read and parse every *.md file in `dir` (file names "<folder>/<name>.md" in messages). A broken
 * article throws an Error naming the file and the problem, which stops start-up or the build.
 */
export function readArticlesFromDir(dir: string): KnowledgeArticle[] {
  const folder = basename(dir.replace(/[\\/]+$/, ""));
  const names = readdirSync(dir)
    .filter((name) => name.endsWith(".md") && !name.startsWith("."))
    .sort();
  if (names.length === 0) throw new Error(`${dir}: no knowledge articles (*.md) found`);
  return parseArticles(
    names.map((name) => ({ fileName: `${folder}/${name}`, text: readFileSync(join(dir, name), "utf8") })),
  );
}

/** The Node server's knowledge base: knowledge/*.md, parsed and indexed at start-up. */
export function loadKnowledgeFromDir(dir: string): KnowledgeBase {
  return buildKnowledgeBase(readArticlesFromDir(dir));
}
