import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCorpus, readCorpus } from "./corpus.js";
import { corpusPasses, formatCorpusReport, summarizeCorpus } from "./corpus-report.js";
import { exitCodeFor, summarize } from "./metrics.js";
import { brainNames, isBrainName, playerFor } from "./players.js";
import { answerModes, type AnswerMode } from "./play-conversation.js";
import { formatQuestionCounts, questionCounts } from "./question-counts.js";
import { formatReport, reportJson } from "./report.js";
import { runKnowledgeEval } from "./run-knowledge-eval.js";
import { runStoryEval } from "./story-urgency.js";
import { runVignettes } from "./run-vignettes.js";
import { defaultVignettesPath, loadVignettes, VignetteFileError } from "./vignettes.js";

const defaultCorpusDir = fileURLToPath(new URL("../../tests/corpus/", import.meta.url));

// The eval command without process globals, so tests can run it: returns the exit code.
// 0 all safe, 1 an emergency or urgent case was under-triaged, 2 the run could not start.

export interface EvalOptions {
  brain?: string;
  /** Environment for a model-backed brain (OPENAI_*). */
  env?: Record<string, string | undefined>;
  json?: boolean;
  file?: string;
  /** How conversation players answer: labels (default), structured, words, natural. */
  answers?: string;
  /** Read the free-text corpus instead of playing vignettes. */
  corpus?: boolean;
  verbose?: boolean;
  /** Measure the knowledge search and answers on the question sets instead of the vignettes. */
  knowledge?: boolean;
  /** Read the knowledge sets' urgent stories with the free-text reader (story-urgency.ts). */
  stories?: boolean;
}

export interface EvalIo {
  out(text: string): void;
  err(text: string): void;
}

/** `--corpus`: the free-text corpus, per class; exit 1 when a target is missed. */
function runCorpusEval(options: EvalOptions, io: EvalIo): 0 | 1 {
  const results = readCorpus(loadCorpus(options.file ?? defaultCorpusDir));
  const summary = summarizeCorpus(results);
  if (options.json) io.out(JSON.stringify({ summary, passed: corpusPasses(summary) }, null, 2));
  else io.out(formatCorpusReport(results, options.verbose ?? false));
  return corpusPasses(summary) ? 0 : 1;
}

export async function runEvalCli(options: EvalOptions, io: EvalIo): Promise<0 | 1 | 2> {
  if (options.corpus) return runCorpusEval(options, io);
  if (options.knowledge) return runKnowledgeEval({ ...(options.json ? { json: true } : {}) }, io);
  if (options.stories) return runStoryEval({ ...(options.json ? { json: true } : {}) }, io);
  const brain = options.brain ?? "engine";
  if (!isBrainName(brain)) {
    io.err(`Unknown brain "${brain}". Choose one of: ${brainNames.join(", ")}.`);
    return 2;
  }
  if (options.answers !== undefined && !answerModes.includes(options.answers as AnswerMode)) {
    io.err(`Unknown answer mode "${options.answers}". Choose one of: ${answerModes.join(", ")}.`);
    return 2;
  }
  const setup = await playerFor(brain, options.env ?? {}, options.answers as AnswerMode | undefined);
  if ("problem" in setup) {
    io.err(setup.problem);
    return 2;
  }
  const { player } = setup;

  const path = options.file ?? defaultVignettesPath;
  let vignettes;
  try {
    vignettes = await loadVignettes(path);
  } catch (error) {
    if (!(error instanceof VignetteFileError)) throw error;
    io.err(error.message);
    return 2;
  }
  if (vignettes.length === 0) {
    io.err(`${path} holds no vignettes.`);
    return 2;
  }

  const results = await runVignettes(vignettes, player);
  const summary = summarize(results);
  const exitCode = exitCodeFor(summary);
  const fromHere = relative(process.cwd(), path);
  const shownPath = fromHere && !fromHere.startsWith("..") ? fromHere : path;
  if (options.json) {
    io.out(
      JSON.stringify(
        {
          ...reportJson(summary, results, { brain, file: shownPath, passed: exitCode === 0 }),
          questions: questionCounts(results) ?? null,
        },
        null,
        2,
      ),
    );
  } else {
    io.out(
      formatReport(
        summary,
        `Vignette eval: brain ${brain}, ${summary.total} vignettes from ${shownPath}${options.answers ? `, answers: ${options.answers}` : ""}`,
      ),
    );
    for (const line of formatQuestionCounts(results)) io.out(line);
    io.out(
      exitCode === 0
        ? "\nPASS: no emergency or urgent case was under-triaged."
        : "\nFAIL: an emergency or urgent case was under-triaged.",
    );
  }
  return exitCode;
}
