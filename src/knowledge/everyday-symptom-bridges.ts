import { knockedOnTheHead } from "./everyday-activity-bridges.js";
import type { Bridge } from "./everyday-word-bridges.js";

// Everyday words for symptoms, injuries and signs ("puffed up like a balloon", "gave out", "keeps
// me up at night", "banged it"): the articles' words for the same thing. See
// everyday-word-bridges.ts for what a bridge is and the rule for adding one.

export const symptomBridges: Bridge[] = [
  {
    // A knee that bends only part way: the warning sign "can't bend the knee to a right angle".
    visitor: ["45 degrees", "halfway", "half way", "nowhere near 90", "not even 90", "past 90", "to 90", "90 degrees"],
    article: ["bend", "right", "angle"],
  },
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
      "from under me",
      "from underneath me",
      "from under him",
      "from under her",
    ],
    article: ["gives", "way", "unstable"],
  },
  { visitor: ["feverish", "temperature", "shivery", "shivering"], article: ["fever", "chills"] },
  // "The thigh on my bad leg is skinnier": the articles' thigh muscle that is smaller or shrinks.
  {
    visitor: ["skinnier", "thinner", "shrunk", "shrunken", "shrinking"],
    article: ["smaller", "shrink"],
    unless: ["blood thinner", "blood thinners", "thinner soles", "thinner sole"],
  },
  // "pins and needles down my shin" is the articles' tingling, not dry needling.
  {
    visitor: ["pins and needles", "pins n needles", "pins & needles", "pins-and-needles"],
    article: ["tingling"],
    articleWordsOnly: true,
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
      "crepitus",
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
  {
    visitor: ["wear and tear", "worn out", "bone on bone", "degenerative", "degeneration"],
    article: ["osteoarthritis", "worn"],
  },
  {
    visitor: ["hyperextend", "hyperextends", "hyperextension", "bends backwards", "bend backwards", "goes backwards"],
    article: ["past", "straight"],
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
  {
    visitor: ["banged", "bang", "knocked", "hit it", "walked into"],
    article: ["blow", "injury"],
    notInside: knockedOnTheHead,
  },
  {
    visitor: ["pivoted", "tripped", "tripped over", "landed awkwardly", "landed badly", "went over on", "jarred"],
    article: ["twist", "injury"],
  },
  {
    visitor: ["plays up", "playing up", "played up", "acts up", "acting up", "acted up"],
    article: ["returns", "coming", "back"],
  },
  {
    visitor: ["twinge", "twinges", "twinging", "niggle", "niggles", "niggly", "achy", "throbbing", "throbs", "throb"],
    article: ["ache", "pain"],
  },
  { visitor: ["knee cap", "knee caps"], article: ["kneecap"] },
  {
    visitor: ["warfarin", "apixaban", "rivaroxaban", "edoxaban", "dabigatran", "anticoagulant", "anticoagulants"],
    article: ["blood", "thinners"],
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
];
