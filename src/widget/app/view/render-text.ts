import { h } from "./dom.js";

// The brains write plain text with blank-line paragraphs, "- " bullets and "1. " steps;
// this turns that into paragraphs and lists without ever interpreting HTML.

const BULLET = /^\s*[-*•]\s+/;
const NUMBERED = /^\s*\d+[.)]\s+/;

function paragraph(lines: string[]): HTMLParagraphElement {
  const element = h("p");
  lines.forEach((line, index) => {
    if (index > 0) element.appendChild(h("br"));
    element.appendChild(document.createTextNode(line));
  });
  return element;
}

export function renderText(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const block of text.split(/\n{2,}/)) {
    let lines: string[] = [];
    let list: HTMLUListElement | HTMLOListElement | undefined;
    const flush = () => {
      if (lines.length > 0) fragment.appendChild(paragraph(lines));
      lines = [];
    };
    for (const line of block.split("\n")) {
      const bullet = BULLET.test(line);
      const numbered = !bullet && NUMBERED.test(line);
      if (bullet || numbered) {
        flush();
        const tag = bullet ? "ul" : "ol";
        if (!list || list.tagName.toLowerCase() !== tag) {
          list = h(tag);
          fragment.appendChild(list);
        }
        list.appendChild(h("li", {}, line.replace(bullet ? BULLET : NUMBERED, "")));
      } else if (line.trim() !== "") {
        list = undefined;
        lines.push(line);
      }
    }
    flush();
  }
  return fragment;
}
