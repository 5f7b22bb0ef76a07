import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { renderArticlePage, renderIndexPage, renderNotFoundPage } from "../knowledge/article-page.js";
import { apiRoutes, firstOfRepeated } from "../openapi/api-routes.js";
import { errors, idParameter, json } from "../openapi/openapi-parts.js";

const searchQuerySchema = z.object({
  q: z
    .string({ error: "a question is required (1 to 500 characters)" })
    .max(500, "must be at most 500 characters")
    .trim()
    .min(1, "a question is required (1 to 500 characters)"),
  // Absent means 3. A missing key (not one set to undefined) is what a route's validator sees.
  k: z
    .string({ error: "must be a whole number from 1 to 10" })
    .regex(/^(?:[1-9]|10)$/, "must be a whole number from 1 to 10")
    .optional()
    .transform((value) => (value === undefined ? 3 : Number(value)))
    .meta({ type: "integer", minimum: 1, maximum: 10, default: 3, description: "How many passages" }),
});

const passage = z.object({
  articleId: z.string(),
  title: z.string(),
  section: z.string(),
  text: z.string(),
  url: z.string(),
  score: z.number(),
});

const search = createRoute({
  method: "get",
  path: "/api/knowledge/search",
  summary: "Search the clinic's curated articles",
  request: { query: firstOfRepeated(searchQuerySchema) },
  responses: {
    200: { description: "Passages, best first", content: json(z.object({ results: z.array(passage) })) },
    ...errors(400),
  },
});

const articleList = createRoute({
  method: "get",
  path: "/knowledge",
  summary: "The list of articles",
  responses: { 200: { description: "HTML" } },
});

const article = createRoute({
  method: "get",
  path: "/knowledge/{id}",
  summary: "An article as a readable page (the target of citations)",
  request: { params: idParameter },
  responses: { 200: { description: "HTML" }, 404: { description: "Unknown article" } },
});

// Static, script-free pages: nothing to load from elsewhere, nothing to run.
const pageHeaders = {
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "public, max-age=300",
};

/** Knowledge search (JSON) and the article pages every citation links to (HTML). */
export const knowledgeRoutes = apiRoutes()
  .openapi(search, (c) => {
    const { q, k } = c.req.valid("query");
    const results = c
      .get("deps")
      .knowledge.search(q, k)
      .map(({ articleId, title, section, text, url, score }) => ({ articleId, title, section, text, url, score }));
    return c.json({ results }, 200);
  })
  .openapi(articleList, (c) => c.html(renderIndexPage(c.get("deps").knowledge.articles), 200, pageHeaders))
  .openapi(article, (c) => {
    const found = c.get("deps").knowledge.getArticle(c.req.param("id"));
    if (!found) return c.html(renderNotFoundPage(), 404, pageHeaders);
    return c.html(renderArticlePage(found), 200, pageHeaders);
  })
  // ":id" never matches an empty segment, so this may follow it. Not described: only a redirect.
  .get("/knowledge/", (c) => c.redirect("/knowledge", 301));
