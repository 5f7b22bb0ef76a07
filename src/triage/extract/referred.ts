import { alsoPattern, whenPainSaid } from "./also.js";
import { uncertain, type PhraseRule } from "./matcher.js";

// Pain from elsewhere: the hip or groin (R-REFERRED, and in a child, E/U-CHILD-HIP), and back
// pain that spreads down the leg. Back pain that is not said to spread is asked.

const painWords = String.raw`(?:pain|pains|hurts?|hurting|aches?|aching|achy|sore|painful|too|as well|also|is bad|is killing me|is playing up)`;

const whose = String.raw`(?:my |the |his |her |their |both )?`;
const hip = String.raw`(?:hip|hips|groin)`;

// "Something shoots from my butt down the back of my leg", "travels from my lower back down into
// my thigh": pain spreading from the back or buttock down the leg (not a worry that it will). The
// knowledge search reads the same words as a sign the articles send for an assessment.
export const spreadsFromTheBack = String.raw`(?<!\b(?:will|might|could|would|may)(?: it)? )\b(?:shoots?|shooting|radiates?|radiating|travels?|travelling|traveling|spreads?|spreading) (?:from|out of) (?:my |the )?(?:lower back|back|buttocks?|bum|butt|spine) (?:all the way )?(?:down(?: into)?|into) (?:the (?:back|side|front|outside) of )?(?:my |the )?(?:leg|legs|thigh|calf|foot)\b`;

export const referredRules: PhraseRule[] = [
  {
    field: "hipOrGroinPain",
    pattern: /\b(?:hip|hips|groin)(?: and (?:hip|hips|groin))? (?:is|are|feels|feel) (?:fine|ok|okay|normal|alright)\b/,
    value: "no",
    negated: "skip",
  },
  {
    field: "hipOrGroinPain",
    pattern: /\b(?:neither|nor) (?:does|do|is|are) (?:my |the |his |her |their )?(?:hip|hips|groin)\b/,
    value: "no",
    selfNegated: true,
    negated: "skip",
  },
  // "And so does my groin", "my hip too", "pain in my knee and hip", "not sure if it's her hip".
  { field: "hipOrGroinPain", pattern: new RegExp(alsoPattern("hip|hips|groin")), value: whenPainSaid("yes") },
  // "My hip doesn't hurt but my groin does": "does" stands for the pain said before it.
  {
    field: "hipOrGroinPain",
    pattern: /\b(?:my|the|his|her|their) (?:hip|hips|groin) (?:does|do)\b(?!n't| not)/,
    value: whenPainSaid("yes"),
  },
  {
    field: "hipOrGroinPain",
    pattern: new RegExp(
      String.raw`\b(?:it's|it is|its|might be|may be|could be|coming from) ${whose}${hip}\b(?!\s+replacement)`,
    ),
  },
  // "Hip and knee both ache", "pain in his groin", "pain is in my hip and the knee on the same side".
  {
    field: "hipOrGroinPain",
    pattern: new RegExp(
      String.raw`\b(?:hip|hips|groin)\b(?:[\s/,&]+(?!replacement)[a-z']+){0,3}?[\s/,&]+${painWords}\b|\b(?:hip|hips|groin) and (?:my|his|her|their|the) knees? (?:both |also |too |as well )?${painWords}\b|\b(?:pain|pains|ache|aching|soreness|hurts?|hurting|sore)(?: is| are|'s)? (?:in|around|at|from) ${whose}(?:hip|hips|groin)\b(?!\s+replacement)`,
    ),
  },
  {
    field: "backPainRadiating",
    pattern: /\bback (?:is |'s )?(?:fine|ok|okay|alright|normal)\b/,
    value: "no",
    negated: "skip",
  },
  {
    field: "backPainRadiating",
    pattern: new RegExp(
      String.raw`\bsciatica\b|\bsciatic (?:nerve|pain)\b|\btrapped nerve (?:in my back|in my spine)\b|(?<!\b(?:came|come|comes|coming|went|go|goes|going|bring|brought|brings) )(?!(?<=\b(?:got|get|gets|getting) )back (?:from|home|to)\b)\b(?:back|buttock|buttocks|bum|lower back|spine)\b(?!\s+of\s+(?:my|the|his|her|their)\s+(?:knee|knees|leg|legs|thigh|calf|calves))(?:[\s,]+[a-z']+){0,6}?\s+(?:shoots?|shooting|radiates?|radiating|goes|going|travels?|travelling|traveling|spreads?|spreading|runs?|running)\s+(?:all the way\s+)?(?:down|into|to)\s+(?:(?:down\s+)?into\s+)?(?:(?:my |the )?(?:bum|butt|buttocks?|glutes?) and (?:down )?)?(?:the (?:back|side|front|outside) of\s+)?(?:my |the )?(?:leg|legs|thigh|knee|calf|foot)\b|\b(?:shooting|radiating|electric) pains? (?:down|into) (?:my |the )?(?:leg|thigh|calf|foot)\b|\b(?:shooting|radiating|electric|sharp|burning) pains? from (?:my |the )?(?:lower back|back|buttocks?|bum|spine)\b(?:\s+[a-z']+){0,2}?\s+(?:down|into|to) (?:my |the )?(?:leg|legs|thigh|knee|calf|foot|back of my leg|back of the leg)\b|\bpain (?:shoots|radiates|travels|spreads|goes) (?:down|from) (?:my |the )?(?:back|buttock|bum)\b|${spreadsFromTheBack}`,
    ),
  },
  { field: "backPainRadiating", pattern: new RegExp(alsoPattern("back|lower back")), value: whenPainSaid(uncertain) },
  {
    field: "backPainRadiating",
    pattern:
      /\b(?:back pain|bad back|back problems?|back hurts|back is sore|sore back|back ache|backache|slipped disc|herniated disc|bulging disc|disc problems?|trapped nerve)\b/,
    value: uncertain,
    negated: "no",
  },
];
