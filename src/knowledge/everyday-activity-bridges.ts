import type { Bridge } from "./everyday-word-bridges.js";

// Everyday words for carrying on, resting, stopping and starting again: the articles answer
// them in their activity advice (keep active, cut back, build back up gradually) and their
// recovery time. Listed with the other bridges in everyday-word-bridges.ts, in this order.

/** "Knock it on the head": to stop doing something (the knock bridge leaves it alone). */
export const knockedOnTheHead = [
  "knock it on the head",
  "knock them on the head",
  "knock em on the head",
  "knock the exercises on the head",
  "knock the exercise on the head",
  "knock the stretches on the head",
  "knocked it on the head",
  "knocked them on the head",
];

export const activityBridges: Bridge[] = [
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
      // Another sport while the knee settles: the advice to keep active in comfortable ways.
      "swap my runs",
      "swap running for",
      "swap runs",
      "instead of running",
      "instead of my runs",
    ],
    article: ["keep", "active"],
    // "my knee keeps going from under me" is the knee giving way, not carrying on.
    unless: ["going from under", "going out from under", "going from underneath"],
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
  // "can I ditch the exercises once it stops hurting?": the articles' "a short course to drop".
  { visitor: ["ditch", "ditching", "ditched", "bin off", "bin them off"], article: ["drop"] },
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
  // "Can I knock the exercises on the head now?": stop doing them, no blow to the head.
  { visitor: knockedOnTheHead, article: ["drop", "stop"], articleWordsOnly: true },
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
];
