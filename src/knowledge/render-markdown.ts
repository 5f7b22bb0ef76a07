import { escapeHtml } from "../lib/escape-html.js";
// The small markdown subset our articles use, rendered to HTML: paragraphs, "- " lists,
// "### " subheadings, **bold**, and "> " blockquotes, where one starting "Note:" becomes a
// callout. Everything is escaped first, so article text can never inject markup.

/** Escape, then turn **bold** into <strong>. */
export function renderInline(text: string): string {
  return escapeHtml(text).replace(/\*\*(?=\S)(.+?)\*\*/g, "<strong>$1</strong>");
}

function renderQuote(lines: string[]): string {
  const text = lines.join(" ").trim();
  const note = /^Note:\s*(.*)$/s.exec(text);
  if (note) return `<div class="note" role="note"><p><strong>Note:</strong> ${renderInline(note[1] ?? "")}</p></div>`;
  return `<blockquote><p>${renderInline(text)}</p></blockquote>`;
}

export function renderMarkdown(markdown: string): string {
  const html: string[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  let quote: string[] = [];

  const flush = () => {
    if (paragraph.length > 0) html.push(`<p>${renderInline(paragraph.join(" "))}</p>`);
    if (items.length > 0) html.push(`<ul>${items.map((item) => `<li>${renderInline(item)}</li>`).join("")}</ul>`);
    if (quote.length > 0) html.push(renderQuote(quote));
    paragraph = [];
    items = [];
    quote = [];
  };

  for (const rawLine of markdown.split("\n")) {
    const line = rawLine.trim();
    if (line === "") {
      flush();
      continue;
    }
    if (line.startsWith(">")) {
      if (quote.length === 0) flush();
      quote.push(line.replace(/^>\s?/, ""));
      continue;
    }
    if (quote.length > 0) flush();
    const subheading = /^###\s+(.*)$/.exec(line);
    if (subheading) {
      flush();
      html.push(`<h3>${renderInline(subheading[1] ?? "")}</h3>`);
      continue;
    }
    const item = /^[-*]\s+(.*)$/.exec(line);
    if (item) {
      if (paragraph.length > 0) flush();
      items.push(item[1] ?? "");
      continue;
    }
    // A line indented under a list item continues it; otherwise it is paragraph text.
    const lastItem = items.length - 1;
    if (lastItem >= 0 && /^\s/.test(rawLine)) items[lastItem] += ` ${line}`;
    else {
      if (items.length > 0) flush();
      paragraph.push(line);
    }
  }
  flush();
  return html.join("\n");
}
