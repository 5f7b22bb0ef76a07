import { uncertain, type PhraseRule } from "./matcher.js";

// Locking, painful catching and giving way. "Locks sometimes" or "it clicks" alone do not
// say enough for spec §3 (stuck now? painful?), so they are asked.

const cantStraighten = String.raw`(?:(?:can't|cannot|can not|unable to|won't|will not|not able to|struggle to|struggling to|(?:there's |there is )?no way (?:i|he|she|they|we) (?:can|could)|no way (?:can|could) (?:i|he|she|they|we))\s+(?:fully |quite |completely |all the way )?(?:straighten|get (?:it|my knee|my leg) (?:fully )?straight)|(?:won't|will not|doesn't|does not) (?:go|get|come) (?:fully |completely |quite |all the way )?straight)`;

const lockToldOfAnotherTime =
  /\b(?:if|would it|last (?:summer|winter|spring|autumn|year|month|week)|ago|years|when i was|now and then|sometimes|happens|then fine|freed|all good|fine now|walking fine|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|for (?:about |around )?(?:\d+|a few|ten|twenty|thirty) (?:seconds|secs)|for a (?:second|moment))\b/;

export const mechanicsRules: PhraseRule[] = [
  {
    field: "locked",
    pattern:
      /(?<!\bno way (?:i|he|she|they|we) )\bcan (?:fully |still )?straighten (?:it|my knee|my leg|out)?(?: fully| all the way| fine| ok| properly| normally)?\b|\bstraightens (?:fine|ok|fully|normally)\b/,
    value: "no",
    negated: "skip",
  },
  { field: "locked", pattern: new RegExp(String.raw`\b${cantStraighten}\b`), selfNegated: true },
  {
    field: "locked",
    pattern:
      /\b(?:stuck|jammed|locked)\s+(?:bent|in a bent position|at an angle|in place|solid)\b|\b(?:it|knee|leg)(?:'s|s| is)? (?:stuck|locked|jammed)\b(?!\s+(?:at|in) (?:home|bed|work))|\bsomething (?:is )?(?:stuck|jammed|caught) in (?:it|the joint|my knee)\b/,
  },
  // "When I went to get up my knee just jammed half bent, wouldnt go straight": the writer's lock
  // ("my knee", not "my dads knee"), told as it happened, bent or unable to straighten. Not in a
  // what-if or a past or freed episode ("last summer my knee suddenly locked…", "when i was 16",
  // "would it be an emergency if…", "for about 10 seconds, then fine", "freed up, walking fine now"),
  // nor another part that would not straighten ("couldn't straighten my back").
  {
    field: "locked",
    pattern:
      /\bknee (?:just|suddenly) (?:stuck|locked|jammed)(?: up)?(?=,?\s+(?:half[- ]?bent|bent|at an angle)\b|,?\s+(?:and )?(?:wouldn't|wouldnt|won't|couldn't|can't|could not|would not) (?:straighten|go straight)\b(?!\s+(?:my|his|her) (?!knee|leg)\w+))/,
    value: ({ sentence, scope, match }) => {
      const before = sentence.text.slice(0, scope.start + match.index - sentence.start);
      return /\bmy\s*$/.test(before) && !lockToldOfAnotherTime.test(sentence.text) ? "yes" : undefined;
    },
  },
  // Locking over and over, or that has to be worked free ("jiggle it about before it'll go straight"),
  // may be stuck when it happens: unsure
  // (the unsafe answer, spec §1 principle 3); "locks sometimes" alone is asked.
  {
    field: "locked",
    pattern:
      /\b(?:keeps|kept|keep) locking(?: up)?\b|\b(?:lock(?:s|ed|ing)?(?: up)?|(?:got|gets|get|was|went) (?:stuck|jammed))\b(?:[\s,]+[a-z']+){0,8}?\s+(?:wiggle|jiggle|wriggle|shake|waggle|bend|move|work|twist|flick|straighten)\w*\s+(?:it|my knee|my leg|her knee|his knee)(?:\s+(?:about|around|a bit))?\s+(?:to (?:free|unlock|loosen|release|unstick|get it (?:straight|free|unstuck|moving))|free|loose|(?:before|until|till) it(?:'ll| will)? (?:go|goes|come|comes|straighten|straightens|unlock|unlocks))\b|\b(?:got|gets|was|went) (?:stuck|jammed|locked)\b(?:[\s,]+[a-z']+){0,4}?[\s,]+(?:bent|half bent|at an angle)\b/,
    value: "unsure",
    negated: "skip",
  },
  { field: "locked", pattern: /\block(?:s|ed|ing)?(?: up)?\b/, value: uncertain, negated: "no" },
  {
    field: "catching",
    pattern:
      /\b(?:click(?:s|ing|y)?|catch(?:es|ing)?)\b(?:\s+[a-z']+){0,3}?\s*,?\s*(?:but|and)\s+(?:it\s+)?(?:doesn't|does not|don't|do not|never|isn't|is not)\s+(?:\w+\s+)?(?:hurt|painful|sore)\b|\bpainless(?:ly)? click(?:s|ing)?\b|\bclick(?:s|ing)? (?:is |are )?painless\b|\bclick(?:s|ing)? (?:without|with no) pain\b|\bclick(?:s|ing)? (?:that|which) (?:doesn't|don't|does not) hurt\b|\b(?:clicks|clicking|crunching|creaking|grinding|cracking) but no pain\b/,
    value: "no",
    negated: "skip",
    selfNegated: true,
    scope: "sentence",
  },
  {
    field: "catching",
    pattern:
      /\b(?:catch(?:es|ing)?|click(?:s|ing)?|clunk(?:s|ing)?)\s+(?:\w+\s+)?(?:painfully|and (?:it )?(?:hurts|is painful|is sore)|with pain|which hurts|that hurts)\b|\bpainful (?:click(?:s|ing)?|catch(?:es|ing)?|clunk(?:ing|s)?)\b|\b(?:hurts|pain) when it (?:clicks|catches)\b/,
  },
  {
    field: "catching",
    pattern: /\b(?:catches|catching|click(?:s|ing|y)?|clunk(?:s|ing)?|snapping)\b/,
    value: uncertain,
    negated: "no",
  },
  {
    field: "givingWay",
    pattern:
      /\b(?:won't|will not|doesn't|does not|can't|cannot) (?:hold|support|take) (?:me|my weight)\b|\b(?:can't|cannot|don't|do not) trust (?:it|my knee|my leg)\b/,
    value: "unstable_now",
    selfNegated: true,
    negated: "skip",
  },
  {
    field: "givingWay",
    pattern:
      /\bfeels? (?:like )?(?:it(?:'s| is)? (?:going to|gonna|about to) |it will |it'll |it might )(?:give way|give out|collapse|buckle|go)\b|\b(?:feels|is|it's|its) (?:really |very |so |a bit |quite )?(?:unstable|wobbly|loose|like jelly)\b|\bunstable\b|\bwobbly\b|\b(?:it|knee|leg) (?:\w+ )?wobbl(?:es|ing)\b/,
    value: "unstable_now",
    negated: "none",
  },
  { field: "givingWay", pattern: /\b(?:feels|is) (?:stable|solid|strong)\b/, value: "none", negated: "skip" },
  {
    field: "givingWay",
    pattern:
      /\b(?:gave way|gives way|giving way|given way|give way|buckled|buckles|buckling|buckle|gave out|gives out|giving out|given out|(?:go|goes|going|went|gone) (?:out )?from under(?:neath)? (?:me|him|her|them)|collapsed|collapses|dropped me)\b/,
    value: "episodes",
    negated: "none",
  },
];
