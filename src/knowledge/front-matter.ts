import { parseDocument } from "yaml";

// Front matter is YAML, read by the `yaml` package. Its failsafe schema keeps every value a
// string (dates, numbers and "true" included), so the article schema alone decides what a value
// must look like. This runs where articles are parsed (Node start-up, the Worker's build step),
// never in the Worker itself. Errors are one-line messages with the file's line number; the
// caller adds the file name.

/** Parse the text between the "---" lines; `firstLineNumber` is the file line the block starts on. */
export function parseFrontMatter(block: string, firstLineNumber = 2): Record<string, unknown> {
  const document = parseDocument(block, { schema: "failsafe", prettyErrors: false });
  // Warnings (an unknown !tag, say) would silently change a value: refuse them like errors.
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem) {
    const line = firstLineNumber + (block.slice(0, problem.pos[0]).match(/\n/g)?.length ?? 0);
    throw new Error(`front matter line ${line}: ${problem.message}`);
  }
  const value: unknown = document.toJS();
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new Error('front matter must be "key: value" lines');
  return value as Record<string, unknown>;
}
