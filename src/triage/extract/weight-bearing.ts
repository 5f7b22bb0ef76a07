import { uncertain, type PhraseRule } from "./matcher.js";

// Walking 4 steps now and right after the injury (Ottawa). A limp counts as walking, so
// "can't walk without a limp" and "walking with a limp" are yes; "can't walk far" is yes too
// (they can take 4 steps). "Can barely walk" is asked.

const cant = String.raw`(?:can't|cannot|can not|unable to|not able to|can't even|still can't|am unable to|i'm unable to)`;
const walkWords = String.raw`(?:walk|stand|weight ?bear|bear (?:any )?weight|put (?:any |much )?(?:weight|pressure)|take (?:any |much )?weight|take a (?:single )?step|step on|put (?:my )?(?:foot|leg) (?:down|on the (?:floor|ground)))`;

export const weightBearingRules: PhraseRule[] = [
  { field: "limp", pattern: new RegExp(String.raw`\b${cant}\s+walk without (?:a )?(?:limp|limping)\b`), value: "yes", selfNegated: true },
  { field: "walkFourStepsNow", pattern: new RegExp(String.raw`\b${cant}\s+walk (?:far|long|very far|for long|for more than|more than|fast|quickly|much|without (?:pain|limping|a limp|it hurting)|up|down)\b`), value: "yes", selfNegated: true },
  { field: "walkFourStepsNow", pattern: new RegExp(String.raw`\b(?:can (?:barely|hardly|only just)|struggling to|struggle to|${cant}) walk (?:properly|normally|well|straight)\b|\bcan (?:barely|hardly|only just) (?:walk|stand|put weight)\b|\bon crutches\b`), value: "unsure", selfNegated: true },
  { field: "walkFourStepsNow", pattern: new RegExp(String.raw`\b${cant}\s+${walkWords}|\bnon[- ]?weight[- ]?bearing\b|\bnwb\b`), value: "no", selfNegated: true },
  {
    field: "walkFourStepsImmediately",
    pattern: new RegExp(String.raw`\b(?:couldn't|could not|wasn't able to|was unable to|unable to)\s+${walkWords}\b(?:\s+(?:at first|straight away|afterwards|after|immediately|right after|then))?|\b(?:had to be|was|got) (?:carried|helped|stretchered) off\b|\bcarried off\b|\bstretchered off\b`),
    value: "no",
    selfNegated: true,
  },
  {
    field: "walkFourStepsImmediately",
    pattern: /\b(?:walked (?:home|off|back|it off|to the car)|could (?:still )?walk (?:afterwards|after|straight after|on it)|played on|carried on (?:playing|running|walking)|finished the (?:game|match|run|race|session)|kept (?:playing|running|going|walking))\b/,
  },
  {
    field: "walkFourStepsNow",
    pattern: /\b(?:can|able to|managing to|manage to|i'm able to)\s+(?:still\s+)?(?:walk|bear weight|weight ?bear|put weight|take weight|stand on it)\b|\bwalking (?:fine|ok|okay|alright|all right|normally|well|around|on it|with a (?:slight |bit of a |bad )?limp)\b|\bwalking is (?:fine|ok|okay|alright|no problem|not a problem)\b|\bweight[- ]?bearing\b/,
  },
  // A limp counts as walking (spec §3), so limping says yes to 4 steps even when denied as constant.
  { field: "walkFourStepsNow", pattern: /\b(?:limping|limps|hobbling|hobble|limp)\b/, negated: "skip" },
  {
    field: "limp",
    pattern: /\b(?:limping|limp|limps|hobbling)\b(?:\s+[a-z']+){0,3}?\s+(?:all the time|constantly|most of the time|always|every step|all day|everywhere|continuously)\b|\b(?:always|constantly|permanently|still) (?:limping|limp)\b/,
  },
  { field: "limp", pattern: /\b(?:limping|limp|limps)\b/, value: uncertain, negated: "no" },
];
