import { uncertain, type MatchContext, type PhraseRule, type RuleValue } from "./matcher.js";

// Pain score, trend and night pain. "Worse on stairs" is an aggravator, not a trend, so
// "worse" counts as a trend only when nothing situational follows.

function scoreFrom(context: MatchContext): RuleValue | undefined {
  const numbers = [context.match[1], context.match[2]]
    .filter((value): value is string => value !== undefined)
    .map(Number);
  // Spec §3: the pain at its worst, so a range gives its top.
  const score = Math.ceil(Math.max(...numbers));
  return score >= 0 && score <= 10 ? score : undefined;
}

const notScoreAfter = String.raw`(?!\s*(?:\/|out|%|weeks?|days?|months?|years?|hours?|minutes?|times|km|miles|k\b|\.\d|-\s*\d|or \d|to \d))`;
const situational = String.raw`(?!\s+(?:on|when|with|after|going|during|if|at|in|climbing|walking|running|doing|by|first|for|the more|whenever|while|as|up|down|each time|every time|than the other|sitting|standing|kneeling|squatting))`;

const inTheDay =
  /\b(?:mornings?|after (?:\w+ ){0,3}?(?:football|sport|sports|training|gymnastics|games?|match(?:es)?|running|cross country|netball|rugby|dance|dancing|school|pe)|the day after|days after|on days)\b/;

// Fine at night or at rest: "fine at night", "no pain in bed", "sleeping fine".
const fineAtNight =
  /\b(?:fine|ok|okay|alright|no (?:pain|problems?)|doesn't hurt|does not hurt|not (?:painful|sore|bad)|comfortable|settles|eases|better)\s+(?:at night|in bed|when (?:i(?:'m)? )?(?:rest|resting|sleeping|lying down|sitting)|at rest|overnight|while (?:i )?(?:rest|sleep))\b|\bsleep(?:ing)? (?:fine|ok|okay|well|normally|through)\b/;
// Lying down or the night, and not fine then ("…whatever position I sit in, fine at night"), nor lying
// on a couch or mat for exercises, nor only after runs.
const lyingDown = /\b(?:night|nights|overnight|bed|lying|lie|lies|sleep|sleeps|sleeping|asleep|\d{1,2} ?am)\b/;
const exercisingOrAfter =
  /\b(?:during|exercises?|couch|mat|only after|after (?:a |my |long |hard )*(?:runs?|running|training|football|exercise|sport|games?|matches))\b/;

