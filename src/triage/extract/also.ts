import type { MatchContext, RuleValue } from "./matcher.js";

// Pain said once for two places: "my knee hurts and so does my groin", "my calf too", "pain
// in my knee and calf". The place named second has what the first has, so these phrases
// count only where the sentence says what that is (pain, swelling).

const whose = String.raw`(?:my |the |his |her |their |both |one )?`;

/** The patterns for `part` (a regex alternative such as "calf|calves") named as "too". */
export function alsoPattern(part: string): string {
  const place = String.raw`(?:${part})`;
  return [
    String.raw`\b(?:so|as) (?:does|do|is|are) ${whose}${place}\b`,
    String.raw`\b(?:also|plus) (?:in )?${whose}${place}\b(?!\s+(?:replacement|surgery|operation|is fine|are fine|is ok|is okay|is normal))`,
    String.raw`\band ${whose}${place} (?:too|as well|also)\b`,
    String.raw`\b(?:pain|pains|ache|aching|soreness|swelling|tenderness|hurts?|hurting|sore|swollen|tightness) (?:in|around|at|of) ${whose}(?:knee|knees|leg|legs|thigh|thighs|shin|ankle|back|arm|neck|head) (?:and|&|as well as|plus) ${whose}${place}\b`,
  ].join("|");
}

const painWords =
  /\b(?:pain|pains|painful|hurts?|hurting|aches?|aching|achy|sore|soreness|swollen|swelling|tender|tight|tightness|throbbing|agony|killing)\b/;

/** `value` when the sentence says what hurts; otherwise the phrase says nothing. */
export function whenPainSaid(value: RuleValue) {
  return (context: MatchContext): RuleValue | undefined => (painWords.test(context.sentence.text) ? value : undefined);
}
