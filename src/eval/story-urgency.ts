import { extractFacts } from "../triage/extract/index.js";
import { evaluate, levelRank, type Level } from "../triage/index.js";
import type { EvalIo } from "./cli-run.js";
import { defaultQuestionSets, loadQuestionSet } from "./knowledge-questions.js";

// npm run eval -- --stories: the knowledge sets' visitor stories whose right answer is the
// articles' emergency or same-day section, read by the chat's free-text reader alone
// (extractFacts, then evaluate, nothing asked yet). A story read lower than its section is a
// fact the interview still has to ask (a child's limp with no age given) or words the reader
// missed ("can't take more than a step or two"): the list shows which, so missed words can go
// into the corpus (tests/corpus). Two labellers, two purposes: a cross-check, not a target.

const levelOfSection: Readonly<Record<string, Level>> = {
  "self-care-and-return-to-running#get-help-now": "emergency",
  "self-care-and-return-to-running#get-seen-soon": "urgent",
};

export interface StoryReading {
  set: string;
  story: string;
  /** The level of the section labelled first. */
  labelled: Level;
  /** The level the engine gives the facts read from the words. */
  read: Level;
}

export interface StoryUrgency {
  stories: number;
  readLower: StoryReading[];
}

export async function readUrgentStories(
  sets: ReadonlyArray<{ name: string; path: string }> = defaultQuestionSets,
  now: Date = new Date(),
): Promise<StoryUrgency> {
  const result: StoryUrgency = { stories: 0, readLower: [] };
  for (const { name, path } of sets) {
    for (const question of (await loadQuestionSet(path)).answerable) {
      const labelled = levelOfSection[question.sections?.[0] ?? ""];
      if (!labelled) continue;
      result.stories += 1;
      const read = evaluate(extractFacts(question.q, { now }).answers).level;
      if (levelRank[read] < levelRank[labelled])
        result.readLower.push({ set: name, story: question.q, labelled, read });
    }
  }
  return result;
}

export async function runStoryEval(options: { json?: boolean }, io: EvalIo): Promise<0> {
  const urgency = await readUrgentStories();
  if (options.json) {
    io.out(JSON.stringify(urgency, null, 2));
    return 0;
  }
  io.out(
    `Stories labelled with the emergency or same-day section: ${urgency.stories}; read lower from the words alone: ${urgency.readLower.length}\n`,
  );
  for (const { set, story, labelled, read } of urgency.readLower) io.out(`  ${labelled} → ${read} [${set}] ${story}`);
  return 0;
}
