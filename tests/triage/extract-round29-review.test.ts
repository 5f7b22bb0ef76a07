import { describe, it } from "vitest";
import { NONE, check, type Row } from "./extract-check.js";

// Issue 15, twenty-ninth round: what the review of the round's reader found it read wrongly, each
// kept so the readings stay narrow.

describe("an anticoagulant paused or beside 'off' is still taken (review)", () => {
  it.each<Row>([
    ["I'm off work on warfarin, fell on my knee this morning and it's really swollen", "anticoagulants", "yes"],
    [
      "I was off my Eliquis for 3 days for a tooth out, started it again yesterday, then fell on my knee",
      "anticoagulants",
      "yes",
    ],
    ["On a DOAC for AF. Whacked my knee on the coffee table an hour ago", "anticoagulants", "yes"],
    ["my dad is on a DOAC and I'm worried about my knee", "anticoagulants", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("a pop elsewhere, a crack on a squat, a bigger muscle (review)", () => {
  it.each<Row>([
    [
      "I felt a pop in my shoulder at the gym an hour ago, my knee's been swollen for weeks though",
      "rapidSwelling",
      NONE,
    ],
    [
      "heard a crack from my knee when I squatted at the gym, it's been an hour and it looks a bit swollen",
      "rapidSwelling",
      NONE,
    ],
    ["my quad is bigger then the other one from cycling", "swelling", NONE],
    [
      "felt a pop at wrestling practice, by the time i got home 2-3 hrs later it had swelled up huge, way bigger then the other knee",
      "swelling",
      "marked",
    ],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("pain down the leg that is not the back's (review)", () => {
  it.each<Row>([
    ["back of my knee hurts and it goes down into my calf", "backPainRadiating", NONE],
    ["I came back from a run and the pain runs down into my calf", "backPainRadiating", NONE],
    ["After leg day the ache spreads from my glutes down into my thigh, normal DOMS", "backPainRadiating", NONE],
    ["I'm worried the pain will spread from my back down into my leg like my mum's did", "backPainRadiating", NONE],
    [
      "knee pain plus my lower back, and something shoots from my butt down the back of my leg",
      "backPainRadiating",
      "yes",
    ],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});
