import type { IntakeField } from "../intake-schema.js";

// Messages that between them touch every topic of the extractor, for warmUpExtractor().
export const warmUpSamples: ReadonlyArray<[string, IntakeField[]]> = [
  ["I'm 62 and fell off a ladder 2 hours ago, can't put weight on it, my foot is cold and numb", []],
  ["34yo runner, left knee pain for 3 weeks, no injury, worse on stairs and downhill, 6/10, getting better", []],
  ["my 7 year old son has been limping and today he won't walk at all, his hip and groin hurt too", []],
  [
    "twisted it playing football on Saturday, it swelled up straight away and gave way twice, clicks but doesn't hurt",
    [],
  ],
  ["had surgery 5 weeks ago, the scar is red and leaking, I have a fever and feel unwell, knee is hot", []],
  ["I'm on warfarin and diabetic, had cancer years ago, lost weight without trying, hard lump on my shin", []],
  ["my kneecap popped out and went back in, first time, it's locked and I can't straighten or bend it", []],
  ["chest pain and short of breath, calf is swollen and tight, pain is unbearable, numb between my legs", []],
  ["my back hurts and it shoots down my leg, I can't lift my leg, it wakes me up at night, wrists swollen", []],
  ["fell yesterday morning, sore since mid October, worse since christmas, since the 20th, about a 4", []],
  ["I am not sure", ["anticoagulants"]],
  ["fifty three", ["age"]],
  ["since last tuesday", ["daysSinceOnset"]],
  ["about a 6", ["painScore"]],
  ["none of these", ["footColdPale", "numbnessTingling", "footWeakness"]],
  ["the left one, a little puffy", ["side"]],
];
