import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { buildKnowledgeBase } from "./build-knowledge-base.js";
import type { KnowledgeBase } from "./knowledge-base.js";
import type { ArticleFile } from "./parse-article.js";

/**
 * Read every knowledge/*.md file and build the knowledge base. A broken article throws an Error
 * naming the file and the problem, which stops start-up.
 */
export function loadKnowledgeFromDir(dir: string): KnowledgeBase {
  return buildKnowledgeBase(readArticleFiles(dir));
}

/** Every knowledge/*.md file in a folder, by name. */
export function readArticleFiles(dir: string): ArticleFile[] {
  const folder = basename(dir.replace(/[\\/]+$/, ""));
  const names = readdirSync(dir)
    .filter((name) => name.endsWith(".md") && !name.startsWith("."))
    .sort();
  if (names.length === 0) throw new Error(`${dir}: no knowledge articles (*.md) found`);
  return names.map((name) => ({ fileName: `${folder}/${name}`, text: readFileSync(join(dir, name), "utf8") }));
}
