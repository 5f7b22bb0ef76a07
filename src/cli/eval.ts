import { parseArgs } from "node:util";
import { runEvalCli } from "../eval/cli-run.js";

// npm run eval [-- --brain engine|guided|llm] [--json] [--file path]: plays the clinical
// vignettes and fails (exit 1) if any emergency or urgent case is under-triaged.
// npm run eval -- --knowledge [--json]: recall@3, MRR, refusals and misleading answers of the
// knowledge search on every question set in tests/knowledge.
// npm run eval -- --stories [--json]: those sets' urgent stories read by the free-text reader alone.

const usage =
  "Usage: npm run eval -- [--brain engine|guided|llm] [--answers labels|structured|words|natural] [--json] [--file tests/eval/vignettes.json]\n" +
  "       npm run eval -- --corpus [--verbose] [--json] [--file tests/corpus/]\n" +
  "       npm run eval -- --knowledge [--json]\n" +
  "       npm run eval -- --stories [--json]";

let options: {
  brain?: string;
  answers?: string;
  json?: boolean;
  file?: string;
  help?: boolean;
  corpus?: boolean;
  verbose?: boolean;
  knowledge?: boolean;
  stories?: boolean;
};
try {
  options = parseArgs({
    options: {
      brain: { type: "string" },
      answers: { type: "string" },
      json: { type: "boolean" },
      file: { type: "string" },
      corpus: { type: "boolean" },
      verbose: { type: "boolean", short: "v" },
      knowledge: { type: "boolean" },
      stories: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: false,
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}

if (options.help) {
  console.log(usage);
  process.exit(0);
}

try {
  process.exitCode = await runEvalCli(
    { ...options, env: process.env },
    { out: (text) => console.log(text), err: (text) => console.error(text) },
  );
} catch (error) {
  // Exit 1 means "under-triage"; a crash is a run that could not complete.
  console.error(error);
  process.exitCode = 2;
}
