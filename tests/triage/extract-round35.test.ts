import { describe, it } from "vitest";
import { check, NONE, type Row } from "./extract-check.js";

// Issue 15, thirty-fifth round: what the reader read wrongly in the round's stories (families of
// parents and grandparents aged 75-95, people with hypermobile knees, festival-goers), each kept
// with a case it must leave alone.

describe("a knee that swelled up in about an hour swelled fast", () => {
  // Held-out 174: on warfarin, knee whacked on a barrier at a gig, "its swelled up massive in like
  // an hour": read as self-care, the fast swelling lost (E-BLEED).
  it.each<Row>([
    [
      "im on warfarin and whacked my knee on the barrier at a gig, its swelled up massive in like an hour",
      "rapidSwelling",
      "yes",
    ],
    ["twisted my knee and it swelled up in an hour", "rapidSwelling", "yes"],
    ["twisted my knee at netball, it swelled up in about an hour", "rapidSwelling", "yes"],
    ["fell on the ice and my knee ballooned in a couple of hours", "rapidSwelling", "yes"],
    ["banged my knee, it swelled up massive within an hour", "rapidSwelling", "yes"],
    // Left alone: a time to come, a what-if, days later, and a past episode.
    ["twisted my knee, I'll check whether it has swollen in an hour", "rapidSwelling", NONE],
    ["twisted my knee, if it swells up in an hour should I worry?", "rapidSwelling", NONE],
    ["twisted my knee on Saturday and it swelled up in two days", "rapidSwelling", NONE],
    ["twisted my knee last year and it swelled up in an hour, this time it's just sore", "rapidSwelling", NONE],
  ])("%s → %s %s", check);
});

describe("on warfarin after a clot last year is on warfarin now", () => {
  // Held-out 173: "I'm on warfarin after a clot last year… twisted the knee and within an hour its
  // swollen right up": "last year" dated the clot, and the warfarin was lost (E-BLEED read lower).
  it.each<Row>([
    [
      "I'm on warfarin after a clot last year (got EDS too). Slipped on wet tiles this morning",
      "anticoagulants",
      "yes",
    ],
    // Kept: "since" already told it goes on now.
    ["im on apixaban since a DVT two years ago", "anticoagulants", "yes"],
    ["I've been on blood thinners after a stroke a few years ago", "anticoagulants", "yes"],
    // Left alone: a medicine taken then, or stopped.
    ["I was on warfarin after a clot last year", "anticoagulants", NONE],
    ["I'm on warfarin after a clot last year but not anymore", "anticoagulants", NONE],
    ["I came off warfarin last year", "anticoagulants", NONE],
  ])("%s → %s %s", check);
});

describe("a kneecap sitting way off to the outside after going down at football is out", () => {
  // Held-out 173: a 15-year-old "went down at football, his kneecap is sitting way off to the
  // outside and he cant stand on it at all": read as urgent, the kneecap out (E-DEFORMITY) lost.
  it.each<Row>([
    [
      "My 15 yo son went down at football, his kneecap is sitting way off to the outside and he cant stand on it at all",
      "deformity",
      "yes",
    ],
    ["went down awkwardly in training and my kneecap is sitting way over on the outside", "deformity", "yes"],
    // Left alone: swelling that went down, a kneecap that tracks to the outside.
    ["the swelling went down but my kneecap is sitting way over to the outside when I squat", "deformity", NONE],
    [
      "went down the stairs fine, my kneecap sits way off to the outside, the physio says it's my tracking",
      "deformity",
      NONE,
    ],
  ])("%s → %s %s", check);
});

describe("a kneecap that popped out sideways and straight back in, the first time", () => {
  // Held-out 174: "kneecap popped out sideways and straight back in while i was dancing last
  // night, never happened before": read as self-care (U-PATELLA-FIRST).
  it.each<Row>([
    [
      "kneecap popped out sideways and straight back in while i was dancing last night, never happened before",
      "patellaDislocation",
      "went_back_first_time",
    ],
    [
      "my kneecap slipped out to the side and right back in, it's happened loads of times",
      "patellaDislocation",
      "recurrent",
    ],
    // Left alone: a kneecap that only moves sideways, and a pop that is no kneecap.
    ["my kneecap moves sideways and back when I push it, is that normal?", "patellaDislocation", NONE],
  ])("%s → %s %s", check);
});

