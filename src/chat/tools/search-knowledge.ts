import { z } from "zod";
import { absoluteUrl, citeResults, excerpt } from "../interview/knowledge-answer.js";
import type { ToolDescriptor } from "./tool-descriptor.js";

export interface KnowledgePassage {
  title: string;
  section: string;
  text: string;
  url: string;
}

export interface SearchKnowledgeResult {
  passages: KnowledgePassage[];
  note: string;
}

/**
 * Searches the clinic's own articles. The passages returned are cited as `source-url` parts
 * by code, so an answer built on them always carries its sources.
 */
export const searchKnowledgeTool: ToolDescriptor<{ query: string }> = {
  name: "search_knowledge",
  description:
    "Search the clinic's knee-pain articles for a general question (exercise, running, self-care, what physical " +
    "therapy involves). Answer only from the passages returned, naming the article; if none come back, say you don't know.",
  inputSchema: z.object({ query: z.string().min(2).max(300) }).strict(),
  run(input, context): SearchKnowledgeResult {
    const results = context.knowledge.search(input.query, 3);
    citeResults(context.session.writer, results, context.baseUrl);
    return {
      passages: results.map((result) => ({
        title: result.title,
        section: result.section,
        text: excerpt(result.text, 700),
        url: absoluteUrl(context.baseUrl, result.url),
      })),
      note:
        results.length > 0
          ? "Answer from these passages only and name the article. They are shown to the visitor as sources."
          : "Nothing in the clinic's articles covers this: say you don't know rather than guess.",
    };
  },
};
