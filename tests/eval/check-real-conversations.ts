import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import { vignetteSchema } from "../../src/eval/vignettes.js";
import {
  allRules,
  evaluate,
  intakeFields,
  levels,
  nextQuestions,
  type Intake,
  type Level,
} from "../../src/triage/index.js";

// tests/eval/real-conversations.json: conversations in visitors' own messy words that the
// guided chat must triage exactly. This checks the file against the rules engine (the
// expected dispositions are the engine's, never written by hand) and against the mix the set
// promises. Run: npx tsx tests/eval/check-real-conversations.ts (exit 1 on any problem).

export const realConversationsPath = fileURLToPath(new URL("./real-conversations.json", import.meta.url));

/** What the visitor types when asked one field alone, e.g. { painScore: "honestly an 8" }. */
const saySchema = z.partialRecord(z.enum(intakeFields), z.string().min(1)).refine((say) => Object.keys(say).length > 0);

export const realConversationSchema = vignetteSchema
  .extend({
    say: saySchema.optional(),
    /** The spec §7 free-text traps the opening sets on purpose. */
    traps: z.array(z.string().min(1)).min(1),
  })
  .strict();

export type RealConversation = z.infer<typeof realConversationSchema>;

export function loadRealConversations(path = realConversationsPath): RealConversation[] {
  return z.array(realConversationSchema).parse(JSON.parse(readFileSync(path, "utf8")));
}

const isYesOrUnsure = (value: unknown) => value === "yes" || value === "unsure";
export const isAcuteInjury = (intake: Intake) => isYesOrUnsure(intake.injury) && (intake.daysSinceOnset ?? 0) <= 7;
export const isChild = (intake: Intake) => (intake.age ?? 99) < 17;
export const isOlderAdult = (intake: Intake) => (intake.age ?? 0) >= 55;
export const isPostOperative = (intake: Intake) => intake.recentSurgeryOrInjection === "yes";

// The mix the set promises (the task that asked for it): enough of each level and of the
// visitors who are easy to get wrong.
export interface SetPromises {
  perLevel: Record<Level, number>;
  total: number;
  acuteInjury: number;
  child: number;
  postOperative: number;
  olderAdult: number;
  /** Every emergency and urgent rule is the reason for at least one conversation at its level. */
  everyUrgentRule: boolean;
}

export const firstSetPromises: SetPromises = {
  perLevel: { emergency: 18, urgent: 18, routine: 14, self_care: 14 },
  total: 70,
  acuteInjury: 25,
  child: 6,
  postOperative: 6,
  olderAdult: 8,
  everyUrgentRule: true,
};

/** What the rules engine decides for an intake: level, action and the rules that fired. */
export function engineVerdict(intake: Intake) {
  const disposition = evaluate(intake);
  return {
    level: disposition.level,
    action: disposition.action,
    rules: disposition.reasons.map((reason) => reason.rule),
  };
}

/** The same three things as the conversation's label states them. */
export function labelledVerdict({ expected }: RealConversation) {
  return { level: expected.level, action: expected.action, rules: expected.rules };
}

/** Everything wrong with the set; empty when it is consistent with the engine and the promised mix. */
export function checkRealConversations(
  conversations: RealConversation[],
  promises: SetPromises = firstSetPromises,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const conversation of conversations) {
    const { id, intake } = conversation;
    if (seen.has(id)) problems.push(`${id}: id used twice`);
    seen.add(id);
    const got = engineVerdict(intake);
    const want = labelledVerdict(conversation);
    if (JSON.stringify(got) !== JSON.stringify(want))
      problems.push(`${id}: expected ${JSON.stringify(want)} but the engine gives ${JSON.stringify(got)}`);
    // The player answers every question from the intake: a missing answer would be "I don't know".
    const missing = nextQuestions(intake);
    if (missing.length > 0 && got.level !== "emergency")
      problems.push(`${id}: intake incomplete, the chat would still ask ${missing.join(", ")}`);
    // Spec 2026.12 §5 always asks about recent surgery or injections, even where an older engine does not.
    if (intake.recentSurgeryOrInjection === undefined)
      problems.push(`${id}: recentSurgeryOrInjection is always asked (spec §5) and must be answered`);
    for (const field of Object.keys(conversation.say ?? {}) as Array<keyof Intake>) {
      if (intake[field] === undefined) problems.push(`${id}: say.${field} has no value in the intake to mean`);
    }
  }

  const count = (test: (conversation: RealConversation) => boolean) => conversations.filter(test).length;
  if (conversations.length < promises.total)
    problems.push(`only ${conversations.length} conversations (at least ${promises.total})`);
  for (const level of levels) {
    const found = count((conversation) => conversation.expected.level === level);
    if (found < promises.perLevel[level])
      problems.push(`only ${found} ${level} conversations (at least ${promises.perLevel[level]})`);
  }
  const groups: Array<[string, (intake: Intake) => boolean, number]> = [
    ["acute injuries", isAcuteInjury, promises.acuteInjury],
    ["children", isChild, promises.child],
    ["post-operative or injected knees", isPostOperative, promises.postOperative],
    ["older adults", isOlderAdult, promises.olderAdult],
  ];
  for (const [name, test, minimum] of groups) {
    const found = count((conversation) => test(conversation.intake));
    if (found < minimum) problems.push(`only ${found} ${name} (at least ${minimum})`);
  }
  // Every emergency and urgent rule must be the reason for at least one conversation at its own level.
  const urgentRules = promises.everyUrgentRule
    ? allRules.filter((candidate) => candidate.level === "emergency" || candidate.level === "urgent")
    : [];
  for (const rule of urgentRules) {
    if (
      count(
        (conversation) => conversation.expected.level === rule.level && conversation.expected.rules.includes(rule.id),
      ) === 0
    ) {
      problems.push(`no ${rule.level} conversation fires ${rule.id}`);
    }
  }
  return problems;
}

/** The level × branch table of the set, as text. */
export function distributionTable(conversations: RealConversation[]): string {
  const columns: Array<[string, (intake: Intake) => boolean]> = [
    ["acute injury", isAcuteInjury],
    ["not acute", (intake) => !isAcuteInjury(intake)],
    ["child", isChild],
    ["post-op/injection", isPostOperative],
    ["55+", isOlderAdult],
  ];
  const row = (cells: Array<string | number>) => `| ${cells.map(String).join(" | ")} |`;
  const lines = [row(["level", ...columns.map(([name]) => name), "total"]), row(Array(columns.length + 2).fill("---"))];
  const cellsFor = (list: RealConversation[]) => [
    ...columns.map(([, test]) => list.filter((conversation) => test(conversation.intake)).length),
    list.length,
  ];
  for (const level of levels)
    lines.push(
      row([level, ...cellsFor(conversations.filter((conversation) => conversation.expected.level === level))]),
    );
  lines.push(row(["all", ...cellsFor(conversations)]));
  return lines.join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const conversations = loadRealConversations();
  console.log(distributionTable(conversations));
  const problems = checkRealConversations(conversations);
  for (const problem of problems) console.error(`PROBLEM: ${problem}`);
  console.log(
    problems.length === 0
      ? `\nOK: ${conversations.length} conversations agree with the engine.`
      : `\n${problems.length} problem(s).`,
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
}
