// Everyday words and phrases visitors use for things the articles name differently: "frozen
// peas" is a cold pack, "kt tape" is taping, "keeps me up at night" is night pain. A phrase in a
// question adds the article's words to the search as one alternative, so a passage that uses
// either the visitor's word or the article's covers that part of the question. Only bridges to
// words the articles really use, and only where the meaning is the same: a bridge never
// guesses at a different topic ("heat" is not "ice", "swimming" is not "keeping active").

export interface Bridge {
  /** Visitor phrases, matched as whole words in order (stop words included). */
  visitor: string[];
  /** Words the articles use for the same thing. */
  article: string[];
  /** Words that give the phrase another meaning: a "pop" when you twist a knee is an injury, not a noisy joint. */
  unless?: string[];
  /**
   * Whether the visitor's own words are searched no further: "give up netball" is about stopping,
   * and its "give" would otherwise find every knee that "gives way".
   */
  articleWordsOnly?: boolean;
}

import { activityBridges } from "./everyday-activity-bridges.js";
import { peopleAndPlaceBridges } from "./everyday-people-bridges.js";
import { symptomBridges } from "./everyday-symptom-bridges.js";

/**
 * Words for what to do and where: ice, kit, care, places and sports (carrying on, resting and
 * starting again are in everyday-activity-bridges.ts).
 */
