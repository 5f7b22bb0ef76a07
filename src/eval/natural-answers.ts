import type { QuestionData } from "../chat/protocol/ui-message.js";
import type { Intake, IntakeField } from "../triage/index.js";

// How a visitor answers in their own words rather than with the buttons: "yep", "nah", "a bit
// puffy", "2 weeks ago", "none of those". The wording varies from question to question (picked
// by a hash, so a run is repeatable), and a vignette's `say` gives the exact words for a field.

const yesWords = ["yes", "yep", "yeah", "yes it is", "yeah definitely"];
const noWords = ["no", "nope", "nah", "not really", "no, not at all"];
const unsureWords = ["not sure", "i'm not sure tbh", "hard to say", "no idea really", "not sure to be honest"];

const enumWords: Partial<Record<IntakeField, Record<string, string[]>>> = {
  swelling: {
    none: ["no swelling", "not swollen at all"],
    mild: ["a bit puffy", "slightly swollen"],
    marked: ["really swollen, bigger than the other one", "very swollen"],
  },
  givingWay: {
    none: ["no, it hasn't given way", "never buckled"],
    episodes: ["it's given way a few times", "it buckles now and then"],
    unstable_now: ["it feels like it won't hold me right now", "really unstable at the moment"],
  },
  trend: {
    improving: ["getting a bit better", "it's improving"],
    same: ["about the same", "no change really"],
    worse: ["getting worse", "it's worse than it was"],
  },
  side: {
    left: ["the left one", "left"],
    right: ["the right one", "right knee"],
    both: ["both of them", "both knees"],
  },
  patellaDislocation: {
    none: ["no", "no, never"],
    still_out: ["yes and it's still out"],
    went_back_first_time: ["it slipped out and went back, first time ever"],
    recurrent: ["yes, it's happened before a few times"],
  },
  mechanism: {
    fall: ["i fell"],
    direct_blow: ["something hit it"],
    twist: ["i twisted it"],
    landing: ["landed awkwardly from a jump"],
    hyperextension: ["it bent backwards"],
    other: ["something else"],
  },
};

function pick(options: readonly string[], seed: string): string {
  let hash = 0;
  for (const character of seed) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return options[hash % options.length] ?? options[0] ?? "";
}

function durationWords(days: number): string | undefined {
  if (days === 0) return "today";
  if (days < 1) return `${Math.max(1, Math.round(days * 24))} hours ago`;
  if (!Number.isInteger(days)) return undefined;
  if (days === 1) return "yesterday";
  if (days % 7 === 0 && days <= 84) return days === 7 ? "a week ago" : `${days / 7} weeks ago`;
  if (days <= 13) return `${days} days ago`;
  return undefined;
}

function checklistWords(question: QuestionData, intake: Intake, seed: string): string | undefined {
  if (question.fields.some((field) => intake[field] === "unsure")) return undefined;
  const options = question.options ?? [];
  const none = options.find((option) => question.fields.every((field) => field in option.answers));
  const items = options.filter((option) => option !== none && Object.keys(option.answers).length === 1);
  const chosen = items.filter((option) =>
    Object.entries(option.answers).every(([field, value]) => intake[field as IntakeField] === value),
  );
  if (chosen.length === 0)
    return none?.label === "None of these" ? pick(["none of those", "none of them", "no, none"], seed) : undefined;
  if (chosen.length === items.length) return "all of them";
  const lowered = chosen.map((option) => option.label.charAt(0).toLowerCase() + option.label.slice(1));
  return chosen.length === 1 ? `just this one: ${lowered[0] ?? ""}` : lowered.join(", and ");
}

/** The visitor's own words for this question, or undefined when they would tap a button instead. */
export function naturalAnswer(
  question: QuestionData,
  intake: Intake,
  say: Record<string, string> = {},
  seed = "",
): string | undefined {
  const key = `${seed}:${question.id}`;
  if (question.kind === "multi") return checklistWords(question, intake, key);
  const field = question.fields[question.fields.length - 1] as IntakeField;
  if (question.fields.length === 1 && say[field] !== undefined) return say[field];
  const value = intake[field];
  if (value === undefined) return undefined;
  if (field === "age") return pick([`${String(value)}`, `i'm ${String(value)}`], key);
  if (field === "painScore") return pick([`about a ${String(value)}`, `${String(value)}/10`, `${String(value)}`], key);
  if (field === "daysSinceOnset") return typeof value === "number" ? durationWords(value) : undefined;
  const words = enumWords[field]?.[String(value)];
  if (words) return pick(words, key);
  if (value === "yes") return pick(yesWords, key);
  if (value === "no") return pick(noWords, key);
  if (value === "unsure") return pick(unsureWords, key);
  return undefined;
}
