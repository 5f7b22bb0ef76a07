import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../app-deps.js";
import { renderArticlePage, renderIndexPage, renderNotFoundPage } from "../knowledge/article-page.js";
import { parseOrThrow } from "../lib/validate.js";

const searchQuerySchema = z.object({
  q: z
    .string({ error: "a question is required (1 to 500 characters)" })
    .max(500, "must be at most 500 characters")
    .trim()
    .min(1, "a question is required (1 to 500 characters)"),
  k: z
    .union([z.undefined(), z.string().regex(/^(?:[1-9]|10)$/, "must be a whole number from 1 to 10")], {
      error: "must be a whole number from 1 to 10",
    })
    .transform((value) => (value === undefined ? 3 : Number(value))),
});

// Static, script-free pages: nothing to load from elsewhere, nothing to run.
const pageHeaders = {
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "public, max-age=300",
};

/** Knowledge search (JSON) and the article pages every citation links to (HTML). */
export const knowledgeRoutes = new Hono<AppEnv>()
  .get("/api/knowledge/search", (c) => {
    const { q, k } = parseOrThrow(searchQuerySchema, { q: c.req.query("q"), k: c.req.query("k") }, "query");
    const results = c
      .get("deps")
      .knowledge.search(q, k)
      .map(({ articleId, title, section, text, url, score }) => ({ articleId, title, section, text, url, score }));
    return c.json({ results });
  })
  .get("/knowledge", (c) => c.html(renderIndexPage(c.get("deps").knowledge.articles), 200, pageHeaders))
  .get("/knowledge/", (c) => c.redirect("/knowledge", 301))
  .get("/knowledge/:id", (c) => {
    const article = c.get("deps").knowledge.getArticle(c.req.param("id"));
    if (!article) return c.html(renderNotFoundPage(), 404, pageHeaders);
    return c.html(renderArticlePage(article), 200, pageHeaders);
  });
