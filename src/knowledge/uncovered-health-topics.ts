// Health topics the clinic's articles leave out: medicines, injections, operations, supplements
// and diet, scans, other conditions and other parts of the body, illnesses. Listed by kind; see
// uncovered-topic-words.ts for how they are used. Medicines and injections are in
// uncovered-medicine-topics.ts, other conditions in uncovered-condition-topics.ts.

import { conditionTopicWords } from "./uncovered-condition-topics.js";
import { medicineTopicWords } from "./uncovered-medicine-topics.js";

/** A stage of life told in a story is who is asking, not what (see below). */
export const LIFE_STAGES = "the menopause";
/** Whether knee trouble runs in families: counted only where asked about ("have mild OA (thanks genetics)… can I still run?"). */
export const HEREDITY = "whether it runs in families";
/** Bendy joints, legs of different lengths, and what is rubbed on a knee: counted only where asked about (see below). */
export const BUILD_AND_RUBS = "joints, legs and rubs";

export const healthTopicWords: Record<string, string[]> = {
  ...medicineTopicWords,
  operations: [
    "reconstruction",
    "reconstructed",
    "graft",
    "re tear",
    "re tearing",
    "get ready for it",
    "prepare for the op",
    "prehab",
    "surgery",
    "surgeon",
    "operation",
    "operate",
    "arthroscopy",
    "keyhole",
    "scope",
    "reconstruction",
    "replacement",
    "waiting list",
    "meniscectomy",
    "menisectomy",
    "meniscus trim",
    "meniscus repair",
  ],
  supplements: [
    "glucosamine",
    "chondroitin",
    "turmeric",
    "curcumin",
    "collagen",
    "fish oil",
    "omega",
    "vitamin",
    "vitamins",
    "supplement",
    "supplements",
    "cbd",
    "creatine",
    "calcium",
  ],
  // Scans the articles never discuss (an X-ray "may be needed" after an injury is a warning sign they list).
  scans: ["mri", "mris", "mri scan", "ultrasound", "ct scan"],
  "diet and weight": [
    "weight do i need to lose",
    "weight to lose",
    "weight would i need to lose",
    "weight to gain",
    "gain weight",
    "put on weight",
    "diet",
    "calorie",
    "calories",
    "protein",
    "eat",
    "eating",
    "food",
    "nutrition",
    "lose weight",
    "losing weight",
    // Whether losing some weight helps, asked ("will losing a bit of weight take the pressure off my
    // knees?"); not a plan to lose some told before an exercise question.
    "losing a bit of weight take",
    "losing a bit of weight help",
    "losing some weight take",
    "losing some weight help",
    "losing a little weight take",
    "losing a little weight help",
    "weight loss",
    "overweight",
    "kilos",
    "kilo",
    "kg",
    "pounds",
    "lbs",
    // Stones as a goal, not "lost a stone without trying" (a warning sign the articles list).
    "lose a stone",
    "losing a stone",
    "lose two stone",
    "losing two stone",
    ...[1, 2, 3, 4, 5].flatMap((stones) => [`lose ${stones} stone`, `losing ${stones} stone`]),
    "couple of stone",
    "few stone",
    // How much to lose, or how much weight matters, for the knees: the articles never say.
    "need to lose",
    "weight would i have to lose",
    "weight would i actually have to lose",
    "weight do i have to lose",
    "weight do i actually have to lose",
    "weight should i lose",
    "weight should i aim to lose",
    "weight do i need to lose",
    "needs to lose",
    "lose another stone",
    "lose a certain amount",
    "difference does weight make",
    "difference does weight really make",
    "difference does my weight make",
  ],
  ...conditionTopicWords,
  // "53 and menopausal… what could that be?": the menopause told in the story is who is asking;
  // asked about ("can the menopause cause knee pain?"), it is a topic the articles leave out
  // (uncovered-topics.ts askedOnly). A pregnancy or a recent birth is not told in passing: it
  // changes what exercise is safe and when, so it frames the questions like any condition ("16
  // weeks pregnant… is it safe to carry on with the runs?", "6 weeks postpartum. When can I run?").
  [LIFE_STAGES]: ["menopause", "perimenopause", "perimenopausal", "menopausal"],
  // Whether knee trouble runs in families, asked about ("is knee arthritis genetic?"); blamed in
  // passing ("mild OA in one knee (thanks genetics)… can I still run?") it is story.
  [HEREDITY]: [
    "run in families",
    "runs in families",
    "run in the family",
    "runs in the family",
    "hereditary",
    "genetic",
    "genetics",
  ],
  // One leg longer than the other, and a rub put on the knee: the articles say nothing of either.
  // Told in a story they are who is asking and what they have tried ("had arnica on it for weeks,
  // still swelling"), and the articles answer the rest; asked about ("can I put arnica on it?")
  // they are refused. "Heel lift" is not here: heels that lift on a squat are the ankle's
  // stiffness, which the articles do answer. Bendy joints are here only by the noun ("is
  // hypermobility something to worry about?"): told in a one-sentence story ("my son is double
  // jointed and his knee swelled up within an hour…") "hypermobile" or "double jointed" would
  // count as asked and refuse the same-day advice (review of the twenty-third round).
  [BUILD_AND_RUBS]: [
    "hypermobility",
    "leg length",
    "legs are different lengths",
    "leg is longer",
    "leg is shorter",
    "leg longer than",
    "leg shorter than",
    "leg is slightly longer",
    "leg is slightly shorter",
    "one leg shorter",
    "one leg longer",
    // "one of my legs is about 1cm longer than the other"
    "legs is longer",
    "legs is shorter",
    "legs is about",
    // "should I get a heel lift for my knee?": the insert bought, not heels that lift on a squat.
    "get a heel lift",
    "get a heel raise",
    "get a heel wedge",
    "get heel lifts",
    "short leg",
    "legs are uneven",
    // A lift put in one shoe for a short leg, not heels that lift on a squat (the ankle's stiffness)
    // nor heel raises done in trainers (an exercise).
    ...["heel lift", "heel raise", "heel wedge"].flatMap((insert) =>
      [
        "in my shoe",
        "in my work shoe",
        "in one shoe",
        "in my left shoe",
        "in my right shoe",
        "for my shorter leg",
        "for my short leg",
        "for a short leg",
        "for the shorter leg",
      ].map((shoe) => `${insert} ${shoe}`),
    ),
    // The insert put in a boot, not the heel itself ("my heel lifts in my boot when I squat" is the
    // stiff ankle).
    ...["a heel lift", "the heel lift", "wear heel lifts", "a heel raise", "a heel wedge"].flatMap((insert) =>
      ["boot", "boots", "work boots", "walking boots", "left boot", "right boot", "wellies"].flatMap((boot) => [
        `${insert} in my ${boot}`,
        `${insert} in one ${boot}`,
      ]),
    ),
    "arnica",
    "comfrey",
  ],
  "other body parts": [
    "achilles",
    "hip arthritis",
    "arthritis in my hip",
    "arthritis in his hip",
    "arthritis in her hip",
    "arthritic hip",
    "shoulder",
    "elbow",
    "wrist",
    "neck",
    "my back",
    "back pain",
    "lower back",
    "back hurts",
    "achilles",
    "my shins",
    "shin pain",
    "for my back",
    "for hands",
    "for my hands",
    "for the hands",
    "for my fingers",
    // A climber's finger, not the knee.
    "finger pulley",
    "pulley",
  ],
  illnesses: [
    "have a cold",
    "got a cold",
    "with a cold",
    "caught a cold",
    "had a cold",
    "the flu",
    "flu",
    "covid",
    "virus",
    "chest infection",
    "hay fever",
    // Treatment that weakens the immune system, and a failing heart: the articles say nothing of
    // exercising through them ("what should I do for a sore knee? I'm on chemo at the moment").
    "chemo",
    "chemotherapy",
    "immunosuppressants",
    "immunosuppressant",
    "transplant",
    "heart failure",
  ],
  // Flying with a sore knee (a swollen calf after a flight is a warning sign the articles list).
  travel: ["fly with", "flying with", "travel insurance"],
};

/**
 * An operation or a diagnosis the articles leave out, told anywhere in a story, is what every
 * question in it is about ("My father had a knee replacement 8 weeks ago. Wound healed nicely…
 * What is the normal timeline?"). Passing troubles (a sprain, a cramp) and people (a surgeon who
 * sent them to physio) are not.
 */
export const framesTheStory = new Set([
  "reconstruction",
  "reconstructed",
  "graft",
  "surgery",
  "operation",
  "arthroscopy",
  "keyhole",
  "scope",
  "replacement",
  "osgood",
  "schlatter",
  "osteochondritis",
  "chondromalacia",
  "cyst",
  "rheumatoid",
  "gout",
  "bursitis",
  "tendinitis",
  "tendonitis",
  "tendinopathy",
  "sciatica",
  "concussion",
  "concussed",
]);
