import type { PhraseRule } from "./matcher.js";

// Where the knee is tender to press, for the Ottawa knee rule (spec §3 tenderPatellaOnly,
// tenderFibularHead). Only a place named with a tenderness word counts; a sore knee says
// nothing of where.

const tender = String.raw`(?:tender|sore|painful|hurts|hurting|sensitive|agony)`;
const onlyWord = String.raw`(?:only|just|nothing but)`;
const kneecap = String.raw`(?:kneecap|knee cap|knee-cap|patella)`;
// The words for a bump on a bone ("the bony bit", "the knobbly lump"), and whose knee it is.
const bump = String.raw`(?:bit|bump|lump|knobble|knob)`;
const whose = String.raw`(?:the|my|his|her|their)`;
// The head of the fibula: the bony bump on the outside, just below the knee.
const fibularHead = String.raw`(?:fibula(?:r head)?|head of (?:the|my) fibula|(?:outside|outer) (?:bony |bone(?:y)? )?(?:${bump}|bone)(?: below| under| just below| just under) (?:the|my) knee|(?:bony|bone(?:y)?|knobbly|knobbley|knobby) ${bump} (?:on the outside |at the side )?(?:below|under|just below|just under) (?:the outside of |the side of )?${whose} knee(?: on the outside)?)`;

// "there's a really tender spot on the bony bit just below the outside of the knee": a spot named on
// the bump with the outside of the knee (a spot on "the fibula" may be by the ankle, one below the
// kneecap is the tendon's), told as there ("there's…", "I've got…"), not checked for, asked about or
// wondered ("the doctor felt for any tender spot…", "if there was…", "checked whether I've got…",
// "have I got…", "do you think I've got…", "the dog's got…"), not the "knee cap", "on the outside of
// my ankle" nor the other leg.
const toldAsThere = String.raw`(?<!\b(?:if|whether|would|have|asked|know|any|no|think|reckon|say|like)\s)\b(?:there's|theres|there is|i've got|ive got|i have got|i have|i got)`;
// Not the other leg's ("…below the outside of the knee on my good leg", "…on the other side").
const notTheOtherLeg = String.raw`(?!,?\s+(?:(?:on|in|of) ${whose} (?:other|good|left|right|dog's|dogs)\b|on the (?:other|left|right)\b|that i didn't))`;
const belowTheOutsideOfTheKnee = String.raw`(?:just )?(?:below|under) (?:the outside of ${whose} knee(?![\s-]?cap)\b|${whose} knee on the outside\b(?! of))`;
const spotOnFibularHead = String.raw`${toldAsThere} (?:a |an )?(?:(?:really|very|quite|super|small|little) )*${tender} (?:spot|point|area|place) on (?:the |my )?(?:bony|bone|knobbly) ${bump} ${belowTheOutsideOfTheKnee}${notTheOtherLeg}`;

export const tendernessRules: PhraseRule[] = [
  {
    field: "tenderPatellaOnly",
    pattern: new RegExp(
      String.raw`\b${onlyWord} (?:the |my |on the |over the |on my )?${kneecap}(?:'s| is| itself)?(?: \w+){0,1}? ${tender}\b|\b${tender} (?:only|just) (?:on|over|at) (?:the |my )?${kneecap}\b`,
    ),
  },
  // "Really sore right on the kneecap when I press it": the bone is tender to press, whether or
  // not only there is asked (unsure, the unsafe answer).
  {
    field: "tenderPatellaOnly",
    pattern: new RegExp(
      String.raw`\b${tender} (?:right |directly )?(?:on|over) (?:the |my |his |her )?${kneecap}(?: itself)? (?:when|if) (?:i|you|we|he|she|they) (?:press|push|touch|prod)`,
    ),
    value: "unsure",
    negated: "skip",
  },
  // "The kneecap is really sore to touch", "the kneecap is tender and…": tender to press, told of
  // the kneecap itself ("sore when I run", "tender going downstairs" are pain on a movement).
  {
    field: "tenderPatellaOnly",
    pattern: new RegExp(
      String.raw`(?<!\b(?:under|below|above|beside|around|round|behind|near|of) (?:the |my |his |her )?)\b${kneecap}(?:'s| is| feels| was)? (?:really |very |quite |so |a bit |super |extremely )?(?:tender(?=\s*(?:[.,;!?]|$)|\s+(?:and|but)\b)|(?:tender|sore|painful) (?:to (?:the )?(?:touch|press)|when (?:i|you|we|he|she|they) (?:press|push|touch|prod)))`,
    ),
    value: "unsure",
    negated: "skip",
  },
  {
    field: "tenderFibularHead",
    pattern: new RegExp(
      String.raw`\b${fibularHead}(?:'s| is| are| feels)?(?: \w+){0,2}? ${tender}\b|\b${tender} (?:on|over|at) (?:the |my )?${fibularHead}|${spotOnFibularHead}|\b${tender} (?:bony|bone) (?:${bump}|spot|point) (?:just )?(?:below|under) the outside of ${whose} knee\b`,
    ),
  },
];
