import { h, safeHref } from "./dom.js";

// The brains write plain text with blank-line paragraphs, "- " bullets, "1. " steps and a
// little markdown (**bold**, *emphasis*, [links](https://...)). This turns it into DOM
// without ever interpreting HTML: every piece of text goes in as a text node.

const BULLET = /^\s*[-*•]\s+/;
const NUMBERED = /^\s*(\d+)[.)]\s+/;
// **bold**, *em* or _em_ (after a non-word character, captured as `before`), [label](url), or
// a bare web address. No lookbehind: older Safari cannot parse it.
const INLINE =
  /\*\*(\S(?:.*?\S)?)\*\*|(^|[^\w*])([*_])(\S(?:.*?\S)?)\3(?![\w*])|\[([^\]]+)\]\(([^)\s]+)\)|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;

function link(label: string, url: string): Node {
  const href = safeHref(url);
  if (!href) return document.createTextNode(label);
  const external = !href.startsWith("tel:");
  return h(
    "a",
    { href, ...(external ? { target: "_blank", rel: "noopener noreferrer" } : {}) },
    label,
    external ? h("span", { className: "sr-only" }, " (opens in a new tab)") : null,
  );
}

/** One line of text with its inline markdown as elements. */
export function inlineText(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) fragment.append(text.slice(last, index));
    const [whole, bold, before, , emphasis, label, url, bare] = match;
    if (bold !== undefined) fragment.append(h("strong", {}, inlineText(bold)));
    else if (emphasis !== undefined) fragment.append(before ?? "", h("em", {}, inlineText(emphasis)));
    else if (label !== undefined && url !== undefined) fragment.append(link(label, url));
    else if (bare !== undefined) fragment.append(link(bare, bare));
    else fragment.append(whole);
    last = index + whole.length;
  }
  if (last < text.length) fragment.append(text.slice(last));
  return fragment;
}

function paragraph(lines: string[]): HTMLParagraphElement {
  const element = h("p");
  lines.forEach((line, index) => {
    if (index > 0) element.appendChild(h("br"));
    element.appendChild(inlineText(line));
  });
  return element;
}

export function renderText(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  // A numbered list may be written with blank lines between its steps ("1. ...\n\n2. ..."):
  // it stays one list, numbered 1, 2, 3, unless a paragraph comes between.
  let steps: { list: HTMLOListElement; next: number } | undefined;
  for (const block of text.split(/\n{2,}/)) {
    let lines: string[] = [];
    let list: HTMLUListElement | HTMLOListElement | undefined;
    const flush = () => {
      if (lines.length > 0) {
        fragment.appendChild(paragraph(lines));
        steps = undefined;
      }
      lines = [];
    };
    for (const line of block.split("\n")) {
      const bullet = BULLET.test(line);
      const number = bullet ? undefined : NUMBERED.exec(line)?.[1];
      if (bullet) {
        flush();
        if (list?.tagName !== "UL") fragment.appendChild((list = h("ul")));
        steps = undefined;
        list.appendChild(h("li", {}, inlineText(line.replace(BULLET, ""))));
      } else if (number !== undefined) {
        flush();
        const value = Number(number);
        if (!steps || value !== steps.next) {
          steps = { list: h("ol", value !== 1 ? { start: value } : {}), next: value };
          fragment.appendChild(steps.list);
        }
        steps.list.appendChild(h("li", {}, inlineText(line.replace(NUMBERED, ""))));
        steps.next += 1;
        list = steps.list;
      } else if (line.trim() !== "") {
        list = undefined;
        lines.push(line);
      }
    }
    flush();
  }
  return fragment;
}