const careBridges: Bridge[] = [
  {
    visitor: [
      "ice",
      "icing",
      "iced",
      "ice pack",
      "cold pack",
      "cold compress",
      "frozen peas",
      "bag of peas",
      "bag of frozen peas",
      "frozen veg",
      "frozen vegetables",
      "bag of frozen veg",
      "bag of ice",
      "cryotherapy",
      "cold therapy",
    ],
    article: ["ice", "cold", "pack"],
  },
  // "filmed me landing with my foot way out in front of me", "foot lands well ahead of my hips".
  {
    visitor: [
      "out in front of me",
      "way out in front",
      "far out in front",
      "too far in front",
      "in front of my body",
      "in front of my hips",
      "ahead of my body",
      "ahead of my hips",
      "ahead of me",
    ],
    article: ["overstriding"],
  },
  // Words a phone's voice typing hears wrong ("how do you do glue bridges", "roll over the need cap
  // with the phone roller", "exercises for runners need", "the first fizzy oh appointment"): the
  // words meant, and not the words heard.
  { visitor: ["glue bridge", "glue bridges"], article: ["glute", "bridges"], articleWordsOnly: true },
  { visitor: ["need cap"], article: ["kneecap"], articleWordsOnly: true },
  { visitor: ["runners need", "runner's need"], article: ["runners", "knee"], articleWordsOnly: true },
  { visitor: ["fizzy oh", "fizz ee oh", "fizzio"], article: ["physio"], articleWordsOnly: true },
  { visitor: ["phone roller", "phone rolling"], article: ["foam", "roller"], articleWordsOnly: true },
  // Yoga's bridge pose is the glute bridge the articles teach: lying on the back, lifting the hips.
  // "Full bridge" is the wheel, a backbend, not this.
  {
    visitor: ["bridge pose", "bridge poses"],
    article: ["glute", "bridges"],
    articleWordsOnly: true,
    unless: ["full bridge", "wheel"],
  },
  // "is icing it just hiding something serious?": easing the symptom, not its cause.
  { visitor: ["hiding", "hides", "masking", "masks", "covering up", "covers up"], article: ["symptom", "cause"] },
  // "8 out of 10 on the stairs now. serious enough?": whether it is bad enough to be seen.
  { visitor: ["serious enough", "severe enough"], article: ["book", "assessment"], articleWordsOnly: true },
  ...activityBridges,
  // Exercises from videos online are the articles' "generic exercises from the internet" ("my PT
  // and youtube say different things" is advice, not the exercises).
  {
    visitor: [
      "off youtube",
      "from youtube",
      "on youtube",
      "youtube exercises",
      "youtube knee exercises",
      "youtube videos",
      "youtube routine",
      "youtube routines",
      "off tiktok",
      "off the internet",
      "off the net",
      "online videos",
    ],
    article: ["internet"],
  },
  {
    visitor: ["hike", "hiking", "hikes", "hiked", "trek", "trekking", "hillwalking", "fell walking"],
    article: ["hiking", "walking"],
  },
  {
    visitor: [
      "brace",
      "braces",
      "sleeve",
      "sleeves",
      "strap",
      "straps",
      "support",
      "supports",
      "knee support",
      "knee supports",
      "kt tape",
      "kinesio",
      "kinesiology",
      // The technique, not the product ("where can I buy McConnell tape?").
      "mcconnell taping",
      "bandage",
      "tubigrip",
      // "would a neoprene knee sleeve help?": the material is the sleeve, not a word of its own.
      "neoprene sleeve",
      "neoprene sleeves",
      "neoprene knee sleeve",
      "neoprene knee sleeves",
      "neoprene support",
      "neoprene knee support",
      "neoprene brace",
      "neoprene knee brace",
    ],
    article: ["brace", "sleeve", "strap", "taping"],
  },
  { visitor: ["workout", "workouts", "program", "programme", "rehab"], article: ["exercises"] },
  { visitor: ["mri", "scan", "scans", "x ray", "xray", "imaging"], article: ["imaging", "examination"] },
  {
    visitor: ["movie", "movies", "film", "cinema", "theatre", "theater", "desk", "long drive", "flight"],
    article: ["sitting"],
  },
  { visitor: ["trainers", "sneakers", "running shoes"], article: ["shoes"] },
  { visitor: ["bum", "butt", "buttock", "buttocks", "backside"], article: ["glutes"] },
  {
    visitor: ["on my toes", "on your toes", "on the toes", "forefoot", "tiptoe", "tiptoes", "balls of my feet"],
    article: ["balls", "feet", "calves"],
  },
  {
    visitor: [
      "cave in",
      "caves in",
      "caving in",
      "folds in",
      "folds inwards",
      "fold inwards",
      "folding inwards",
      "bows inwards",
      "bow inwards",
      "goes inwards",
      "go inwards",
      "cave inwards",
      "caves inwards",
      "knock knees",
      "knock kneed",
      "roll in",
      "rolls in",
      "bend inwards",
      "bends inwards",
      "dives inwards",
      "dive inwards",
      "diving inwards",
      "drops in towards",
      "drop in towards",
      // Knees, not feet, that go in towards each other ("my feet turn in towards each other").
      "knees go towards each other",
      "knees go toward each other",
      "knees come towards each other",
      "knees come in towards each other",
      "knees move towards each other",
      "cave in towards",
      "cave in toward",
      "caves in towards",
      "fall in towards",
      "falls in towards",
      "fall right in towards",
      "falling in towards",
    ],
    article: ["collapsing", "valgus", "inward"],
  },
  // "My knees tend to knock inwards when I rise": knees that knock together are no knock to the knee.
  {
    visitor: ["knock inwards", "knocks inwards", "knocking inwards", "knock together", "knocking together"],
    article: ["collapsing", "valgus", "inward"],
    articleWordsOnly: true,
  },
  ...peopleAndPlaceBridges,
  { visitor: ["downhill", "down hill", "down hills", "descent", "descents", "descending"], article: ["stairs"] },
  { visitor: ["downstairs", "upstairs", "staircase", "steps up", "flight of steps"], article: ["stairs"] },
  {
    visitor: [
      "marathon",
      "marathons",
      "half marathon",
      "parkrun",
      "5k",
      "10k",
      "race",
      "races",
      "jog",
      "jogging",
      "couch to 5k",
      "c25k",
      "cross country",
      "xc",
    ],
    article: ["running"],
  },
  {
    visitor: ["football", "soccer", "rugby", "netball", "basketball", "hockey", "tennis", "sports"],
    article: ["sport"],
  },
  {
    visitor: ["overdo", "overdid", "overdoing", "overdone", "too much", "too soon", "too fast", "too quickly"],
    article: ["overload"],
  },
  { visitor: ["upped my", "upped the", "ramped up", "increased my", "doubled my"], article: ["jump"] },
  { visitor: ["inserts", "arch support", "arch supports", "footbeds", "insole"], article: ["insoles", "orthotics"] },
  {
    visitor: [
      "wreck",
      "wrecks",
      "wrecking",
      "ruin",
      "ruins",
      "ruining",
      "damage",
      "damaging",
      "harm",
      "harming",
      "destroy",
      "destroys",
      "wear out",
      "wears out",
      "wearing out",
      "wear it out",
      "wearing it out",
      "wear it down",
      "wearing it down",
      "wear them out",
      "wearing them out",
      "grind it down",
      "grinding it down",
      "grinding them down",
      "grinding down",
    ],
    article: ["damages", "bad"],
  },
  {
    visitor: [
      "work out if",
      "work out what",
      "find out if",
      "find out what",
      "diagnose",
      "diagnosed",
      "diagnosis",
      "tell if",
      "tell what",
      // "what do they actually do to figure it out, do they just poke it?": the clinician working it
      // out, not the visitor ("I'll figure it out myself", "it hurts when I just poke it").
      "do to figure it out",
      "they figure it out",
      "they figure out",
      "physio figure out",
      "physios figure out",
      "they just poke",
      "they just prod",
      "poke and prod",
      "prod and poke",
      // "why do physios always poke at your hip when it's the knee that hurts?": a clinician
      // examining it, not a visitor poking their own sore spot.
      ...["poke at your", "poking at your", "prod at your", "prodding at your"],
      ...["physio", "physios", "doctor", "therapist"].flatMap((who) =>
        ["poked", "pokes", "poke", "poking", "prodded", "prods", "prod", "prodding"].map((verb) => `${who} ${verb}`),
      ),
    ],
    article: ["assessment", "examination"],
  },
  { visitor: ["mileage", "miles", "km", "kilometres", "kilometers", "distance"], article: ["mileage", "distance"] },
];

export const bridges: Bridge[] = [...careBridges, ...symptomBridges];
