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
    ["I got back from work and the pain shoots down into my calf", "backPainRadiating", NONE],
    ["I've got back pain that shoots down my leg and my knee aches", "backPainRadiating", "yes"],
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

describe("an 'if' question that tells the visitor's own signs is read (review)", () => {
  it.each<Row>([
    ["If my foot is cold and pale would that be an emergency?", "footColdPale", "yes"],
    ["If my knee locked this morning and won't straighten would that need surgery?", "locked", "yes"],
    ["if I fell on it this morning and it's swollen, would that be serious?", "injury", "yes"],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("a knee swollen after a game last night is swollen now (review)", () => {
  it.each<Row>([
    ["My knee is hot, red and swollen after hockey last night and I feel shivery", "swelling", "mild"],
    ["My knee's red hot and swollen after practice yesterday", "swelling", "mild"],
    ["my knee swells up after every hockey practice", "effusionAfterActivity", "yes"],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("the third pass: swelling told beside the habit, pain on the back, a worry, a right knee's pop (review)", () => {
  it.each<Row>([
    ["I'm on apixaban and my knee swells up after practice and it's really hot and swollen now", "swelling", "mild"],
    ["I have a pain on my back that shoots down my leg to my knee", "backPainRadiating", "yes"],
    ["I'm worried my back pain will spread down to my knee", "backPainRadiating", NONE],
    ["Could it spread from my back down into my leg?", "backPainRadiating", NONE],
    [
      "Felt a pop in my right knee at wrestling, by the time I got home 2-3 hrs later it was swollen",
      "rapidSwelling",
      "yes",
    ],
    ["His knee is bigger then the other", "swelling", "marked"],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});
