import { stemOfToken, tokenize } from "./text-terms.js";

// Some questions ask for one particular kind of fact, and a passage that shares their topic words
// without that fact is a coincidence, not an answer (issue 15, fifth round):
//
// - a choice asked as one ("is it better to run on a treadmill or outside"): the passage must name
//   both alternatives, or it cannot say which. A timing choice ("before or after running",
//   "before a run or after") needs a passage that times the activity itself ("after activity"). Only these two
//   shapes: "A or B" in general is as often a disjunction ("can tight calves or a stiff ankle
//   affect the knee"), a yes-or-no ("good or bad") or a choice one section settles in other words
//   ("knee sleeve or patella strap, which is better?"), and demanding both there refused 4
//   answerable questions of the seen sets. When an alternative is a word no article uses
//   ("ice or heat"), the articles cannot compare them anyway, and the passage about the other one
//   is still the best answer, so the demand is dropped.
// - how often, asked as "every day", "daily", "times a week": the passage must give a frequency.
//   Not "how often can I ice it": the ice passage answers that with how long, not how often.
//
// - how long a thing lasts ("how long do running shoes last", "how often should I replace my
//   trainers", "replace them after 500 miles?"): the passage must name the thing and give a span
//   of time or distance.
//
// These decide only whether the articles answer; which passages are shown is unchanged.

export interface ShapeDemand {
  /** Why the passage must say this (for debugging and tests). */
  kind: "choice" | "frequency" | "lifespan";
  /** Each inner list is one thing the passage must mention: any of its stems. */
  mentions: string[][];
  /** Or a pattern the passage text must match. */
  pattern?: RegExp;
  /**
   * Which passage must meet it: the one the answer cites, one of the passages shown, or (unset)
   * any passage above the threshold.
   */
  metBy?: "cited" | "shown";
}

// Words skipped between "or" and the alternative it names: "on a treadmill or outside", "or try
// cycling".
const fillers = new Set([
  "a",
  "an",
  "the",
  "my",
  "your",
  "on",
  "in",
  "to",
  "do",
  "it",
  "is",
  "go",
  "use",
  "get",
  "try",
  "buy",
  "switch",
]);
// Words that end a choice rather than name an alternative: "... or is it", "... or not", "... or something".
const notAlternatives = new Set([
  "not",
  "no",
  "nothing",
  "something",
  "anything",
  "else",
  "what",
  "which",
  "should",
  "can",
  "could",
  "do",
  "does",
  "did",
  "is",
  "are",
  "will",
  "would",
  "just",
  "i",
  "we",
  "you",
  "it",
  "that",
  "this",
  "so",
  // "the shoes I had five years ago or…": a time told, not an alternative.
  "ago",
]);

function alternativeAt(words: string[], start: number, step: 1 | -1): string | null {
  for (let position = start; position >= 0 && position < words.length; position += step) {
    const word = words[position] ?? "";
    if (notAlternatives.has(word)) return null;
    if (!fillers.has(word)) return word;
  }
  return null;
}

const timing = new Set(["before", "after", "during"]);
const clauseEnds = new Set(["and", "but", "so", "because", "if", "when", "then"]);

function timingEarlierInClause(words: string[], orPosition: number): string | null {
  for (let position = orPosition - 1; position >= 0 && orPosition - position <= 5; position--) {
    const word = words[position] ?? "";
    if (clauseEnds.has(word)) return null;
    if (timing.has(word)) return word;
  }
  return null;
}
// A timing choice ("before or after a run") is answered by a passage that times the activity
// itself ("a cold pack can ease pain after activity"), not by one that says "after a few weeks".
const activityTimed =
  /\b(?:before|after|during)\s+(?:a |an |the |your |each |every )?(?:activity|activities|exercise|exercises|exercising|run|runs|running|training|workouts?|sport|sports|match|matches|games?|walks?|walking|hikes?|hiking)\b/i;
// "better/best/safer ... A or B" with the comparison first: "is it better to run on a treadmill or outside".
const comparisonFirst = /\b(?:better|best|safer|worse)\b[^,.?!;]*\bor\b/i;

// Asked, not told: "is it ok to run every day", not "I stretch every single day and it still hurts".
const frequencyAsked =
  /\b(?:is it|should i|can i|could i|do i need to|how many)\b[^,.?!;]*(?:\b(?:every|each) (?:single )?day\b|\bdaily\b|\b(?:times|days) (?:a|per) week\b|\bonce a (?:day|week)\b)/i;
// A frequency, not any span: "within a week or two" says when, and "daily activities" what, not how often.
const frequencyGiven =
  /\b(?:every|each|most|once a|twice a|per) (?:other )?(?:day|days|week|weeks)\b|\bdaily\b(?! (?:activit|life|living|tasks))|\b(?:\d+|two|three|four|five) (?:times|days) (?:a|per) (?:day|week)\b|\bdays? a week\b/i;

