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

import { symptomBridges } from "./everyday-symptom-bridges.js";

/** Words for what to do and where: rest, keeping active, kit, care, places and sports. */
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
  {
    visitor: [
      "carry on",
      "carrying on",
      "continue",
      "continuing",
      "keep going",
      "push through",
      "pushing through",
      "run through",
      "running through",
      "still run",
      "still go",
      "keep training",
      "keep it up",
    ],
    article: ["keep", "active"],
  },
  {
    visitor: [
      "complete break",
      "take a break",
      "taking a break",
      "time off",
      "stop completely",
      "stop running",
      "give up running",
      "quit running",
      "push on",
      "pushing on",
      "quit",
      "quitting",
      "pause",
    ],
    article: ["rest", "cut", "back", "keep", "active"],
  },
  {
    // Starting again after a break: the advice on building back up.
    visitor: [
      "get going again",
      "start running again",
      "get back to running",
      "get back into running",
      "go back to running",
      "return to running",
      "back to running",
      "back into running",
      "ease back in",
      "ease back into",
      "get back into it",
      "getting back into it",
      "get back out there",
    ],
    article: ["build", "back", "gradually", "progress"],
  },
  {
    // How long until it is better: the articles' recovery time.
    visitor: [
      "go away",
      "goes away",
      "going away",
      "clear up",
      "clears up",
      "settle down",
      "settles down",
      "take to heal",
    ],
    article: ["recovery", "time"],
    articleWordsOnly: true,
  },
  {
    visitor: [
      "give up",
      "giving up",
      "gave up",
      "give it up",
      "pack it in",
      "pack it all in",
      "packed it in",
      "pack in running",
      "pack running in",
      "pack in the running",
      "pack the running in",
    ],
    article: ["rest", "cut", "back", "keep", "active"],
    articleWordsOnly: true,
  },
  {
    // Whether to carry on with an activity, in visitors' words ("skip my long run", "cancel the trip", "ease off").
    visitor: [
      "skip",
      "skipping",
      "miss",
      "missing",
      "cancel",
      "cancelling",
      "sit out",
      "pull out",
      "stop all",
      "stop everything",
      "stop exercising",
      "stop exercise",
      "stop training",
      "stop hiking",
      "stop walking",
      "keep walking",
      "keep hiking",
      "keep exercising",
      "keep doing",
      "still do",
      "still race",
      "still hike",
      "still walk",
      "still play",
      "lay off",
      "ease off",
      "back off",
      "cut down",
      "cut back",
    ],
    article: ["keep", "active", "cut", "back"],
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
      "bandage",
      "tubigrip",
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
    ],
    article: ["collapsing", "valgus", "inward"],
  },
  {
    visitor: ["son", "daughter", "kid", "kids", "teen", "teens", "teenager", "teenage", "boy", "girl"],
    article: ["child", "teenager"],
  },
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
  { visitor: ["looked at", "checked out", "seen to", "get it checked", "seen by"], article: ["assessment", "checked"] },
  { visitor: ["pt", "pts", "physiotherapist", "physiotherapists"], article: ["physical", "therapist"] },
  { visitor: ["gp", "doc", "dr"], article: ["doctor"] },
  {
    visitor: ["emergency room", "er", "a&e", "a and e", "casualty", "hospital", "walk in", "999"],
    article: ["emergency", "urgent"],
  },
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
    ],
    article: ["assessment", "examination"],
  },
  { visitor: ["mileage", "miles", "km", "kilometres", "kilometers", "distance"], article: ["mileage", "distance"] },
];

export const bridges: Bridge[] = [...careBridges, ...symptomBridges];
