import type { KnowledgeArticle } from "./knowledge-base.js";
import { html, raw } from "hono/html";
import { type Markup, pageText } from "../lib/page-markup.js";

// The HTML pages behind every citation: one article, the list of articles, and "not found".
// Plain server-rendered HTML with inline CSS: readable on a phone, no scripts, every value escaped.
// The article's markdown arrives already rendered (parse-article.ts), so pages need no parser.

export const DISCLAIMER =
  "This article is general information, not a diagnosis. If you have a red-flag symptom, call emergency services.";

const months = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2026-11-20" -> "20 November 2026", without depending on the server's locale. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  const name = months[(month ?? 0) - 1];
  return name && day && year ? `${day} ${name} ${year}` : isoDate;
}

const styles = `
:root{color-scheme:light;--text:#1f2933;--muted:#52606d;--link:#0b5cad;--line:#d9e2ec;--note-bg:#fff8e6;--note-line:#b45309}
*{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.65 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--text);background:#fff}
.page{max-width:42rem;margin:0 auto;padding:1rem 1.25rem 3rem}
a{color:var(--link)}a:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0}h2{font-size:1.3rem;margin:2rem 0 .5rem;line-height:1.3}h3{font-size:1.1rem;margin:1.25rem 0 .25rem}
.summary{font-size:1.125rem;color:var(--muted)}.meta{color:var(--muted);font-size:.95rem}
.disclaimer{border:2px solid var(--line);border-radius:.5rem;padding:.75rem 1rem;font-weight:600}
.note{background:var(--note-bg);border-left:4px solid var(--note-line);border-radius:.25rem;padding:.25rem 1rem;margin:1rem 0}
.toc{border-top:1px solid var(--line);border-bottom:1px solid var(--line);margin:1.5rem 0;padding-bottom:.5rem}
.toc h2{font-size:1rem;margin:.75rem 0 .25rem}
section{scroll-margin-top:1rem}section:target h2{background:#eef6ff}
ul,ol{padding-left:1.4rem}li{margin:.25rem 0}
.sources li{margin-bottom:.75rem}.sources .seed{color:var(--muted);font-size:.9rem}
.articles li{margin-bottom:1rem}.articles p{margin:.25rem 0}
footer{margin-top:2.5rem;border-top:1px solid var(--line);padding-top:1rem;color:var(--muted);font-size:.95rem}
`;

function layout(title: string, body: Markup, description?: string): string {
  return pageText(html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${description ? html`<meta name="description" content="${description}">` : ""}
<style>${raw(styles)}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<div class="page">
${body}
</div>
</body>
</html>`);
}

function renderSources(article: KnowledgeArticle): Markup {
  const items = article.sources.map((source) => {
    const date = source.date ? html`, <time datetime="${source.date}">${formatDate(source.date)}</time>` : "";
    return html`<li><cite>${source.title}</cite> (${source.publisher}${date}).<br><span class="seed">Seed file: ${source.seed}</span></li>`;
  });
  return html`<section class="sources" aria-labelledby="page-sources">
<h2 id="page-sources">Sources</h2>
<p>Written in our own words from these articles. Claims we judged doubtful are marked with a note or left out.</p>
<ul>${items}</ul>
</section>`;
}

// section.html and introHtml are the article's markdown rendered by render-markdown.ts, which
// escapes all text itself: they go in as raw markup.
export function renderArticlePage(article: KnowledgeArticle): string {
  const contents = article.sections.map(
    (section) => html`<li><a href="#${section.anchor}">${section.heading}</a></li>`,
  );
  const sections = article.sections.map(
    (section, index) =>
      html`${index > 0 ? "\n" : ""}<section id="${section.anchor}">\n<h2>${section.heading}</h2>\n${raw(section.html)}\n</section>`,
  );
  const body = html`<header><nav aria-label="Breadcrumb"><a href="/knowledge">All knee articles</a></nav></header>
<main id="main">
<article>
<h1>${article.title}</h1>
<p class="summary">${article.summary}</p>
<p class="meta">Reviewed <time datetime="${article.reviewed}">${formatDate(article.reviewed)}</time></p>
<p class="disclaimer" role="note">${DISCLAIMER}</p>
${raw(article.introHtml)}
<nav class="toc" aria-labelledby="page-contents"><h2 id="page-contents">In this article</h2><ol>${contents}</ol></nav>
${sections}
${renderSources(article)}
</article>
</main>
<footer><p>${DISCLAIMER}</p></footer>`;
  return layout(`${article.title} | Knee articles`, body, article.summary);
}

export function renderIndexPage(articles: readonly KnowledgeArticle[]): string {
  const items = articles.map(
    (article, index) =>
      html`${index > 0 ? "\n" : ""}<li><a href="/knowledge/${encodeURIComponent(article.id)}">${article.title}</a><p>${article.summary}</p></li>`,
  );
  const body = html`<main id="main">
<h1>Knee articles</h1>
<p class="disclaimer" role="note">${DISCLAIMER}</p>
<ul class="articles">
${items}
</ul>
</main>`;
  return layout("Knee articles", body, "Plain-language articles about knee pain, exercise and when to get help.");
}

export function renderNotFoundPage(): string {
  const body = html`<main id="main">
<h1>Article not found</h1>
<p>We could not find that article. It may have been renamed or removed.</p>
<p><a href="/knowledge">See all knee articles</a></p>
</main>`;
  return layout("Article not found | Knee articles", body);
}
