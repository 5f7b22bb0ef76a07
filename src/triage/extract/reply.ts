// Is a short reply a yes, a no or a doubt? A doubt anywhere in it wins ("I am not sure",
// "no... not 100% sure", "yes but I can't really tell"): not sure is the unsafe answer
// (spec §1.3), so it must never be read as the "no" it may begin with.

export type Reply = "yes" | "no" | "unsure";

// Words that say nothing before the answer ("um, honestly, no").
const fillers =
  /^(?:(?:um+|erm+|er|uh+|hmm+|hm+|well|honestly|to be honest|tbh|so|oh|ah|ok|okay|i mean|actually|sorry|truthfully|i'd say|i would say)\b[\s,.!-]*)+/;

export const doubt = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`not (?:really |too |that |so |very |entirely |totally |completely |quite |fully |exactly |a hundred per ?cent |100 ?(?:%|percent|per cent) )?(?:sure|certain|positive)`,
      String.raw`unsure|uncertain|dunno|no (?:idea|clue)|not a clue|who knows|hard to (?:say|tell|know)|not clear|unclear`,
      String.raw`(?:don't|do not|didn't|did not) (?:really |actually |honestly )?(?:know|remember)`,
      String.raw`(?:can't|cannot|can not|couldn't|could not) (?:really |honestly |actually )?(?:tell|say|remember|recall|be sure)`,
      String.raw`maybe|possibly|perhaps|might be|may be|could be|i guess|i suppose|kind of|sort of|kinda|sorta|probably not|haven't (?:checked|looked)`,
      // "I think so?" and "barely" hedge: at a red-flag question that is unsure (spec §1.3).
      String.raw`(?<!(?:n't|not) )(?:i )?think so|barely|only just(?! (?:started|begun|began|happened|noticed|now))|just about|sometimes i can`,
    ].join("|") +
    String.raw`)\b(?!\s+(?:why|how|what|where)\b)`,
);

// "It's a bit pink", "looks slightly off": a softened description, not the yes or no asked for.
const softened =
  /^(?:it's|its|it is|it looks|looks|it feels|feels|it's gone|it went)\s+(?:a (?:bit|little|tad)|slightly|kind of|sort of|kinda|sorta|somewhat|a touch)\s+[a-z]+/;

const leads: ReadonlyArray<[Reply, RegExp]> = [
  [
    "no",
    /^(?:(?:definitely|absolutely|certainly|of course|really|honestly|totally|deffo|def) not|hell no|no way|not (?:at the moment|right now|currently|today|that i(?:'ve| have) noticed)|(?:i )?(?:haven't|have not) noticed|no|nope|nah|nay|n|none(?: of (?:these|them|the above|those))?|nothing(?: like that)?|neither|not really|not at all|never|i don't think so|don't think so|(?:not|none) that i(?: know of| am aware of|'m aware of| can think of| can remember)|not as far as i know|not to my knowledge|i can't|i cannot|i don't|i haven't|i'm not|i am not|it isn't|it's not|it doesn't|it hasn't|it didn't|i didn't|negative|nil|not now|not any more|not anymore)(?![a-z'])/,
  ],
  [
    "yes",
    /^(?:yes|yeah|yep|yup|yes please|y|aye|definitely|absolutely|certainly|of course|correct|i do|i can|i have|i am|i did|it is|it does|it has|it did|sure|a little|a bit|slightly|sometimes|occasionally|probably|true|that's right|all of (?:them|these|the above)|most of the time|mostly|usually|always|all the time|constantly|a lot|often)(?![a-z'])/,
  ],
];

// After a reply, only filler or a new sentence may follow for it to count as bare.
const fillerAfter =
  /^(?:$|[\s,.!;:-]|\s+(?:it|i|i'm|not|really|thanks|thank|please|at|mate|but|and|so|that|just|definitely|none|never|nope|no|nah|yes|yeah|yep|yup|both|all|only|though|sadly|unfortunately|actually|sometimes)\b)/;

// A doubt closing the sentence is about the reply itself ("not that I know of, but I'm not sure").
const closingDoubt = new RegExp(
  String.raw`${doubt.source}(?:\s+(?:really|though|tbh|to be honest|honestly|either|about (?:it|that|this)|of (?:it|that)))*[\s.!?,]*$`,
);

/**
 * The reply in `first` (the first clause of the message), read with its first sentence, and
 * the whole message when short, for doubt ("yes, but I'm not sure", "no... not sure").
 */
export function classifyReply(first: string, sentence: string, whole: string): Reply | undefined {
  const trimmed = first
    .trim()
    .replace(/^[\s"'(]+/, "")
    .replace(fillers, "");
  const short = whole.trim().split(/\s+/).length <= 6;
  if (doubt.test(trimmed) || (short && doubt.test(whole)) || closingDoubt.test(sentence) || softened.test(trimmed))
    return "unsure";
  for (const [reply, pattern] of leads) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const rest = trimmed.slice(match[0].length);
    // "Yes?" or "I think so?" asks back rather than answers.
    if (short && /^[\s.!]*\?/.test(rest)) return "unsure";
    // "Sure not", "definitely not really": not the yes it starts with.
    if (reply === "yes" && /^[\s,]*not\b/.test(rest)) return undefined;
    if (fillerAfter.test(rest)) return reply;
  }
  return undefined;
}
