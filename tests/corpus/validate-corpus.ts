import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fieldSchema, intakeSchema, isIntakeField, type IntakeField } from "../../src/triage/intake-schema.js";

// Checks the free-text corpus against its format (tests/corpus/README.md) and the labelling
// rules of spec §7 that can be checked without an extractor: every label is a valid intake
// value, a fact outside the pending question is only ever an alarming one, branch-closing
// facts are confirmed rather than recorded, checklists answer every item.
// Run: npx tsx tests/corpus/validate-corpus.ts

export const corpusClasses = [
  "opening-red-flag",
  "opening-injury",
  "opening-history",
  "opening-lowering",
  "negation-by-clause",
  "hedge",
  "question-not-fact",
  "fear-hypothetical",
  "other-person",
  "other-body-part",
  "past-episode",
  "parent-child",
  "branch-closing",
  "typos-runon",
  "reply-yes-no",
  "reply-number",
  "reply-duration",
  "reply-enum",
  "reply-checklist",
  "reply-with-extra",
  "correction",
  "intent-question",
  "intent-social",
  "unclear",
] as const;

const replyClasses = new Set([
  "reply-yes-no",
  "reply-number",
  "reply-duration",
  "reply-enum",
  "reply-checklist",
  "reply-with-extra",
]);
const intents = new Set(["answer", "question", "greeting", "thanks", "unclear"]);
const itemKeys = new Set(["id", "class", "text", "pending", "expect", "notRecorded", "confirm", "intent", "note"]);
const minimumPerClass = 20;
const minimumRedFlags = 60;
const minimumTotal = 650;

// Fields free text may record with any plainly stated value (spec §7.1: numbers and descriptions).
const descriptive = new Set<IntakeField>([
  "age",
  "sex",
  "side",
  "mechanism",
  "daysSinceOnset",
  "painScore",
  "trend",
  "activity",
  "aggravators",
]);
// The alarming values: the only ones free text may record outside a direct answer (spec §7.1).
const alarming: Partial<Record<IntakeField, readonly unknown[]>> = {
  walkFourStepsNow: ["no", "unsure"],
  walkFourStepsImmediately: ["no", "unsure"],
  flexTo90: ["no", "unsure"],
  straightLegRaise: ["no", "unsure"],
  swelling: ["mild", "marked"],
  givingWay: ["episodes", "unstable_now"],
  patellaDislocation: ["still_out", "went_back_first_time", "recurrent"],
};
const alarmingValues = (field: IntakeField) => alarming[field] ?? ["yes", "unsure"];

interface CorpusItem {
  id: string;
  class: string;
  text: string;
  pending?: string[];
  expect: Record<string, unknown>;
  notRecorded?: string[];
  confirm?: Record<string, unknown>;
  intent?: string;
  note?: string;
}

export function validateItem(item: CorpusItem): string[] {
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${item.id}: ${message}`);
  for (const key of Object.keys(item)) if (!itemKeys.has(key)) fail(`unknown key "${key}"`);
  if (typeof item.text !== "string" || item.text.length === 0) fail("text must be a non-empty string");
  if (!(corpusClasses as readonly string[]).includes(item.class)) fail(`unknown class "${item.class}"`);
  if (item.intent !== undefined && !intents.has(item.intent)) fail(`unknown intent "${item.intent}"`);
  if (typeof item.expect !== "object" || item.expect === null)
    return [...errors, `${item.id}: expect must be an object`];

  const pending = item.pending ?? [];
  for (const field of [...pending, ...(item.notRecorded ?? [])])
    if (!isIntakeField(field)) fail(`"${field}" is not an intake field`);
  if (replyClasses.has(item.class) && pending.length === 0) fail("a reply needs the pending question");
  if (item.class.startsWith("opening-") && pending.length > 0) fail("an opening has no pending question");

  const parsed = intakeSchema.safeParse(item.expect);
  if (!parsed.success)
    fail(
      `expect is not a valid intake: ${parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")}`,
    );
  for (const [field, value] of Object.entries(item.expect)) {
    if (!isIntakeField(field)) continue;
    if (!fieldSchema(field).safeParse(value).success)
      fail(`expect.${field} = ${JSON.stringify(value)} is not a valid value`);
    if (item.notRecorded?.includes(field)) fail(`${field} is both expected and notRecorded`);
    const directAnswer = pending.includes(field);
    if (!directAnswer && !descriptive.has(field) && !alarmingValues(field).includes(value)) {
      fail(`${field} = ${JSON.stringify(value)} outside a direct answer would lower (§7.1)`);
    }
  }

  const onset = item.expect.daysSinceOnset;
  if (typeof onset === "number" && onset > 7 && !pending.includes("daysSinceOnset") && item.expect.injury !== "no") {
    fail("an onset > 7 outside the onset question must be confirmed, not recorded (§7.3)");
  }

  for (const [field, value] of Object.entries(item.confirm ?? {})) {
    // An injury told with an onset > 7 days waits with that onset (free-text-gate.ts).
    const withOldOnset = typeof item.confirm?.daysSinceOnset === "number" && item.confirm.daysSinceOnset > 7;
    if (field === "injury" && value !== "no" && !((value === "yes" || value === "unsure") && withOldOnset))
      fail('confirm.injury must be "no", or yes/unsure with an onset > 7 to confirm');
    else if (field === "daysSinceOnset" && !(typeof value === "number" && value > 7))
      fail("confirm.daysSinceOnset must be > 7");
    else if (field !== "injury" && field !== "daysSinceOnset")
      fail(`confirm.${field}: only injury and daysSinceOnset close a branch`);
    if (field in item.expect) fail(`${field} is both expected and confirmed`);
  }

  // A checklist reply answers every item, unless it answers none (a bare "yes").
  if (pending.length > 1 && pending.some((field) => field in item.expect)) {
    for (const field of pending) {
      if (!(field in item.expect) && !item.notRecorded?.includes(field))
        fail(`checklist item ${field} is neither answered nor listed as notRecorded`);
    }
  }
  return errors;
}

/** An item is positive when it records or confirms a fact, negative when it pins down a fact that must not be recorded (or records nothing). */
export function polarity(item: CorpusItem) {
  const positive = Object.keys(item.expect).length > 0 || Object.keys(item.confirm ?? {}).length > 0;
  const negative = Object.keys(item.expect).length === 0 || (item.notRecorded ?? []).length > 0;
  return { positive, negative };
}

export function loadCorpus(directory: string): CorpusItem[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(`${directory}/${name}`, "utf8")) as CorpusItem[]);
}

function main() {
  const items = loadCorpus(fileURLToPath(new URL(".", import.meta.url)));
  const errors = items.flatMap(validateItem);
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) errors.push(`${item.id}: duplicate id`);
    ids.add(item.id);
  }
  const rows = corpusClasses.map((name) => {
    const inClass = items.filter((item) => item.class === name);
    const positives = inClass.filter((item) => polarity(item).positive).length;
    const negatives = inClass.filter((item) => polarity(item).negative).length;
    const minimum = name === "opening-red-flag" ? minimumRedFlags : minimumPerClass;
    if (inClass.length < minimum) errors.push(`${name}: ${inClass.length} items, needs ${minimum}`);
    if (positives === 0 || negatives === 0) errors.push(`${name}: needs both positive and negative items`);
    return { class: name, items: inClass.length, positive: positives, negative: negatives };
  });
  if (items.length < minimumTotal) errors.push(`total ${items.length} items, needs ${minimumTotal}`);
  console.table(rows);
  console.log(`${items.length} items`);
  if (errors.length > 0) {
    console.error(errors.join("\n"));
    process.exitCode = 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