export const painRules: PhraseRule[] = [
  {
    field: "painScore",
    pattern: /\b(\d{1,2}(?:\.\d)?)(?:\s*(?:-|to|or)\s*(\d{1,2}(?:\.\d)?))?\s*(?:\/|out of|outta|over)\s*10\b/,
    value: scoreFrom,
    negated: "skip",
  },
  {
    field: "painScore",
    pattern: new RegExp(
      String.raw`\b(?:pain(?:'s| is| score| level)?|rate (?:it|the pain|my pain)|rated (?:it|the pain|my pain)|score)\s+(?:(?:is|of|at|about|around|like|maybe|as|a|an|probably|currently|now|more|really|honestly|only|just|usually|mostly|normally|generally|roughly|easily|definitely)\s+)*(\d{1,2})(?:\s*,?\s*(?:maybe|or maybe|possibly|or|to|-)\s*(\d{1,2}))?\b${notScoreAfter}`,
    ),
    value: scoreFrom,
    negated: "skip",
  },
  // "Not much pain, maybe a 3", "maybe an 8? hard to rate it": a rough score where pain is the topic.
  {
    field: "painScore",
    pattern:
      /\b(?:maybe|probably|prob|about|around|roughly)\s+(?:a|an)\s+(10|[0-9])\b(?!\s*(?:-\s*)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|k\b|km|miles?|kg|times|x\b|out of (?!10)|\/(?!\s*10)|%|\.\d))/,
    value: (context) =>
      /\b(?:pain|painful|hurts?|hurting|sore|ache|aches|aching|rate|rating|score|scale)\b/.test(context.parsed.text)
        ? scoreFrom(context)
        : undefined,
    negated: "skip",
  },
  // A score said with an article, "it's about a 6", "like a 4", "spikes to a 6": a 0–10 number
  // that is not a count of something ("a 5 minute walk", "a 10k").
  {
    field: "painScore",
    pattern:
      /\b(?:(?:it's|its|it is|it was|it gets|it goes|that's|thats|pain's|pains|score's)\s+(?:(?:about|around|like|maybe|probably|honestly|now|currently|only|just|easily|usually|at least|more like|a solid|solid|up to|down to)\s+)*|(?:more |just |probably |maybe )?like\s+|(?:spikes?|spiking|jumps?|shoots?|goes|gets|goes up|gets up|peaks?|rises?) (?:up )?to\s+)(?:a|an)\s+(10|[0-9])\b(?!\s*(?:-\s*)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|year-old|k\b|km|miles?|kg|times|x\b|sets?|reps?|steps?|stairs|flights?|pack|inch|foot|feet|ft|metres?|meters?|m\b|game|match|hole|star|out of (?!10)|\/(?!\s*10)|%|\.\d))/,
    value: scoreFrom,
    negated: "skip",
  },
  {
    field: "trend",
    pattern:
      /\b(?:no better,? (?:and |or )?no worse|neither better nor worse|no change|not changed|unchanged|hasn't changed|has not changed|not changing|(?:about|pretty much|roughly|more or less|still|stayed|staying|stays|remained|remains|it's|its|been) the same(?!\s+(?:knee|leg|thing|side|place|spot|way|time|injury|as the other))|same as (?:before|always|ever|last week|yesterday|last time|it was))\b/,
    value: "same",
    negated: "skip",
    selfNegated: true,
  },
  {
    field: "trend",
    pattern:
      /\b(?:getting (?:any )?better|got better|improving|improved|easing(?: off)?|eased(?: off)?|settling(?: down)?|settled|better than (?:it was|before|last week|yesterday)|on the mend|recovering|calming down|less (?:painful|sore|swollen) (?:now|than)|(?:slowly|a bit|a little|much|loads|lots|definitely|already) better|better (?:today|now|this week))\b/,
    value: "improving",
    negated: uncertain,
  },
  {
    field: "trend",
    pattern: new RegExp(
      String.raw`\b(?:getting|got|gotten|becoming|progressively|steadily|slowly|gradually|much|even|a lot|definitely|only getting)\s+worse\b${situational}|\bworse (?:and worse|than (?:before|it was|last week|yesterday|ever))\b|\b(?:it(?:'s| is| has)|its|(?:the |my )?pain(?:'s| is| has)|(?:the |my )?knee(?:'s| is| has))(?: been| got| gotten| gone| become)?\s+worse\b${situational}(?!\s+(?:than the other|in the|at))|\bworsening\b|\b(?:pain|it|ache)(?:'s| is)? (?:creeping|coming) back\b|\bdeteriorat(?:ing|ed)\b|\bmore (?:and more )?(?:painful|sore) (?:now|every day|each day|by the day|than (?:before|it was))\b`,
    ),
    value: "worse",
    negated: uncertain,
  },
  {
    field: "nightPain",
    pattern: fineAtNight,
    value: "no",
    negated: "skip",
    selfNegated: true,
  },
  // Pain at night, at rest or constant. "Wake", the habit ("I wake up with an ache most mornings"),
  // counts only in the night and with the knee's pain, not "if I wake" or "pain from my hip". "Every
  // single night" is every night; a night out drinking, dancing or clubbing is not the night.
  {
    field: "nightPain",
    pattern:
      /\b(?:hurts?|hurting|pain|painful|aches?|(?<=\b(?:has|have) )ached|aching|sore|throbs|throbbing|worse|bad|agony)\s+(?:(?:in|around|behind|at|of) (?:my|the|her|his) (?:(?:left|right|bad|other) )?(?:knee|knees|kneecap|leg)\s+|(?:\w+\s+){0,2}?)(?:at night|in the night|during the night|all night|all night long|through the night|every (?:single )?night(?! out (?:drinking|dancing|clubbing|partying|on the town)\b)|most nights|in bed|overnight|when (?:i(?:'m)? )?(?:lying|lie) (?:down|in bed)|at rest|when (?:i(?:'m)? )?resting|even (?:when|while) (?:i(?:'m)? )?(?:resting|rest|sitting still|lying still))\b|\bnight ?(?:time )?pain\b|\b(?:pain|ache|aches|aching|hurts?|hurting|sore|soreness|throbs|throbbing|knee|knees|it|it's|its)\b(?:\s+(?!(?:alarm|alarms|baby|babies|dog|dogs|cat|kids?|phone|partner|husband|wife|neighbours?|neighbors?)\b)[a-z']+){0,4}?\s+(?:wakes?|waking|woke|woken)\s+(?:me|him|her|them)\b|(?<!\bif (?:i|he|she|you|we|they) )\bwake (?:up )?(?:in the night|at night|during the night) with (?:an? )?(?:(?:aching|sore|painful|throbbing) (?:knee|knees|leg|legs)|(?:my |the |his |her )?(?:knee|knees|it) (?:aching|hurting|throbbing|sore)|(?:knee |leg )?(?:pain|ache)\b(?! (?:in|from) (?:my|the|his|her) (?!knee|leg)))|\b(?:wakes|waking|woke|woken)(?: (?:her|him|them|us))?(?: up(?: at night| in the night| during the night)?| at night| in the night| during the night) (?:with|from|in) (?:\w+ ){0,2}?(?:pain|ache|aching|agony)\b|\bwoken (?:up )?by (?:the )?pain\b|\b(?:wakes?|waking|woke|woken)(?: up)?(?: in the night| at night)? (?:crying|screaming|sobbing|in tears)\b(?:\s+(?!and\b|but\b)[a-z']+){0,2}?\s+(?:knee|knees|leg|legs|pain)\b|\b(?:keeps|keeping) me (?:up|awake)\b|\bconstant (?:pain|ache|aching)\b|\bpain (?:is )?constant\b|\b(?:hurts|aches|painful) all the time\b|\bpain at rest\b|\b(?:it's|its|it is|it's been|it has been|the pain is|the pain's|the pain has been|pain is|pain has been|the ache is|the ache has been) there (?:all night|every night|at night|day and night|night and day)\b/,
  },
  // "An ache just above my knee that's worst at night": the night is when it is worst. Not the
  // night after a run ("worst at night after a long run, then fine by morning").
  {
    field: "nightPain",
    pattern:
      /\b(?:it's|it is|its|that's|that is|which is|(?:the )?(?:pain|ache)(?:'s| is)|(?:my )?knee(?:'s| is))\s+(?:always |usually |definitely |at its |by far )?worst (?:at night|in the night|during the night|overnight|in bed)\b(?![^.!?]{0,40}\b(?:after (?:a |my |the |any )?(?:\w+ )?(?:run|runs|running|jog|game|match|training|session|walk|hike|gym|workout|ride|football|netball|rugby|sport|exercise)|then (?:it's |its |it is )?(?:fine|ok|okay|gone|better|settles))\b)/,
  },
  // Pain that no position eases, at night or lying down: "her knee pain goes on all night whatever
  // position she's in", "aches no matter what position I lie in". Not a position to sit, squat or
  // drive in, and not one "fine at night".
  {
    field: "nightPain",
    pattern:
      /\b(?:pain|painful|ache|aches|aching|hurts?|hurting|sore|throbs|throbbing)\b[^.!?]{0,40}?\b(?:whatever|no matter (?:what|which)) position (?:(?:i|she|he|they|you)(?:'m|'s|'re| am| is| are)? (?:in|lie in|lying in|sleep in|sleeping in|rest in|resting in)|(?:she|he) (?:lies|sleeps|rests) in)\b/,
    value: (context) =>
      lyingDown.test(context.sentence.text) &&
      !fineAtNight.test(context.sentence.text) &&
      !exercisingOrAfter.test(context.sentence.text)
        ? "yes"
        : undefined,
  },
  // A child who "keeps waking up saying her knee hurts" or "wakes up in the night complaining of
  // knee pain" wakes with it in the night; not one who, with no night said, wakes saying so "in the
  // morning", "every morning" or "after football the day before".
  {
    field: "nightPain",
    pattern:
      /\b(?:(?:keeps|kept|keep) (?:on )?waking(?: up)?(?: in the night| at night| during the night)?|(?:wakes?|waking|woke|woken)(?: up)? (?:in the night|at night|during the night)) (?:saying|crying|complaining|screaming|telling (?:me|us))(?:,)?(?: (?:that|of|about))?(?: (?:(?:her|his|my|their|the) )?(?:knee|knees|leg|legs)(?: (?:hurts?|is hurting|is (?:really |so |very )?(?:sore|painful)|aches?|is aching|pain))?| (?:of |about )?(?:knee|leg) pain| (?:that )?it(?:'s| is) (?:really |so |very )?(?:sore|hurting|painful))\b/,
    value: (context) =>
      /\bnight\b/.test(context.match[0]) || !inTheDay.test(context.sentence.text) ? "yes" : undefined,
  },
  { field: "nightPain", pattern: /\b(?:can't|cannot) sleep\b/, selfNegated: true, negated: "skip" },
];
