import { stemOfToken, tokenize } from "./text-terms.js";

// Everyday words and phrases visitors use for things the articles name differently: "frozen
// peas" is a cold pack, "kt tape" is taping, "keeps me up at night" is night pain. A phrase in a
// question adds the article's words to the search as one alternative, so a passage that uses
// either the visitor's word or the article's covers that part of the question. Only bridges to
// words the articles really use, and only where the meaning is the same: a bridge never
// guesses at a different topic ("heat" is not "ice", "swimming" is not "keeping active").

interface Bridge {
  /** Visitor phrases, matched as whole words in order (stop words included). */
  visitor: string[];
  /** Words the articles use for the same thing. */
  article: string[];
  /** Words that give the phrase another meaning: a "pop" when you twist a knee is an injury, not a noisy joint. */
  unless?: string[];
}

const bridges: Bridge[] = [
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
      "pause",
    ],
    article: ["rest", "cut", "back", "keep", "active"],
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
  { visitor: ["puffy", "puffed", "balloon", "swelled", "swelling", "fluid on"], article: ["swollen", "puffs"] },
  {
    visitor: [
      "give out",
      "gives out",
      "gave out",
      "giving out",
      "give way",
      "gives way",
      "gave way",
      "giving way",
      "buckle",
      "buckles",
      "buckled",
      "buckling",
    ],
    article: ["gives", "way", "unstable"],
  },
  { visitor: ["feverish", "temperature", "shivery", "shivering"], article: ["fever", "chills"] },
  {
    visitor: ["movie", "movies", "film", "cinema", "theatre", "theater", "desk", "long drive", "flight"],
    article: ["sitting"],
  },
  {
    visitor: [
      "clicky",
      "clicking",
      "crunch",
      "crunches",
      "crunchy",
      "crunching",
      "crack",
      "cracks",
      "cracking",
      "creak",
      "creaks",
      "creaky",
      "grating",
      "pop",
      "pops",
      "popping",
      "noise",
      "noises",
      "noisy",
      "snap",
      "snaps",
      "snapping",
      "crackle",
      "crackles",
      "crackling",
      "crackly",
      "rice krispies",
    ],
    article: ["clicking", "grinding"],
    unless: [
      "twisted",
      "twisting",
      "pivoted",
      "pivoting",
      "fell",
      "fall",
      "landed",
      "landing",
      "tripped",
      "tackled",
      "injury",
      "injured",
      "hurt it",
    ],
  },
  {
    visitor: ["popped out", "pops out", "popping out", "dislocated", "dislocates", "out of place"],
    article: ["slipped", "out", "place"],
  },
  { visitor: ["trainers", "sneakers", "running shoes"], article: ["shoes"] },
  { visitor: ["bum", "butt", "buttock", "buttocks", "backside"], article: ["glutes"] },
  {
    visitor: ["wear and tear", "worn out", "bone on bone", "degenerative", "degeneration"],
    article: ["osteoarthritis", "worn"],
  },
  {
    visitor: ["on my toes", "on your toes", "on the toes", "forefoot", "tiptoe", "tiptoes", "balls of my feet"],
    article: ["balls", "feet", "calves"],
  },
  {
    visitor: [
      "cave in",
      "caves in",
      "caving in",
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
    visitor: ["hyperextend", "hyperextends", "hyperextension", "bends backwards", "bend backwards", "goes backwards"],
    article: ["past", "straight"],
  },
  {
    visitor: ["son", "daughter", "kid", "kids", "teen", "teens", "teenager", "teenage", "boy", "girl"],
    article: ["child", "teenager"],
  },
  {
    visitor: [
      "keeps me up",
      "keep me up",
      "keeping me up",
      "keeps me awake",
      "wakes me up",
      "wake up at night",
      "cant sleep",
      "awake at night",
    ],
    article: ["night"],
  },
  {
    visitor: ["put weight on", "putting weight on", "bear weight", "weight bear", "weight bearing", "stand on it"],
    article: ["four", "steps"],
  },
  { visitor: ["banged", "bang", "knocked", "hit it", "walked into"], article: ["blow", "injury"] },
  {
    visitor: ["pivoted", "tripped", "tripped over", "landed awkwardly", "landed badly", "went over on", "jarred"],
    article: ["twist", "injury"],
  },
  { visitor: ["downhill", "down hill", "down hills", "descent", "descents", "descending"], article: ["stairs"] },
  { visitor: ["downstairs", "upstairs", "staircase", "steps up", "flight of steps"], article: ["stairs"] },
  {
    visitor: ["plays up", "playing up", "played up", "acts up", "acting up", "acted up"],
    article: ["returns", "coming", "back"],
  },
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
  {
    visitor: ["twinge", "twinges", "twinging", "niggle", "niggles", "niggly", "achy", "throbbing", "throbs", "throb"],
    article: ["ache", "pain"],
  },
  { visitor: ["knee cap", "knee caps"], article: ["kneecap"] },
  { visitor: ["pt", "pts", "physiotherapist", "physiotherapists"], article: ["physical", "therapist"] },
  { visitor: ["gp", "doc", "dr"], article: ["doctor"] },
  {
    visitor: ["emergency room", "er", "a&e", "a and e", "casualty", "hospital", "walk in"],
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
  {
    visitor: [
      "coming back",
      "come back",
      "comes back",
      "came back",
      "keeps returning",
      "recur",
      "recurs",
      "recurring",
      "flare up",
      "flares up",
      "flaring up",
      "flared up",
    ],
    article: ["returns", "coming", "back"],
  },
  { visitor: ["mileage", "miles", "km", "kilometres", "kilometers", "distance"], article: ["mileage", "distance"] },
];

// Every word is compared by its stem, with stop words kept, so "popped out" and "keeps me up"
// still match as phrases.
const stemsOf = (text: string) => tokenize(text).map(stemOfToken);

const compiled = bridges.map((bridge) => ({
  phrases: bridge.visitor.map(stemsOf).sort((left, right) => right.length - left.length),
  article: bridge.article,
  unless: (bridge.unless ?? []).map(stemsOf),
}));

function phraseAt(words: readonly string[], phrase: readonly string[], start: number): boolean {
  return phrase.every((word, offset) => words[start + offset] === word);
}

export interface Expansion {
  /** Positions (in the question's stemmed words) the visitor phrase covered. */
  positions: number[];
  /** Article words to search for as well (plain words; the index stems them). */
  articleWords: string[];
}

/** Article words for the everyday phrases in a question; `words` is the question's stems, stop words kept. */
export function everydayExpansions(words: readonly string[]): Expansion[] {
  const expansions: Expansion[] = [];
  for (const bridge of compiled) {
    if (bridge.unless.some((phrase) => words.some((_word, start) => phraseAt(words, phrase, start)))) continue;
    const positions = new Set<number>();
    for (const phrase of bridge.phrases) {
      for (let start = 0; start + phrase.length <= words.length; start++) {
        if (phrase.every((word, offset) => words[start + offset] === word))
          for (let offset = 0; offset < phrase.length; offset++) positions.add(start + offset);
      }
    }
    if (positions.size > 0) expansions.push({ positions: [...positions], articleWords: bridge.article });
  }
  return expansions;
}