// "how long do running shoes last", "how many miles do trainers last before they stop protecting…".
const lifespanAsked =
  /\bhow (?:long|many (?:miles|km|kms|kilometres|kilometers|months|years|runs)) (?:do|does|will|would|should|can) ([a-z' ]+?) (?:last|lasts|stay good)\b/i;
// "how often should I replace my running shoes", "should I replace my trainers after 500 miles".
const replacementAsked =
  /\bhow (?:often|soon|frequently) (?:should|do|does|must|would|can) (?:i|you|we|people|runners) (?:replace|change|swap|retire|renew) ([a-z' ]+?)(?=[,.?!]|\s+(?:after|every|or|and)\b|$)|\b(?:replace|change|swap|retire|renew) ([a-z' ]+?) (?:after|every) (?:how many|\d+|a few|few)\b/i;
const spanGiven = /\b(?:weeks?|months?|years?|miles|km|kilometres|kilometers)\b/i;
// A product's span counted out ("every 500 miles", "six months"), not "the shoe that suited you years ago".
const spanCounted =
  /\b(?:\d+|a|an|one|two|three|four|five|six|eight|ten|twelve|few|several|many|every)\s+(?:weeks?|months?|years?|miles|km|kilometres|kilometers)\b(?!\s+ago\b)/i;
const thingFillers = new Set(["a", "an", "the", "my", "your", "pair", "of", "usually", "normally", "typically", "up"]);

/** What a passage must say to answer this question, beyond sharing its words. */
export function shapeDemands(question: string): ShapeDemand[] {
  const words = tokenize(question);
  const demands: ShapeDemand[] = [];
  words.forEach((word, position) => {
    if (word !== "or") return;
    const before = alternativeAt(words, position - 1, -1);
    const after = alternativeAt(words, position + 1, 1);
    if (after !== null && timing.has(after)) {
      // "before a run or after": the first alternative is the timing word earlier in the clause.
      const earlier = timingEarlierInClause(words, position);
      if (earlier !== null && earlier !== after) {
        demands.push({ kind: "choice", mentions: [], pattern: activityTimed, metBy: "cited" });
        return;
      }
    }
    if (before === null || after === null || before === after) return;
    if (timing.has(before) && timing.has(after)) {
      demands.push({ kind: "choice", mentions: [], pattern: activityTimed, metBy: "cited" });
      return;
    }
    if (!comparisonFirst.test(question)) return;
    demands.push({ kind: "choice", mentions: [[stemOfToken(before)], [stemOfToken(after)]] });
  });
  if (frequencyAsked.test(question))
    // "most days" in a foam-rolling story is not how often to run.
    demands.push({ kind: "frequency", mentions: [], pattern: frequencyGiven, metBy: "shown" });
  const lower = question.toLowerCase();
  const lifespan = lifespanAsked.exec(lower) ?? replacementAsked.exec(lower);
  if (lifespan) {
    const thing = tokenize(lifespan[1] ?? lifespan[2] ?? "").filter((word) => !thingFillers.has(word));
    demands.push({ kind: "lifespan", mentions: thing.map((word) => [stemOfToken(word)]), pattern: spanGiven });
  }
  return demands;
}

const kitStems = new Set(
  "shoe shoes trainer trainers sneaker sneakers insole insoles orthotic orthotics roller rollers brace braces sleeve sleeves tape strap straps support supports"
    .split(" ")
    .map(stemOfToken),
);

/**
 * Whether a passage meets a question's demands. `known` says whether any article uses a stem; a
 * choice with an alternative no article names is not demanded (see above).
 */
export function meetsDemands(
  passageText: string,
  demands: readonly ShapeDemand[],
  known: (stem: string) => boolean,
): boolean {
  const namesAll = (text: string, mentions: readonly string[][]) => {
    const stems = new Set(tokenize(text).map(stemOfToken));
    return mentions.every((options) => options.some((stem) => stems.has(stem)));
  };
  return demands.every((demand) => {
    // A product's lifespan is given of it in one sentence ("replace them every 500 miles"), not by a
    // section of "Running form and shoes" that says pain "has lasted more than about six weeks"
    // ("how long will recovery last?" is answered by the section on how long recovery takes).
    if (demand.kind === "lifespan" && demand.mentions.some((options) => options.some((stem) => kitStems.has(stem))))
      return passageText
        .split(/[.!?\n]+/)
        .some((sentence) => spanCounted.test(sentence) && namesAll(sentence, demand.mentions));
    if (demand.pattern && !demand.pattern.test(passageText)) return false;
    if (demand.kind === "choice" && !demand.mentions.every((options) => options.some(known))) return true;
    return namesAll(passageText, demand.mentions);
  });
}
