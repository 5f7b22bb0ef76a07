import type { MatchContext, RuleValue } from "./matcher.js";
import { childNouns, peopleNouns } from "./person-nouns.js";
import { partItRefersTo } from "./referent.js";

// Whether swelling the words tell is the knee's, now (swelling.ts, rapid-swelling.ts): not another
// part's ("my ankle swells"), not only after activity ("swells after running"), and, for an "it"
// that is "big and tight" or "huge", the writer's knee (itIsTheWritersKnee).

export const activities = String.raw`(?:run|runs|running|jog|jogs|jogging|activity|activities|exercise|exercising|sport|sports|training|football|games?|matches|walks?|walking|hikes?|hiking|gym|workouts?|playing|cycling|rides?|tennis|netball|rugby|squash|dancing|class(?:es)?)`;
const afterActivity = new RegExp(
  String.raw`\b(?:after|following|post)\s+(?:(?:a|my|the|long|any|some|every|each)\s+)?${activities}\b`,
);
const dayAfterActivity = new RegExp(
  String.raw`\b(?:the )?(?:day|morning) after\s+(?:(?:a|my|the|long|any|some|every|each)\s+)?${activities}\b`,
);
const elsewhere = /\b(?:calf|calves|ankles?|feet|foot|fingers?|hands?|wrists?|toes?|joints|face|legs?|shin)\b/;
// The body part the clause is about: the last one named before the words ("calf isn't painful, just swollen").
const bodyPart =
  /\b(?:knee|knees|kneecap|calf|calves|ankles?|feet|foot|fingers?|hands?|wrists?|toes?|joints|face|legs?|shin)\b/g;
function lastPartBefore(text: string): string | undefined {
  let last: string | undefined;
  for (const match of text.matchAll(bodyPart)) last = match[0];
  return last;
}

// "Puffs up every time after practice", "swells up after hockey": a habit, said in the present.
// Practice and the like are not in the shared activities: "swollen after hockey last night" is a
// knee swollen now, which the hot-joint and bleeding rules read.
export const swellsAfterPractice =
  /\b(?:swells|swell up|swells up|puffs up|puff up|gets (?:swollen|puffy|big|bigger))\b(?:\s+[a-z']+){0,2}?\s+after\s+(?:(?:a|my|the|every|each|any)\s+)?(?:(?:hockey|basketball|volleyball|wrestling|football|rugby|netball) )?(?:practices?|wrestling|hockey|basketball|volleyball|parkrun)\b/;

/** Whether the words at `index` are the habit itself ("swells up after every practice"), not another swelling told. */
const everyHabitAfterPractice = new RegExp(swellsAfterPractice.source, "g");
function inHabitAfterPractice(text: string, index: number): boolean {
  for (const habit of text.matchAll(everyHabitAfterPractice))
    if (index >= habit.index && index < habit.index + habit[0].length) return true;
  return false;
}

/** Whether the swelling matched is another part's: "my ankle swells", "swelling in my calf". */
function swellingElsewhere({ scope, match, ...context }: MatchContext): boolean {
  const before = scope.text.slice(Math.max(0, match.index - 20), match.index);
  const after = scope.text.slice(match.index + match[0].length, match.index + match[0].length + 25);
  const part = lastPartBefore(scope.text.slice(0, match.index)) ?? partItRefersTo({ scope, match, ...context });
  return (
    (part !== undefined && elsewhere.test(part)) ||
    elsewhere.test(before.split(/\s+/).slice(-3).join(" ")) ||
    /^\s+(?:in|of|on) (?:my |the |his |her )?(?:calf|calves|ankles?|foot|feet|fingers?|hands?|legs?|shin)\b/.test(after)
  );
}

/** Swelling after activity, of the knee and not another part ("my ankle swells after running"). */
export const kneeSwellsAfter = (context: MatchContext): RuleValue | undefined =>
  swellingElsewhere(context) ? undefined : "yes";

/** Swelling of the knee now: not of the calf or ankle, and not only after activity. */
export function kneeSwelling(value: RuleValue) {
  return (context: MatchContext): RuleValue | undefined => {
    const { scope, match } = context;
    if (swellingElsewhere(context)) return undefined;
    // "Swells after running" is effusionAfterActivity; it says nothing of the knee now. "Swollen
    // the day after rugby" is a state, now: the knee is swollen as well.
    const stateNow = /^(?:swollen|puffy|swelled)$/.test(match[0]) && dayAfterActivity.test(scope.text);
    return (afterActivity.test(scope.text) || inHabitAfterPractice(scope.text, match.index)) && !stateNow
      ? undefined
      : value;
  };
}

// "Cracked my knee on the footrest and within the hour it's gone really big and tight": "it" is the
// writer's knee where the sentence names a knee and nobody else's (no he, she, "Dad", "my partner",
// "Mum's knee", "hubbys knee"), tells no what-if or past episode (an hour ago is now), and names
// nothing else that grows or swells, is worn on the knee or can be "huge" (a bruise, an ice pack, a
// bandage, a support, a cast, a belly, an arm, the pain, a queue).
export const growsOtherwise =
  /\b(?:bruises?|bruising|welts?|eggs?|ha?ematomas?|bumps?|lumps?|spots?|veins?|rash|abscess|cysts?|boils?|ice|ice pack|bandages?|strapping|brace|sleeve|support|stockings?|cast|boot|tubigrip|tape|taped|wrap|belly|stomach|tummy|thighs?|quads?|hamstrings?|calf|calves|shins?|cheeks?|face|neck|head|eyes?|ears?|lips?|tongue|throat|gums?|jabs?|mosquito|scratch(?:ed)?|knuckles?|arms?|shoulders?|elbows?|ankles?|foot|feet|hands?|wrists?|fingers?|toes?|queues?|pump|pain|ache|agony|limp|anxiety|worry|relief|cuts?|wounds?|graze|stings?|stung|bites?|bitten|blisters?|scars?|muscles?|legs?)\b/;
// Nor in a what-if or a past episode ("call if the knee is big and tight", "last year after the op").
const toldOfAnotherTime =
  /\b(?:if|last (?:year|month|week|time|summer|winter)|(?<!\b(?:an?|one|two|three|few|couple of|\d+) (?:hours?|hrs?|minutes?|mins?) )ago|used to|after the op|when i was|back in|in my \w+ days|at uni|years)\b/;
export const someoneElses = new RegExp(
  String.raw`\b(?:his|her|their|he|she|they|${peopleNouns}|${childNouns})\b|'s knee|\b(?:hubby|coach|dad|mum|mom|partner|wife|husband|son|daughter|friend|mate|sister|brother|nan|gran|grandad|boss)s\b`,
);
function itIsTheWritersKnee({ sentence, scope, match }: MatchContext): boolean {
  const told = sentence.text.slice(0, scope.start + match.index + match[0].length - sentence.start);
  return (
    /\bknees?\b/.test(told) && !someoneElses.test(told) && !toldOfAnotherTime.test(told) && !growsOtherwise.test(told)
  );
}
export const whenTheWritersKnee =
  (value: (context: MatchContext) => RuleValue | undefined) =>
  (context: MatchContext): RuleValue | undefined =>
    itIsTheWritersKnee(context) ? value(context) : undefined;
