import type { MatchContext, PhraseRule, RuleValue } from "./matcher.js";
import { kneecap, kneecapWords } from "./patella.js";

// A kneecap out of place now (spec §4 E-DEFORMITY, emergency-phrases.ts): "my kneecap is sitting
// off to the side", "it's still out". One that went back is patella.ts's.

// "It's still out" counts only where the sentence is about the kneecap.
function kneecapSentence(value: RuleValue) {
  return (context: MatchContext): RuleValue | undefined =>
    kneecapWords.test(context.sentence.text) ? value : undefined;
}

// Where a kneecap out sits: "to the side", "over on the outside".
const toTheSide = String.raw`(?:on|to|off to|round to|over to|over on) (?:the|one) (?:side|outside)`;

// "popped straight back in", "slid back": the kneecap went back (patella.ts).
const wentBack =
  /\b(?:popped|went|slipped|slid|clicked|came|moved|jumped|snapped|clunked|clunk)\s+(?:it\s+)?(?:straight |right |just )?back\b/;
// "Slipped sideways at netball and popped back in by itself": it moved, then went back.
const notWentBack = String.raw`(?!(?:[\s,]+[a-z']+){0,8}?[\s,]+${wentBack.source})`;

// "My kneecap moved off to the side at netball but it popped straight back in": the clause after
// "but" tells it went back, so it is not out now.
function notBackLater(value: RuleValue) {
  return (context: MatchContext): RuleValue | undefined => {
    const at = context.sentence.text.indexOf(context.match[0]);
    const after = at >= 0 ? context.sentence.text.slice(at + context.match[0].length) : "";
    return wentBack.test(after) ? undefined : value;
  };
}

// "sitting way off to the side" after a fall, "has gone clean over to the outside": how far it has
// moved, told after an injury. Where it hurts ("pain by my kneecap way over on the outside"), how
// it tracks ("the scan showed it sitting way over to the outside", "feels like it's gone way over
// when I squat") and what happened years ago are not a kneecap out now.
const farOver = new RegExp(
  String.raw`\b${kneecap}(?:'s|\s+(?:is|has|has been))?(?:\s+still)?(?:\s+(?:moved|gone|went|shifted|slipped|slid|popped|sitting|sat|stuck))?\s+(?:way|well|totally|completely|clean|all the way|miles)\s+(?:${toTheSide}|(?:out to|off|over) (?:the|one) (?:side|outside)|sideways|out of (?:place|position|joint))${notWentBack}`,
);
const injuryTold =
  /\b(?:fell|fall|fallen|slipped|slip|tripped|twisted|twist|landed|knocked|knock|tackled?|collided|came off|went over|kicked|dislocated)\b/;
const trackingTold =
  /\b(?:years? ago|when i (?:squat|bend|run|kneel|walk)|feels like|feel like|scan|x-?ray|mri|physio|tracking|maltracking|tilt)\b/;
function afterAnInjury(value: RuleValue) {
  const unlessBack = notBackLater(value);
  return (context: MatchContext): RuleValue | undefined =>
    injuryTold.test(context.parsed.text) && !trackingTold.test(context.sentence.text) ? unlessBack(context) : undefined;
}

/** The kneecap rules of E-DEFORMITY: out now, and out of place (emergency-phrases.ts sets the rule). */
export const kneecapOutRules: PhraseRule[] = [
  {
    field: "patellaDislocation",
    pattern: new RegExp(
      [
        String.raw`\b${kneecap}(?:'s| is| are| has been| seems| looks| appears)(?: to be)?(?: still)?(?: stuck| sitting| sat| sits)?\s+(?:out of (?:place|position|joint)|out\b(?!\s+(?:and|then)\s+(?:\w+\s+)?(?:went|popped|slipped|came|clicked|moved|got|snapped|pushed)\s+(?:it\s+)?back)|dislocated|displaced)`,
        String.raw`\b${kneecap}(?:'s| is| has)?(?: still)?(?: moved| gone| shifted| slipped| popped| sitting| sat| stuck)?\s+(?:${toTheSide}|sideways)${notWentBack}`,
        String.raw`\b${kneecap}(?:'s| is)? still (?:out|dislocated|displaced|out of place)`,
        // "the kneecap looks like it's sitting off to the side"
        String.raw`\b${kneecap} (?:looks|seems|appears|feels)(?: like| as if| as though) (?:it's|it is|its|it has|it's been)(?: still)?(?: moved| gone| shifted| slipped| popped| sitting| sat| stuck)?\s+(?:${toTheSide}|sideways|out of (?:place|position|joint))`,
      ].join("|"),
    ),
    value: notBackLater("still_out"),
    negated: "skip",
    // A kneecap out now is out of place (spec §3 deformity).
    also: [{ field: "deformity", value: "yes" }],
  },
  {
    field: "patellaDislocation",
    pattern: farOver,
    value: afterAnInjury("still_out"),
    negated: "skip",
    also: [{ field: "deformity", value: "yes" }],
  },
  {
    field: "patellaDislocation",
    pattern:
      /\b(?:it's|it is|its|is|and|which is)\s+still\s+(?:sat |sitting |stuck )?(?:out|dislocated|out of place|stuck out|to the side)\b|\b(?:hasn't|has not|won't|didn't|did not|not) (?:gone|popped|go|went|come|slipped|moved) back\b/,
    value: kneecapSentence("still_out"),
    selfNegated: true,
    negated: "skip",
    scope: "sentence",
    also: [{ field: "deformity", value: "yes" }],
  },
];
