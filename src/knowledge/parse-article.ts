import { anchorPattern, careLevels, checkFrontMatter } from "./article-schema.js";
import { parseFrontMatter } from "./front-matter.js";
import type { KnowledgeArticle, KnowledgeSection } from "./knowledge-base.js";
import { renderMarkdown } from "./render-markdown.js";

// One markdown article -> one validated KnowledgeArticle, its markdown already rendered to HTML.
// Pure (no fs), so Node start-up, the Worker's build step and the tests parse the same way; the
// Worker itself gets the parsed articles and needs neither parser. Every problem names the file
// and what is wrong.

export interface ArticleFile {
  /** Shown in error messages; its base name without ".md" must equal the article id. */
  fileName: string;
  text: string;
}

export class ArticleFormatError extends Error {
  constructor(
    readonly fileName: string,
    readonly problem: string,
  ) {
    super(`${fileName}: ${problem}`);
    this.name = "ArticleFormatError";
  }
}

const sectionHeading = /^##\s+(.*?)\s*\{#([^}]*)\}\s*$/;

function baseName(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.md$/i, "");
}

/** Editors' notes in <!-- --> are never shown or indexed; newlines are kept so line numbers hold. */
function stripComments(body: string, fail: (problem: string) => never): string {
  const stripped = body.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ""));
  if (stripped.includes("<!--")) fail('an HTML comment "<!--" is never closed with "-->"');
  return stripped;
}

function tidy(lines: string[]): string {
  return lines
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function splitFrontMatter(text: string, fail: (problem: string) => never) {
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!normalised.startsWith("---\n")) fail('does not start with a "---" front matter block');
  const close = normalised.indexOf("\n---", 3);
  const afterClose = normalised.slice(close + 4);
  if (close < 0 || !/^[ \t]*(\n|$)/.test(afterClose)) fail('the front matter block is not closed with a "---" line');
  const block = normalised.slice(4, close + 1);
  const bodyFirstLine = block.split("\n").length + 2;
  return { block, body: afterClose.replace(/^[ \t]*\n?/, ""), bodyFirstLine };
}

function parseSections(body: string, bodyFirstLine: number, fail: (problem: string) => never) {
  const introLines: string[] = [];
  const sections: Array<Omit<KnowledgeSection, "text" | "html"> & { lines: string[] }> = [];
  for (const [index, line] of body.split("\n").entries()) {
    const at = `line ${bodyFirstLine + index}`;
    if (/^#\s/.test(line)) fail(`${at}: use "## Heading {#anchor}" for sections; the page title comes from "title"`);
    if (/^#{4,}\s/.test(line)) fail(`${at}: only "##" sections and "###" subheadings are supported`);
    if (/\]\(/.test(line)) fail(`${at}: markdown links are not supported in articles`);
    if (!/^##\s/.test(line)) {
      (sections.at(-1)?.lines ?? introLines).push(line);
      continue;
    }
    const match = sectionHeading.exec(line);
    const heading = match?.[1] ?? line.slice(3).trim();
    const anchor = match?.[2];
    if (anchor === undefined) fail(`${at}: section "${heading}" needs an anchor, like "## ${heading} {#some-anchor}"`);
    if (heading === "") fail(`${at}: section {#${anchor}} has no heading text`);
    if (!anchorPattern.test(anchor)) fail(`${at}: anchor "{#${anchor}}" must be lower-case words joined by hyphens`);
    if (sections.some((section) => section.anchor === anchor))
      fail(`${at}: anchor "{#${anchor}}" is used by two sections`);
    sections.push({ anchor, heading, lines: [] });
  }
  if (sections.length === 0) fail('has no sections; add at least one "## Heading {#anchor}"');
  return {
    intro: tidy(introLines),
    sections: sections.map(({ lines, ...section }) => {
      const text = tidy(lines);
      if (text === "") fail(`section "{#${section.anchor}}" has no text`);
      return { ...section, text, html: renderMarkdown(text) };
    }),
  };
}

export function parseArticle(file: ArticleFile): KnowledgeArticle {
  const fail: (problem: string) => never = (problem) => {
    throw new ArticleFormatError(file.fileName, problem);
  };
  const { block, body, bodyFirstLine } = splitFrontMatter(file.text, fail);

  let raw: Record<string, unknown>;
  try {
    raw = parseFrontMatter(block);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const singleSource = raw.source !== undefined;
  if (singleSource && raw.sources !== undefined) fail('front matter has both "source" and "sources"; use one');
  if (singleSource) {
    const { source, ...rest } = raw;
    raw = { ...rest, sources: [source] };
  }
  const checked = checkFrontMatter(raw, singleSource);
  if (!checked.ok) return fail(checked.problem);
  const meta = checked.value;
  const expectedId = baseName(file.fileName);
  if (meta.id !== expectedId) fail(`front matter id "${meta.id}" must equal the file name "${expectedId}"`);

  const { intro, sections } = parseSections(stripComments(body, fail), bodyFirstLine, fail);
  const { asks = {}, "warning-signs": warningSigns = [], "care-levels": careLevelAnchors = {}, ...rest } = meta;
  const isAnchor = (anchor: string) => sections.some((section) => section.anchor === anchor);
  const unknown = Object.keys(asks).find((anchor) => !isAnchor(anchor));
  if (unknown !== undefined) fail(`front matter "asks" names "${unknown}", which is not a section anchor`);
  const unknownWarning = warningSigns.find((anchor) => !isAnchor(anchor));
  if (unknownWarning !== undefined)
    fail(`front matter "warning-signs" names "${unknownWarning}", which is not a section anchor`);
  const named = careLevels.flatMap((level) => {
    const anchor = careLevelAnchors[level];
    return anchor === undefined ? [] : [[anchor, level] as const];
  });
  const careLevelOf = new Map(named);
  if (careLevelOf.size < named.length) fail('front matter "care-levels" names one section for two levels');
  const unknownCare = [...careLevelOf.keys()].find((anchor) => !isAnchor(anchor));
  if (unknownCare !== undefined)
    fail(`front matter "care-levels" names "${unknownCare}", which is not a section anchor`);
  return {
    ...rest,
    intro,
    introHtml: renderMarkdown(intro),
    sections: sections.map((section) => ({
      ...section,
      ...(asks[section.anchor] ? { asks: asks[section.anchor] } : {}),
      ...(warningSigns.includes(section.anchor) ? { warningSigns: true } : {}),
      ...(careLevelOf.has(section.anchor) ? { careLevel: careLevelOf.get(section.anchor) } : {}),
    })),
  };
}

/** Every article file, parsed and sorted by id; two files declaring one article are refused. */
export function parseArticles(files: readonly ArticleFile[]): KnowledgeArticle[] {
  const byId = new Map<string, KnowledgeArticle>();
  for (const file of files) {
    const article = parseArticle(file);
    if (byId.has(article.id))
      throw new ArticleFormatError(file.fileName, `article id "${article.id}" is used by another file too`);
    byId.set(article.id, article);
  }
  return [...byId.values()].sort((left, right) => left.id.localeCompare(right.id));
}