describe("a knee that got properly stuck half bent", () => {
  // Held-out 173: "this morning it got properly stuck half bent and I couldn't straighten it for
  // about ten minutes, had to wiggle it till something clunked": read as self-care (U-LOCKED).
  it.each<Row>([
    [
      "Mine's been catching for a few weeks, but this morning it got properly stuck half bent and I couldn't straighten it for about ten minutes",
      "locked",
      "unsure",
    ],
    ["this morning it got really stuck half bent on the stairs", "locked", "unsure"],
    // Left alone: stuck somewhere, not stuck bent.
    ["I got properly stuck in traffic and my knee ached when I bent it", "locked", NONE],
  ])("%s → %s %s", check);
});

describe("a relative's breath, bladder and numbness", () => {
  // Held-out 172: "she says she can't get her breath properly" beside a puffy, sore calf (E-PE), and
  // "she's gone numb around her bottom and has started wetting herself" (E-CAUDA), read lower.
  it.each<Row>([
    [
      "My grandmother (87) came home from hospital on Friday. Since then her right calf has been puffy and sore and the knee on that side aches. This evening she says she can't get her breath properly.",
      "breathlessOrChestPain",
      "yes",
    ],
    [
      "My mother has back problems and now as well as her knee pain she's gone numb around her bottom and has started wetting herself.",
      "saddleNumbnessOrBladder",
      "yes",
    ],
    ["my dad's knee is sore and he has lost control of his bladder", "saddleNumbnessOrBladder", "yes"],
    // Left alone: a denial, and someone who is not the patient.
    ["my mum's knee is swollen but she can get her breath fine", "breathlessOrChestPain", NONE],
    ["my knee hurts, my baby has been wetting herself at night", "saddleNumbnessOrBladder", NONE],
    [
      "my 3 year old's knee is swollen and she's wetting herself again, we're potty training",
      "saddleNumbnessOrBladder",
      NONE,
    ],
  ])("%s → %s %s", check);
});

describe("a parent named Mum or Dad without 'my', and a step or two with the frame", () => {
  // Held-out 172: "Got a call from dads care home, he had a fall… he can only manage a step or two
  // with the frame": read as self-care (E-CANNOT-WALK). "Dad fell this morning and he can't put
  // weight on it" lost the same emergency.
  it.each<Row>([
    [
      "Got a call from dads care home, he had a fall in the night going to the loo. He's 91 with dementia. They've sat him in his chair but he cries out when they try to stand him and he can only manage a step or two with the frame.",
      "walkFourStepsNow",
      "no",
    ],
    ["Dad fell this morning and he can't put weight on it", "walkFourStepsNow", "no"],
    ["Mum tripped on the rug and she can't stand on that leg", "walkFourStepsNow", "no"],
    ["my dad had a fall, he can only manage a step or two with the frame", "walkFourStepsNow", "no"],
    // The writer's own, with a friend named beside it (review of the story list: steps alone were
    // tried as telling whose leg, and made held-out 81's mate the patient).
    [
      "twisted my knee on the rocks, my mate held me up back to the car but I can't manage more than a couple of steps on my own",
      "walkFourStepsNow",
      "no",
    ],
    // Left alone: the writer's own knee, with a parent named beside it.
    [
      "I fell over Dad's walking frame, he can't put weight on his bad hip but my knee is just bruised",
      "walkFourStepsNow",
      NONE,
    ],
    ["I've got a dad bod and my knee aches, he can't walk far either", "walkFourStepsNow", NONE],
    [
      "Mum of 3 here, twisted my knee on the school run. My youngest can't walk yet so I carry him",
      "walkFourStepsNow",
      NONE,
    ],
  ])("%s → %s %s", check);
});

describe("a relative's gashed knee and age, told of them by name", () => {
  // Held-out 90 (read): "mum gashed her knee open on the step, looks deep" was read as her deep
  // wound only while Mum was no named person; named, "gashed" must tell of her knee now
  // (E-OPEN-WOUND). Held-out 55: "Mum (84) went down… and hurt her knee" gives her age (U-OTTAWA).
  it.each<Row>([
    ["mum gashed her knee open on the step, looks deep", "openWound", "yes"],
    ["my mum gashed her knee open on the step, looks deep", "openWound", "yes"],
    ["Mum (84) went down in the kitchen yesterday and hurt her knee, she's ok now", "age", 84],
    // Left alone: the writer's own knee, a parent's old operation.
    ["my mum had a knee replacement that got infected years ago, my knee is just stiff", "openWound", NONE],
    ["Mum cut her finger on the bread knife and my knee aches from kneeling to help her", "openWound", NONE],
  ])("%s → %s %s", check);
});

