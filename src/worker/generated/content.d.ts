// Types of content.js, which `npm run build:worker` (src/worker/build-content.ts) generates.
// Committed, unlike content.js, so the type-check needs no build step.

/** knowledge/*.md as { fileName: "knowledge/<name>.md", text }, sorted by name. */
export declare const knowledgeFiles: ReadonlyArray<{ fileName: string; text: string }>;

/** prompts/system.md, placeholders unfilled. */
export declare const systemPromptTemplate: string;
