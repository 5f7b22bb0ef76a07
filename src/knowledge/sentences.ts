// Sentences of a section's markdown, for answers quoted word for word. List items count as
// sentences of their own; notes (lines starting with ">") are marked, since they are the
// curators' caveats rather than the section's advice.

export interface Sentence {
  text: string;
  isNote: boolean;
  isListItem: boolean;
  /** Which paragraph or list item of the section the sentence belongs to. */
  block: number;
}

function plain(line: string): string {
  return line
    .replace(/^\s*>\s?/, "")
    .replace(/^\s*(?:[-*]|\d+\.)\s+/, "")
    .replace(/\*\*|__/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^Note:\s*/i, "")
    .trim()
    .replace(/^[a-z]/, (letter) => letter.toUpperCase());
}

// A sentence ends at . ! or ? followed by a space and a capital, a quote or a bracket, so
// "e.g. a" and "A.R.T., a" stay whole.
const sentenceEnd = /(?<=[.!?])\s+(?=[A-Z"“(])/;

export function sentencesOf(markdown: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph: string[] = [];
  let paragraphIsNote = false;
  let paragraphIsItem = false;
  let block = 0;
  const flush = () => {
    const text = paragraph.join(" ").trim();
    if (text) {
      for (const part of text.split(sentenceEnd))
        if (part.trim())
          sentences.push({ text: part.trim(), isNote: paragraphIsNote, isListItem: paragraphIsItem, block });
      block += 1;
    }
    paragraph = [];
  };
  for (const line of markdown.split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("<!--")) {
      flush();
      continue;
    }
    const isNote = line.trim().startsWith(">");
    const isItem = /^\s*(?:[-*]|\d+\.)\s+/.test(line);
    if (isItem || isNote !== paragraphIsNote) flush();
    paragraphIsNote = isNote;
    paragraphIsItem = isItem;
    paragraph.push(plain(line));
    if (isItem) flush();
  }
  flush();
  return sentences;
}
