import { describe, it } from "vitest";
import { check, NONE, type Row } from "./extract-check.js";

// Issue 15, thirty-second round: what the reader read wrongly in the round's stories, each kept
// with a case it must leave alone.

describe("a relative who took the writer to A&E is not yet read as taking the patient (review: taken back)", () => {
  // Tried in the thirty-second round: "my husband drove me to A&E, knee ballooned… I'm 68 and on
  // warfarin" as the writer's own knee, narrowed four times. Each review still found someone else's
  // fall recorded as the writer's: a flatmate, a boss, a lodger, "DD", "bubba", a child brought along.
  it.each<Row>([
    [
      "my husband drove me to A&E with his knee, it ballooned and he can't put weight on it, he's on warfarin",
      "anticoagulants",
      "yes",
    ],
    [
      "My dad took me to A&E years ago for my asthma. Now his knee has ballooned and he can't put weight on it, I'm 40",
      "age",
      NONE,
    ],
    [
      "My husband drove me to A&E last night then fell getting out of the car, knee swelled up massive really fast, can't walk, I'm on warfarin",
      "anticoagulants",
      NONE,
    ],
    [
      "my husband drove me to A&E because DD fell off the trampoline, knee is massive and bent funny, I'm 38",
      "age",
      NONE,
    ],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("an injection 'in my arthritic knee' is not yet read (review: taken back)", () => {
  // Tried in the thirty-second round: where the message does not name the relative as "my husband",
  // a carer's own injection was read as the patient's, beside the husband's hot knee.
  it.each<Row>([
    [
      "Husband fell, knee hot and swollen. I had an injection in my stiff knee yesterday so I can't drive him",
      "recentSurgeryOrInjection",
      NONE,
    ],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("'my arthritic knee' is not yet the writer's own knee (review: taken back)", () => {
  // Tried in the thirty-second round: a word such as "arthritic", "dodgy" or "stiff" before "knee"
  // as the writer's own knee. Carers and parents name their own knee in passing ("I can't lift him
  // with my arthritic knee"), and the relative's emergency was dropped with it.
  it.each<Row>([
    [
      "My husband fell off the ladder an hour ago, he can't stand and his knee is massive. I can't lift him with my arthritic knee.",
      "walkFourStepsNow",
      "no",
    ],
    [
      "My mum is 82, her knee is red hot and swollen and she has a fever of 39. I look after her but my stiff knees make it hard.",
      "age",
      82,
    ],
    ["my husband's arthritic knee is hot and swollen and he can't walk on it, I'm on warfarin", "anticoagulants", NONE],
    ["my partners dodgy knee is hot and swollen and he can't walk on it, I'm 70", "age", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("swelled up 'really big really fast' after an injury is rapid", () => {
  it.each<Row>([
    ["Bashed my knee on the car door yesterday and it swelled up really big really fast", "rapidSwelling", "yes"],
    ["fell off my bike on Sunday and the knee swelled up massive straight away", "rapidSwelling", "yes"],
    // Slowly, a bruise or an ankle is not.
    ["banged my knee on Monday and it swelled up really big over the next few days", "rapidSwelling", "no"],
    ["twisted it skiing, the bruise came up big straight away but no swelling", "rapidSwelling", NONE],
    ["twisted my knee, my ankle swelled up massive straight away", "rapidSwelling", NONE],
    ["twisted my knee, it swelled up big fast the next day", "rapidSwelling", "no"],
    ["I twisted my knee playing squash, it swelled up really big really fast the day after", "rapidSwelling", NONE],
    [
      "twisted it, didnt swell much at first. Two days later it swelled up really big really fast",
      "rapidSwelling",
      NONE,
    ],
    ["If I twist it again and it swelled up really big really fast should I go to A&E?", "rapidSwelling", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("'really big' is not yet marked swelling (review: taken back)", () => {
  // Tried in the thirty-second round: "blew up massive" is weight gain or an argument, "swelled up
  // really big" a past episode or a thigh.
  it.each<Row>([
    ["I've blown up massive since I stopped running and now my knees ache", "swelling", NONE],
    ["my knee swelled up massive, it's fine now, gone down completely", "swelling", "mild"],
    ["my thigh puffed up really big after the kick, knee stiff", "swelling", "mild"],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("review: a relative's story stays theirs", () => {
  // Found in review of the first readings: any word before "knee"/"legs", and a lift to A&E with
  // another person named, took a relative's story from them.
  it.each<Row>([
    [
      "I'm on my last legs looking after dad, he fell yesterday, his knee is huge and he's on warfarin, he's 88",
      "anticoagulants",
      "yes",
    ],
    ["my players knee swelled up straight away after a tackle, she can't put weight on it, she's 16", "age", 16],
    ["my father-in-laws knee ballooned after a fall, he can't weight bear, he's on apixaban", "anticoagulants", "yes"],
    ["husband took me to A&E, my daughter 10 knee swollen after fall, cant walk", "walkFourStepsNow", "no"],
    [
      "my husband took me to A&E for my stitches last night, daughters knee swelled up straight away at gymnastics, cant weight bear, daughter is 12",
      "walkFourStepsNow",
      NONE,
    ],
    [
      "my daughter drove me to A&E after mum fell, knee ballooned, can't put weight on it, 84 on warfarin",
      "anticoagulants",
      NONE,
    ],
    ["my bf drove me to a&e with my 6yo, fell off trampoline, knee swollen cant walk", "walkFourStepsNow", "no"],
    ["My husband drove me to A&E with my lad (14), knee swollen after rugby, can't weight bear", "age", 14],
    ["My boss drove me to A&E, my son fell at school, knee huge, can't put weight on it", "walkFourStepsNow", "no"],
    [
      "My wife drove me to A&E with Jack who fell off the climbing frame, knee swollen, refusing to walk, I'm 45",
      "age",
      NONE,
    ],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});
