import { alsoPattern } from "./also.js";
import { uncertain, type PhraseRule } from "./matcher.js";
import {
  activities,
  growsOtherwise,
  kneeSwelling,
  kneeSwellsAfter,
  someoneElses,
  swellsAfterPractice,
  whenTheWritersKnee,
} from "./knee-swelling.js";
import { rapidSwellingRules } from "./rapid-swelling.js";

// How swollen the knee is, whether it swelled within hours of an injury (rapid-swelling.ts), and
// whether it puffs up after activity. Plain "it's swollen" does not say how much, so it is asked.
// Whether the swelling told is the knee's, now, is knee-swelling.ts's.

const swellWords = String.raw`(?:swollen|puffy|swelled|puffed up|swelled up|swolen)`;

export const swellingRules: PhraseRule[] = [
  {
    field: "effusionAfterActivity",
    value: kneeSwellsAfter,
    pattern: new RegExp(
      String.raw`\b(?:swells?|swelling|swelled|swollen|puffs? up|puffy|gets (?:swollen|puffy|fat|big|bigger)|balloons?)\b(?:\s+[a-z']+){0,2}?\s+(?:after|following|post)\s+(?:(?:a|my|the|long|any|some|every|each)\s+)?${activities}\b|\bafter\s+(?:(?:a|my|the|long|any|some|every|each)\s+)?${activities}\b(?:[\s,]+[a-z']+){0,3}?\s+(?:swells|puffs up|gets (?:swollen|puffy|bigger)|is swollen|balloons)\b`,
    ),
  },
  // A habit of swelling after practice (swellsAfterPractice).
  {
    field: "effusionAfterActivity",
    value: kneeSwellsAfter,
    pattern: swellsAfterPractice,
  },
  ...rapidSwellingRules,
  {
    field: "swelling",
    pattern: new RegExp(
      String.raw`\b(?:really|very|massively|hugely|badly|extremely|so|super|seriously|incredibly|severely|heavily|properly|proper|dead|well|visibly|clearly|noticeably|significantly|hugely)\s+${swellWords}\b|\b(?:huge|massive|big|large|lots of|a lot of|loads of|severe|significant|major|considerable|noticeable|obvious|visible) (?:amount of )?swelling\b|\bswollen (?:up )?(?:like a|to twice|twice|double|massively|badly|a lot|loads)\b|\b(?:twice|double) (?:the|its) (?:normal |usual )?size\b|\bballoon(?:ed|ing)?\b|\blike a (?:balloon|grapefruit|melon|football|tennis ball)\b|\b(?:swollen|swelled|puffed|blown|blew|ballooned) (?:up )?(?:like an? |to the size of an? |the size of an? )orange\b(?![- ]?(?:colou?r|peel|pip|yellow))|\b(?:swollen|swelled|puffed|blown|blew|ballooned|swelling) (?:up )?(?:to )?(?:about )?the size of (?:an orange|a grapefruit|a (?:small )?melon)\b|\b(?:bigger|larger|fatter) than the other\b|\b(?:(?:swollen|swelled(?: up)?|puffed up|puffy)\b[^.!?]{0,20}?\b|(?:knee|it)(?:'s| is| looks| seems)? (?:(?:twice as big|huge|massive),? )?(?:way |much |a lot |loads |so )?)(?:bigger|larger|fatter) then (?:the other|my other|the left|the right)(?: (?:knee|one|leg|side))?\b|\b(?:knee|it|its)(?:'s| is| has| has gone| looks| went)? (?:huge|massive|enormous)\b|\bswelled up (?:a lot|massively|loads|badly|a great deal|enormously|hugely)\b|\b(?:hot|red),? (?:and )?(?:huge|massive|enormous)\b|\bswollen compared (?:to|with) the other\b|\b(?:knee|it)(?:'s| is) (?:getting|got|grown) (?:bigger and bigger|huge|massive|enormous)\b|\bskin(?:'s| is)(?: now)? (?:really |very |so |all )?(?:tight|stretched|shiny and tight)\b|\b(?:knee|skin)(?:'s| is| looks| was| had gone| has gone)? (?:all )?(?:tight and shiny|shiny and tight)\b|\b(?:swollen|swelled)\b[^.!?]{0,25}\b(?:tight and shiny|shiny and tight)\b`,
    ),
    value: kneeSwelling("marked"),
    negated: uncertain,
  },
  // "My knee… its gone red and its hot to touch and puffed right up": mild, in a sentence naming the
  // knee and nothing else that puffs up (a lip, a tongue, a jab, a bite) nor anyone else's knee, and not up a hill ("puffed right up the
  // hill" is out of breath). Denied ("not puffed right up, but swollen") it says nothing.
  {
    field: "swelling",
    pattern:
      /\bpuffed (?:right|all|straight) up(?=\s*(?:[,.;!?]|$)|\s+(?:and|or|again|overnight|after|since|like|straight|within|now|by|over|when|but)\b)/,
    value: (context) =>
      /\bknees?\b/.test(context.sentence.text) &&
      !/\bif\b/.test(context.sentence.text) &&
      !growsOtherwise.test(context.sentence.text) &&
      !someoneElses.test(context.sentence.text)
        ? kneeSwelling("mild")(context)
        : undefined,
    negated: "skip",
  },
  // "It's gone really big and tight": marked, where "it" is the writer's knee (itIsTheWritersKnee).
  {
    field: "swelling",
    pattern:
      /\b(?:knees?|it|its)(?:'s| is| has| has gone|'s gone| gone| went| got| looks)? (?:(?:really|very|so|all) )?big and (?:tight|shiny)\b/,
    value: whenTheWritersKnee(kneeSwelling("marked")),
    negated: uncertain,
  },
  {
    field: "swelling",
    pattern: new RegExp(
      String.raw`\b(?:a (?:little|tiny|wee|touch|bit)(?: bit)?|slightly|mildly|little bit|somewhat|a tad|bit)\s+${swellWords}\b|\b(?:slight|mild|minor|minimal|little|small amount of|bit of|touch of|a little|a bit of|tiny bit of) swelling\b|\bpuff(?:y|iness|ed up)\b|\bknees?(?:'s| is| has| has gone|'s gone| gone| went| looks)? (?:(?:hot|red|warm)(?:,| and)? ){1,2}and fat\b(?! pad)|\b(?:knee|it)(?:'s| is| looks| has gone| gone)? (?:all )?fat\b|\bknees?(?:'s| has| is| are| have)? (?:come|came|gone|went) up (?:all )?(?:(?:hot|red|warm|big) and )?fat\b(?! pad)|\bknees?(?:'s| is| are| looks| has gone|'s gone| have gone)? (?:all )?(?:(?:hot|red|warm) and fat|fat and (?:hot|red|warm))\b(?! pad)`,
    ),
    value: kneeSwelling("mild"),
    negated: "none",
  },
  // "My ankle's swollen and so is my knee": the knee has what the ankle has.
  {
    field: "swelling",
    pattern: new RegExp(alsoPattern("knee|knees")),
    value: (context) =>
      /\b(?:swollen|swelling|swelled|puffy|puffed up)\b/.test(context.sentence.text) ? "mild" : undefined,
    negated: "skip",
  },
  {
    field: "swelling",
    pattern:
      /\b(?:swollen|swelling|swelled|swell|swells|swole|inflamed|fluid (?:on|in) (?:the|my) knee|water on the knee|effusion)\b/,
    // Plain "swollen" is at least mild (a hot swollen knee can fire U-HOT-JOINT at once);
    // it could be marked, so the swelling question is still asked (spec §7.1).
    value: kneeSwelling("mild"),
    negated: "none",
  },
];
