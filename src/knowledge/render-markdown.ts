import { Marked, type Tokens } from "marked";
import { escapeToBuffer } from "hono/utils/html";

// Article markdown to HTML with `marked` (CommonMark), run once where articles are parsed (Node
// start-up, the Worker's build step), never per request and never in the Worker bundle.
// Article text can never inject markup: the tokenizers for raw HTML are switched off, so "<b>"
// is plain text, and all text goes through hono's escaper, the app's only one. Articles carry no
// links (parse-article refuses "](" links), so bare URLs, <autolinks> and reference definitions
// stay text too. The renderer keeps the page's established shape: compact lists, and a quote that
// starts "Note:" becomes the doubtful-claim callout.

const off = () => undefined;

/** Text as HTML, by hono's escaper (the one behind every server page's html`` tag). */
function escaped(text: string): string {
  const buffer: [string] = [""];
  escapeToBuffer(text, buffer);
  return buffer[0];
}

const marked = new Marked({
  gfm: false,
  tokenizer: { html: off, tag: off, def: off, autolink: off, url: off, lheading: off },
  renderer: {
    paragraph({ tokens }) {
      return `<p>${this.parser.parseInline(tokens)}</p>\n`;
    },
    heading({ tokens, depth }) {
      return `<h${depth}>${this.parser.parseInline(tokens)}</h${depth}>\n`;
    },
    list({ ordered, start, items }) {
      const tag = ordered ? "ol" : "ul";
      const startAt = ordered && start !== 1 && start !== "" ? ` start="${start}"` : "";
      return `<${tag}${startAt}>${items.map((item) => this.listitem(item)).join("")}</${tag}>\n`;
    },
    listitem({ tokens }) {
      return `<li>${this.parser.parse(tokens).trim()}</li>`;
    },
    blockquote({ tokens }) {
      const inner = this.parser.parse(tokens).trim();
      const [first] = tokens;
      if (first?.type === "paragraph" && /^Note:/.test(first.text))
        return `<div class="note" role="note">${inner.replace(/^<p>Note:\s*/, "<p><strong>Note:</strong> ")}</div>\n`;
      return `<blockquote>${inner}</blockquote>\n`;
    },
    code({ text }) {
      return `<pre><code>${escaped(text)}</code></pre>\n`;
    },
    codespan({ text }) {
      return `<code>${escaped(text)}</code>`;
    },
    // Unreachable with the tokenizers above switched off; kept so markup can never slip through.
    html({ text }) {
      return escaped(text);
    },
    link({ tokens }) {
      return this.parser.parseInline(tokens);
    },
    image({ text }) {
      return escaped(text);
    },
    text(token: Tokens.Text | Tokens.Escape) {
      if (token.type === "text" && token.tokens) return this.parser.parseInline(token.tokens);
      // The source text as written (marked would decode "&#60;" first), and a line break inside
      // a paragraph or list item is a space, as it reads.
      const text = token.type === "escape" ? token.text : token.raw;
      return escaped(text).replace(/[ \t]*\n[ \t]*/g, " ");
    },
  },
});

export function renderMarkdown(markdown: string): string {
  return (marked.parse(markdown, { async: false }) as string).trimEnd();
}
