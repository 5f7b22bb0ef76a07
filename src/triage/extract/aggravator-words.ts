import type { aggravatorValues } from "../intake-schema.js";

export type Aggravator = (typeof aggravatorValues)[number];

// The words for each aggravator of spec §3. Order matters only for overlap: "going down
// stairs" is stairs, not downhill.
export const aggravatorWords: ReadonlyArray<[Aggravator, RegExp]> = [
  ["stairs", /\b(?:stairs|steps|staircase|upstairs|downstairs|step ups?)\b/],
  [
    "downhill",
    /\b(?:downhill|down ?hills?|down slopes?|descending(?! stairs)|going down(?! ?stairs| the stairs| steps)|walking down(?! ?stairs| the stairs| steps)|running down(?! ?stairs))\b/,
  ],
  ["squatting", /\b(?:squat(?:s|ting)?|crouch(?:ing|es)?|bending down|deep bend(?:ing|s)?|lunges?|lunging)\b/],
  ["kneeling", /\b(?:kneel(?:ing|s)?|on my knees)\b/],
  ["running", /\b(?:run|runs|running|jog|jogs|jogging|sprint(?:s|ing)?)\b/],
  ["sitting", /\b(?:sitting|sit|sat|driving|long drives?|desk|cinema|getting up from a chair)\b/],
  ["jumping", /\b(?:jump(?:s|ing)?|landing|hopping|hops?|plyometrics?|skipping)\b/],
  ["twisting", /\b(?:twist(?:s|ing)?|pivot(?:s|ing)?|turning|changing direction|cutting)\b/],
  ["walking", /\b(?:walk|walks|walking|long walks?|hiking)\b(?!\s+(?:down|up)\b)/],
];
