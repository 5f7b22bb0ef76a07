import { buildKnowledgeBase } from "../knowledge/build-knowledge-base.js";
import { readArticlesFromDir } from "../knowledge/load-knowledge-node.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { measureKnowledge, unknownReferences, type KnowledgeFigures } from "./knowledge-eval.js";
import { defaultQuestionSets, loadQuestionSet, QuestionSetError } from "./knowledge-questions.js";
import { formatKnowledgeDetails, formatKnowledgeTable } from "./knowledge-report.js";
import type { EvalIo } from "./cli-run.js";

// npm run eval -- --knowledge: every question set against the real articles, as one table
// (and the misses of each set under it). Exit 0 when it ran, 2 when a set could not be read.
// A second table measures the same sets with every section's typical questions ("asks") left
// out. The asks were written after the early sets were seen, so they flatter those sets; without
// them, each set shows how the search does on questions nobody anticipated, the nearest estimate
// of unseen questions the seen sets can give.

const articleDir = new URL("../../knowledge/", import.meta.url).pathname;

function withoutAsks(): KnowledgeBase {
  const articles = readArticlesFromDir(articleDir);
  return buildKnowledgeBase(
    articles.map((article) => ({
      ...article,
      sections: article.sections.map(({ asks: _asks, ...section }) => section),
    })),
  );
}

export async function runKnowledgeEval(
  options: { json?: boolean; knowledge?: KnowledgeBase; sets?: ReadonlyArray<{ name: string; path: string }> },
  io: EvalIo,
): Promise<0 | 2> {
  const knowledge = options.knowledge ?? buildKnowledgeBase(readArticlesFromDir(articleDir));
  // Only for the real articles: a knowledge base passed in has no files to leave the asks out of.
  const noAsks = options.knowledge ? undefined : withoutAsks();
  const rows: Array<{ name: string; figures: KnowledgeFigures }> = [];
  const rowsWithoutAsks: Array<{ name: string; figures: KnowledgeFigures }> = [];
  for (const { name, path } of options.sets ?? defaultQuestionSets) {
    try {
      const set = await loadQuestionSet(path);
      const unknown = unknownReferences(set, knowledge);
      if (unknown.length > 0) {
        io.err(`${name}: labels name no article or section: ${unknown.join(", ")}`);
        return 2;
      }
      rows.push({ name, figures: measureKnowledge(knowledge, set) });
      if (noAsks) rowsWithoutAsks.push({ name, figures: measureKnowledge(noAsks, set) });
    } catch (error) {
      if (!(error instanceof QuestionSetError)) throw error;
      io.err(error.message);
      return 2;
    }
  }
  if (options.json) {
    io.out(
      JSON.stringify(
        {
          sets: rows.map(({ name, figures }) => ({
            name,
            ...figures,
            recallAt3: figures.answerable === 0 ? 0 : figures.foundInTop3 / figures.answerable,
          })),
          setsWithoutAsks: rowsWithoutAsks.map(({ name, figures }) => ({
            name,
            recallAt3: figures.answerable === 0 ? 0 : figures.foundInTop3 / figures.answerable,
            mrr: figures.mrr,
            refused: figures.refused,
            unanswerable: figures.unanswerable,
            wronglyRefused: figures.wronglyRefused,
            misleadingAnswers: figures.misleadingAnswers,
          })),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  io.out(`Knowledge eval: ${knowledge.articles.length} articles\n`);
  io.out(formatKnowledgeTable(rows));
  if (rowsWithoutAsks.length > 0) {
    io.out(`\nWithout the sections' typical questions ("asks"): questions nobody anticipated\n`);
    io.out(formatKnowledgeTable(rowsWithoutAsks));
  }
  for (const { name, figures } of rows) io.out(`\n${formatKnowledgeDetails(name, figures)}`);
  return 0;
}
