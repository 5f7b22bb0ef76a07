import { afterEach, describe, expect, it } from "vitest";
import { DISCLAIMER } from "../../src/knowledge/article-page.js";
import { buildKnowledgeBase } from "../../src/knowledge/build-knowledge-base.js";
import { parseArticles } from "../../src/knowledge/parse-article.js";
import { createTestApp } from "../helpers/test-app.js";

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
const opened: TestApp[] = [];

async function open(overrides: Parameters<typeof createTestApp>[0] = {}) {
  const testApp = await createTestApp(overrides);
  opened.push(testApp);
  return testApp.app;
}

afterEach(() => {
  for (const testApp of opened.splice(0)) testApp.close();
});

async function search(query: string) {
  const app = await open();
  const response = await app.request(`/api/knowledge/search?${query}`);
  return { response, body: (await response.json()) as Record<string, unknown> };
}

const hostileArticle = `---
id: hostile
title: "<script>alert('title')</script> & friends"
summary: A summary with <b>markup</b>.
topics: [testing]
source:
  title: "<img src=x onerror=alert(1)>"
  publisher: "Evil & Co"
  seed: seed.txt
reviewed: 2026-01-31
---

Intro with <iframe src="https://example.com"></iframe>.

## Section <em>one</em> {#section-one}

Text with **bold** and <script>alert("body")</script>.

- item <u>one</u>

> Note: a doubtful "claim".

<!-- Dropped: secret editorial remark. -->
`;

describe("GET /api/knowledge/search", () => {
  it("returns cited passages in the documented shape", async () => {
    const { response, body } = await search("q=how%20do%20i%20do%20monster%20walks&k=2");
    expect(response.status).toBe(200);
    const results = body.results as Array<Record<string, unknown>>;
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(2);
    expect(Object.keys(results[0] ?? {}).sort()).toEqual(["articleId", "score", "section", "text", "title", "url"]);
    expect(results[0]).toMatchObject({
      articleId: "knee-strengthening-exercises",
      section: "Monster walks",
      url: "/knowledge/knee-strengthening-exercises#monster-walks",
    });
    expect(results[0]?.text).toContain("resistance loop");
  });

  it("returns three results by default and an empty list when nothing answers", async () => {
    const answered = await search(`q=${encodeURIComponent("is running bad for my knees?")}`);
    expect((answered.body.results as unknown[]).length).toBe(3);
    const unanswered = await search(`q=${encodeURIComponent("what's the best mortgage rate?")}`);
    expect(unanswered.response.status).toBe(200);
    expect(unanswered.body).toEqual({ results: [] });
  });

  it.each([
    ["", "q"],
    ["q=", "q"],
    ["q=%20%20%20", "q"],
    [`q=${"a".repeat(501)}`, "q"],
    ["q=knee&k=0", "k"],
    ["q=knee&k=11", "k"],
    ["q=knee&k=2.5", "k"],
    ["q=knee&k=three", "k"],
  ])("answers 400 naming the parameter for %s", async (query, field) => {
    const { response, body } = await search(query);
    expect(response.status).toBe(400);
    const error = body.error as Record<string, unknown>;
    expect(error).toMatchObject({ code: "validation_failed", field });
    expect(error.message).toContain(`"${field}"`);
    expect(typeof error.requestId).toBe("string");
  });

  it("accepts a question of exactly 500 characters", async () => {
    const { response } = await search(`q=${"knee ".repeat(100)}`);
    expect(response.status).toBe(200);
  });
});

describe("GET /knowledge/:id", () => {
  it("renders the article with section anchors, contents, notes, sources, review date and the disclaimer", async () => {
    const app = await open();
    const response = await app.request("/knowledge/runners-knee-basics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('name="viewport"');
    expect(html).toContain("<h1>Runner&#39;s knee: pain around the kneecap</h1>");
    for (const anchor of ["what-it-is", "symptoms", "causes", "is-running-bad", "assessment", "when-to-get-checked"]) {
      expect(html).toContain(`<section id="${anchor}">`);
      expect(html).toContain(`<a href="#${anchor}">`);
    }
    expect(html).toContain('<div class="note" role="note"><p><strong>Note:</strong> chondromalacia patella');
    expect(html).toContain("<li>a grinding or clicking feeling in the joint</li>");
    expect(html).toContain("RunToTheFinish (Coach Amanda)");
    expect(html).toContain("002_2774affbcf03c2c6.txt");
    expect(html).toContain('<time datetime="2026-11-20">20 November 2026</time>');
    expect(html).toContain(DISCLAIMER);
    expect(html).not.toContain("Dropped");
    expect(html).not.toContain("<!--");
    expect(html).not.toContain("<script");
  });

  it("escapes everything an article says and renders its markdown", async () => {
    const knowledge = buildKnowledgeBase(parseArticles([{ fileName: "knowledge/hostile.md", text: hostileArticle }]));
    const app = await open({ knowledge });
    const html = await (await app.request("/knowledge/hostile")).text();
    expect(html).not.toMatch(/<script|<iframe|<img|<em>|<u>|<b>markup/);
    expect(html).toContain("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; friends");
    expect(html).toContain("&lt;iframe src=&quot;https://example.com&quot;&gt;&lt;/iframe&gt;");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain('<section id="section-one">');
    expect(html).toContain("<li>item &lt;u&gt;one&lt;/u&gt;</li>");
    expect(html).toContain("<strong>Note:</strong> a doubtful &quot;claim&quot;.");
    expect(html).toContain("Evil &amp; Co");
    expect(html).not.toContain("secret editorial remark");
  });

  it("answers an unknown article with a 404 page", async () => {
    const app = await open();
    const response = await app.request("/knowledge/no-such-article");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain("Article not found");
    expect(html).toContain('href="/knowledge"');
  });

  it("lists every article on the index page", async () => {
    const app = await open();
    const response = await app.request("/knowledge");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(DISCLAIMER);
    expect(html).toContain('href="/knowledge/runners-knee-basics"');
    expect(html).toContain('href="/knowledge/self-care-and-return-to-running"');
  });

  it("links every search result to a section that exists on its article page", async () => {
    const app = await open();
    const body = (await (
      await app.request(`/api/knowledge/search?q=${encodeURIComponent("should i ice my knee after a run")}&k=5`)
    ).json()) as {
      results: Array<{ url: string }>;
    };
    expect(body.results.length).toBeGreaterThan(0);
    for (const { url } of body.results) {
      const [path, anchor] = url.split("#");
      const html = await (await app.request(path ?? "")).text();
      expect(html).toContain(`<section id="${anchor}">`);
    }
  });
});
