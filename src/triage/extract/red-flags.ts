import { alsoPattern, whenPainSaid } from "./also.js";
import { uncertain, type MatchContext, type PhraseRule, type RuleValue } from "./matcher.js";
import { itDegree, itOpens, partItRefersTo } from "./referent.js";

// What extraction records about the red-flag fields beyond the emergency phrases: clear
// denials ("I can feel my foot fine", "breathing is fine"), milder nerve symptoms ("pins and
// needles in my foot"), foot weakness and the calf (DVT).

const belowKnee =
  /\b(?:foot|feet|toes?|shin|shins|calf|calves|ankles?|lower leg|leg|legs|below (?:the|my) knee|down (?:my|the) leg|sole)\b/;
const saddleArea =
  /\b(?:bottom|bum|backside|buttocks?|anus|genitals|privates|private parts|groin|saddle|between (?:my|the) legs|back passage|down below)\b/;

/** The words up to a place named within four words of the symptom ("feeling on the shin", "down into my foot"). */
const placedRightAfter =
  /^((?:\W*[\w']+){0,4}?\W*\b(?:foot|feet|toes?|shins?|calf|calves|ankles?|lower leg|leg|legs|sole|below (?:the|my) knee)\b)/;

const anyPlace = /\b(?:knee|knees|kneecap|thigh|hip|hips|hands?|fingers?|arms?|face|lips?|back|skin|scar|wound|cut)\b/;
const hedge = /\b(?:maybe|might|kinda|kind of|sort of|sorta|possibly|perhaps|could be|may be)\b/;
/**
 * Numbness counts below the knee (spec §3); placed elsewhere, or unplaced, it is asked. A
 * hedge placed nowhere ("kinda numb maybe?") is the leg being talked about, doubted: "unsure",
 * the unsafe answer (spec §7), as the screen reads it.
 */
function numbnessBelowKnee(context: MatchContext): RuleValue | undefined {
  // The place named right after it is where it is ("pain in my groin and pins and needles down my
  // shin"), whatever else the clause names.
  const after = context.scope.text.slice(context.match.index + context.match[0].length);
  const placed = placedRightAfter.exec(after)?.[1] ?? "";
  if (belowKnee.test(placed) && !saddleArea.test(placed)) return "yes";
  if (saddleArea.test(context.scope.text)) return undefined;
  if (belowKnee.test(context.scope.text)) return "yes";
  return !anyPlace.test(context.sentence.text) && hedge.test(context.sentence.text) ? "unsure" : uncertain;
}

export const redFlagRules: PhraseRule[] = [
  {
    field: "footColdPale",
    pattern:
      /\b(?:foot|feet|toes)(?:'s)? (?:is |are |feels |feel |looks |look )?(?:warm|pink|a normal colou?r|normal colou?r)\b/,
    value: "no",
    negated: "skip",
  },
  {
    field: "numbnessTingling",
    pattern:
      /\b(?:i )?can (?:still )?feel (?:my |the )?(?:foot|feet|toes|leg|legs|shin)\b|\b(?:feeling|sensation) (?:in my (?:foot|leg|toes) )?(?:is )?(?:normal|fine|ok|okay)\b/,
    value: "no",
    negated: "skip",
  },
  {
    field: "numbnessTingling",
    pattern:
      /\b(?:pins and needles|pins & needles|tingl(?:ing|y|es|e)|numb(?:ness)?|no feeling|lost feeling|loss of feeling|loss of sensation|reduced (?:feeling|sensation)|dead feeling)\b/,
    value: numbnessBelowKnee,
    negated: "no",
  },
  {
    field: "footWeakness",
    pattern: /\b(?:i )?can (?:still )?(?:lift|raise|move|wiggle|bend) (?:my |the )?(?:foot|feet|toes|ankle)(?: up)?\b/,
    value: "no",
    negated: "skip",
  },
  {
    field: "footWeakness",
    pattern:
      /\b(?:can't|cannot|can not|unable to|couldn't|could not) (?:properly |really |fully )?(?:lift|raise|pull up|bend up|point up|move|wiggle|flex) (?:up )?(?:my |the )?(?:foot|feet|toes|ankle|front of my foot)\b|\b(?:can't|cannot|can not|unable to|couldn't|could not) (?:pull|bend|point|lift|bring|cock) (?:my |the )?(?:foot|feet|toes|ankle) (?:up|upwards|towards me)\b/,
    selfNegated: true,
  },
  // Foot drop as visitors see it (spec §3: "the foot slapping when walking"): "my foot sort of
  // slaps down when I walk", "I keep catching my toes on the kerb".
  {
    field: "footWeakness",
    pattern:
      /\bfoot\b(?:\s+(?:sort of|kind of|kinda|just|has started to|started to|has started|started|has been|is|keeps|seems to|tends to))?\s+(?:slaps?|slapping|flops?|flopping|drags?|dragging)\b|\bfoot (?:drop|slap)\b|\b(?:keep|keeps|kept) (?:catching|scuffing|dragging) (?:my|his|her) toes\b/,
    // A runner's heavy footfall is form, not a weak foot.
    value: (context) =>
      /\b(?:run|runs|running|jog|jogging|sprint\w*)\b/.test(context.sentence.text) ? undefined : "yes",
  },
  // "My toes are white and I can't wiggle them": the pronoun is the foot named before it.
  {
    field: "footWeakness",
    pattern:
      /\b(?:can't|cannot|can not|unable to|couldn't|could not) (?:lift|raise|move|wiggle|flex|pull up)(?= (?:them|it)\b)/,
    value: (context) => {
      const before = context.parsed.text.slice(0, context.scope.start + context.match.index);
      const parts = [...before.matchAll(/\b(?:foot|feet|toes?|ankle|knee|leg|kneecap)\b/g)];
      return /^(?:foot|feet|toes?|ankle)$/.test(parts.at(-1)?.[0] ?? "") ? "yes" : undefined;
    },
    selfNegated: true,
  },
  {
    field: "footWeakness",
    pattern:
      /\b(?:trouble|difficulty|struggle to|struggling to|hard to|problems?) (?:lift(?:ing)?|rais(?:e|ing)|pull(?:ing)? up|bend(?:ing)? up|point(?:ing)? up|mov(?:e|ing)) (?:up )?(?:my |the )?(?:foot|feet|toes|ankle|front of my foot)\b/,
  },
  {
    field: "footWeakness",
    pattern:
      /\bfoot ?drop\b|\bdrop ?foot\b|\b(?:foot|feet) (?:slaps|slapping|flops|flopping|drags|dragging|is weak|feels weak)\b|\bweak(?:ness)? (?:in )?(?:my |the )?(?:foot|feet|ankle|toes)\b|\b(?:toes|foot) (?:catch|catches|catching) (?:on )?(?:the )?(?:ground|floor|carpet|stairs)\b|\btripping over my (?:own )?(?:foot|feet|toes)\b/,
  },
  {
    field: "footWeakness",
    pattern:
      /\b(?:foot|feet|ankle|toes)(?:'s)?\s+(?:(?:is|are|isn't|aren't|not|feels?|has|have|gone|been|gets?|seems?|a bit|sort of|kind of|really|quite|very|a little|sometimes|bit)\s+){0,4}(?:floppy|weak|weaker|flops|flopping)\b|\bfloppy (?:foot|feet|ankle)\b/,
  },
  // "Not sure if it's weak", said of the foot.
  {
    field: "footWeakness",
    pattern: /\b(?:it's|it is|its|they're|they are) (?:\w+ )?(?:weak|floppy)\b/,
    value: (context) => (/\b(?:foot|feet|ankle|toes)\b/.test(context.sentence.text) ? "yes" : undefined),
  },
  {
    field: "calfPainSwelling",
    pattern: /\bcalf (?:is |'s |feels )?(?:fine|ok|okay|normal|alright|not (?:sore|swollen|painful))\b/,
    value: "no",
    negated: "skip",
  },
  { field: "calfPainSwelling", pattern: new RegExp(alsoPattern("calf")), value: whenPainSaid("yes") },
  // "One of my calves is swollen": one calf, said in the plural.
  {
    field: "calfPainSwelling",
    pattern:
      /\bone of (?:my|the|his|her) calves\b(?:\s+[a-z']+){0,3}?\s+(?:swollen|sore|painful|hurts|hurting|aching|aches|achy|tender|tight|hard|red|hot|bigger|puffy)\b/,
    value: "yes",
  },
  // "Calf isn't painful, just swollen": one symptom denied, the other said (spec §7, item by item).
  {
    field: "calfPainSwelling",
    pattern:
      /\bcalf\b[^.?!;]{0,40}?,?\s+(?:just|only|more|rather|but)\s+(?:a (?:bit|little) )?(?:swollen|sore|painful|tender|tight|hard|aching|achy|hot|red|puffy)\b|\bcalf\b(?:\s+[a-z']+){0,3}?\s+(?:killing me|is agony|really hurts|like (?:it's|its) (?:going to|gonna) burst)/,
    selfNegated: true,
  },
  {
    field: "calfPainSwelling",
    pattern:
      /\bcalf\b(?:\s+[a-z']+){0,4}?\s+(?:swollen|swelled|sore|painful|hurts|hurting|hurt|aching|aches|achy|tender|tight|hard|red|hot|swelling|pain|throbbing|cramping|bigger|puffy)\b|\b(?:pain|swelling|tenderness|ache|aching|cramp|soreness|swollen) (?:in|of) (?:my |the |one |the back of my )?calf\b|\b(?:swollen|sore|painful|tender|tight|aching|achy|red|hot|hard) calf\b/,
  },
  // "Calf on my left side has been really sore", "the calf on that same leg is swollen", "his calf
  // on that side has got swollen", "the calf on the same leg has swelled up": one calf, placed
  // before it is described (not "check whether the calf on that side has got swollen").
  {
    field: "calfPainSwelling",
    pattern:
      /(?<!\b(?:whether|if) (?:the |my |his |her )?)\bcalf (?:on (?:that|this|the) (?:very )?same (?:side|leg)|on (?:that|this) (?:side|leg)|on (?:my|the|his|her) (?:left|right|same|other|bad|sore|injured|affected)(?: side| leg)?(?: as (?:my|the|his|her) (?:bad |sore |injured |painful )?(?:knee|leg))?|in (?:my|the|his|her) (?:left|right|other|bad|sore|injured) leg) (?:(?:has been|is|was|feels|felt|looks|'s|got|has got|has gone)\s+(?:(?:really|very|quite|a bit|a little|so|super|all|sort of|kind of)\s+)*(?:swollen|sore|painful|tender|tight|hard|red|hot|puffy|bigger|aching|achy)|(?:has |'s )?(?:swelled|swollen|puffed)(?: right)? up|has swelled)\b/,
  },
  // "…a physio about my calf? It's gone swollen and tender": "it" is the calf (referent.ts).
  {
    field: "calfPainSwelling",
    pattern: new RegExp(
      String.raw`^${itOpens}\s+${itDegree}(?:swollen|sore|painful|tender|tight|hard|red|hot|puffy|bigger|aching|achy)\b`,
    ),
    value: (context) => (partItRefersTo(context) === "calf" ? "yes" : undefined),
  },
  // Both calves after a run is not the one-sided calf of spec §3: asked.
  {
    field: "calfPainSwelling",
    pattern:
      /\bcalves\b(?:\s+[a-z']+){0,3}?\s+(?:swollen|sore|painful|hurt|hurting|aching|ache|achy|tender|tight|hard|red|hot)\b|\b(?:sore|swollen|tight|painful) calves\b/,
    value: uncertain,
    negated: "no",
  },
  {
    field: "breathlessOrChestPain",
    pattern:
      /\bbreathing (?:is |'s )?(?:fine|ok|okay|normal|good)\b|\bcan breathe (?:fine|ok|okay|normally|properly)?\b|\bchest (?:is |'s )?(?:fine|ok|okay)\b/,
    value: "no",
    negated: "skip",
  },
  // "Not sure about my breathing": a doubt to record, though a plain mention says nothing.
  {
    field: "breathlessOrChestPain",
    pattern: /\b(?:breathing|breath|breathe|chest)\b/,
    value: uncertain,
    negated: "skip",
    doubted: "unsure",
  },
  {
    field: "saddleNumbnessOrBladder",
    pattern:
      /\b(?:bladder|bowels?|waterworks|toilet habits?)(?: and (?:bladder|bowels?|waterworks))? (?:is |are |have been )?(?:fine|normal|ok|okay|unchanged|working (?:fine|normally))\b/,
    value: "no",
    negated: "skip",
  },
  {
    field: "openWound",
    pattern:
      /\b(?:just|only) (?:a )?(?:graze|grazed|scratch|scrape|bruise|small cut|little cut|tiny cut|surface wound|nick|minor cut)\b|\bsuperficial (?:cut|graze|scrape|wound)\b|\bskin (?:isn't|is not|not) broken\b/,
    value: "no",
    negated: "skip",
    selfNegated: true,
  },
  {
    field: "openWound",
    pattern: /\b(?:cuts?|wounds?)\b(?!\s+(?:down|back|out|it|off|short))|\bbroken skin\b/,
    value: uncertain,
    negated: "no",
  },
  {
    field: "deformity",
    pattern: /\b(?:knee|leg|it) (?:looks|is) (?:normal|straight|normal shape|the right shape|the same as the other)\b/,
    value: "no",
    negated: "skip",
  },
];
