import { stemOfToken } from "./text-terms.js";

// Whether an activity the articles leave out is named as one kept up while the knee is sore, which
// keeping active answers, rather than asked about (uncovered-topics.ts).

// "ok to keep swimming with a sore knee?", "skip yoga altogether or keep going?", "can I still do
// pilates?": whether to go on with an activity while the knee is sore is what keeping active
// answers, whichever activity it is. Only the choice word right before the activity counts (or
// with up to three of "do", "up", "on", "with", "going" or "my" between), and only for an activity
// itself: "is golf bad for knees?", "want to keep swimming, is front crawl ok?" and "keep
// deadlifting… is my form wrong?" ask about the activity, its strokes or its form. A habit told is
// not a choice asked: "I keep cycling but the pain won't go", "still swimming 3x a week"; "still"
// chooses only after "can I" or the like.
const choiceWords = new Set(
  ["keep", "keeping", "carry", "carrying", "continue", "continuing", "skip", "skipping"].map(stemOfToken),
);
const choiceFillers = new Set(["do", "doing", "up", "on", "with", "going", "my"].map(stemOfToken));
const keptActivities = new Set(
  ["swimming", "swim", "golf", "cycling", "yoga", "pilates", "rowing", "elliptical"].map(stemOfToken),
);
const askingModals = new Set(["can", "could", "should", "shall", "may", "do"].map(stemOfToken));
const pronouns = new Set(["i", "we", "he", "she", "they"].map(stemOfToken));
const still = stemOfToken("still");
function keptUp(words: readonly string[], start: number): boolean {
  let at = start - 1;
  for (let fillers = 0; fillers < 3 && choiceFillers.has(words[at] ?? ""); fillers++) at--;
  const word = words[at] ?? "";
  const subject = words[at - 1] ?? "";
  const askedBy = askingModals.has(words[at - 2] ?? "");
  if (word === still) return pronouns.has(subject) && askedBy;
  return choiceWords.has(word) && (!pronouns.has(subject) || askedBy);
}

/** Whether the activity at words[start] (its stems) is one kept up ("keep swimming"), not asked about. */
export function activityKeptUp(words: readonly string[], start: number, stems: readonly string[]): boolean {
  return stems.length === 1 && keptActivities.has(stems[0] ?? "") && keptUp(words, start);
}
