import { describe, it } from "vitest";
import { check, NONE, type Row } from "./extract-check.js";

// Issue 15, thirty-fifth round: what the reader read wrongly in the round's stories (families of
// parents and grandparents aged 75-95, people with hypermobile knees, festival-goers), each kept
// with a case it must leave alone. "(review)" marks a case a review found wrong on the commit it
// reviewed.

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
    ["fell on the kerb and my knee ballooned in a couple of hours", "rapidSwelling", "yes"],
    ["banged my knee, it swelled up massive within an hour", "rapidSwelling", "yes"],
    // Left alone: a time to come, a what-if, days later, and a past episode.
    ["twisted my knee, I'll check whether it has swollen in an hour", "rapidSwelling", NONE],
    ["twisted my knee, if it swells up in an hour should I worry?", "rapidSwelling", NONE],
    ["twisted my knee on Saturday and it swelled up in two days", "rapidSwelling", NONE],
    ["twisted my knee last year and it swelled up in an hour, this time it's just sore", "rapidSwelling", NONE],
    // (review) Someone else's knee, another part, the bump on it, a what-if, last time, a sleep, no reason.
    ["My husband fell and his knee blew up in an hour. I just have a sore knee from running", "rapidSwelling", NONE],
    ["fell over, my lip swelled up in an hour, knee fine", "rapidSwelling", NONE],
    ["fell and hurt my knee, the bump on it swelled up in an hour", "rapidSwelling", NONE],
    [
      "Twisted my knee, the doctor said if it had swelled up in an hour that would be a ligament",
      "rapidSwelling",
      NONE,
    ],
    ["Fell on my knee. Last time it swelled up in an hour, this time nothing", "rapidSwelling", NONE],
    ["fell asleep on the sofa with my leg bent, knee swelled up in an hour", "rapidSwelling", NONE],
    ["I injured my back last week. Today my knee swelled up in an hour for no reason", "rapidSwelling", NONE],
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
    ["I'm currently on blood thinners after a stroke a few years ago", "anticoagulants", "yes"],
    // Kept: "since" already told it goes on now.
    ["im on apixaban since a DVT two years ago", "anticoagulants", "yes"],
    // Left alone: a medicine taken then, or stopped.
    ["I was on warfarin after a clot last year", "anticoagulants", NONE],
    ["I'm on warfarin after a clot last year but not anymore", "anticoagulants", NONE],
    ["I came off warfarin last year", "anticoagulants", NONE],
    // (review) "I've been on", often a past course, and a tense slip.
    [
      "I've been on warfarin in the past but not for years. Twisted my knee yesterday and it's swollen",
      "anticoagulants",
      NONE,
    ],
    ["im on warfarin when i was pregnant 10 years ago. knee swollen after fall", "anticoagulants", NONE],
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
    ["I went down awkwardly in training and my kneecap is sitting way over on the outside", "deformity", "yes"],
    // Left alone: swelling that went down, a kneecap that tracks to the outside.
    ["the swelling went down but my kneecap is sitting way over to the outside when I squat", "deformity", NONE],
    [
      "went down the stairs fine, my kneecap sits way off to the outside, the physio says it's my tracking",
      "deformity",
      NONE,
    ],
    // (review) Swelling, the lights or a team that went down.
    ["My kneecap is sitting way over to the outside. The swelling slowly went down during the week", "deformity", NONE],
    ["kneecap sitting way off to the side, the lights went down during the show and I stood up", "deformity", NONE],
    ["My kneecap is sitting way off to the side. Our team went down in the game 3-0, gutted", "deformity", NONE],
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
    // Left alone: a kneecap that only moves sideways.
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
    // (review) A lid that got really stuck, a what-if, last year.
    ["the lid got really stuck so I bent down and pulled, knee twinged", "locked", NONE],
    ["if my knee got properly stuck half bent should I go to A&E?", "locked", NONE],
    ["my knee got properly stuck half bent last year, fine since", "locked", NONE],
  ])("%s → %s %s", check);
});

describe("a relative's breath and numbness", () => {
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
    // Left alone: a denial, and someone who is not the patient.
    ["my mum's knee is swollen but she can get her breath fine", "breathlessOrChestPain", NONE],
    ["my knee hurts, my baby has been wetting herself at night", "saddleNumbnessOrBladder", NONE],
    // (review: a relative's "wetting herself", "lost control of her bladder" and "couldn't catch her
    // breath" were tried and taken back; only the numbness and "can't get her breath" now are kept)
    [
      "My mate pissed himself laughing when I came off the skateboard, knee is swollen and sore",
      "saddleNumbnessOrBladder",
      NONE,
    ],
    ["My son (7) fell at school and grazed his knee, he was so upset he wet himself", "saddleNumbnessOrBladder", NONE],
    [
      "My mum has lost control of her bladder since her stroke years ago. her knee is sore after a fall today",
      "saddleNumbnessOrBladder",
      NONE,
    ],
    [
      "my daughter (9) fell off the trampoline and hurt her knee, she was crying so hard she couldn't catch her breath",
      "breathlessOrChestPain",
      NONE,
    ],
    [
      "my son ran the cross country and can't catch his breath at the end, now his knee hurts",
      "breathlessOrChestPain",
      NONE,
    ],
  ])("%s → %s %s", check);
});

describe("a relative's walking with a frame, and a gashed knee", () => {
  // Held-out 172's father "can only manage a step or two with the frame"; held-out 90's "mum gashed
  // her knee open on the step, looks deep" (E-OPEN-WOUND): "gashed" tells of a relative's knee now.
  it.each<Row>([
    ["my dad had a fall, he can only manage a step or two with the frame", "walkFourStepsNow", "no"],
    ["my mum gashed her knee open on the step, looks deep", "openWound", "yes"],
    // The writer's own, with a friend named beside it (steps alone were tried as telling whose leg,
    // and made held-out 81's mate the patient).
    [
      "twisted my knee on the rocks, my mate held me up back to the car but I can't manage more than a couple of steps on my own",
      "walkFourStepsNow",
      "no",
    ],
    // Left alone: a parent's old operation, a relative's cut finger beside the writer's knee.
    ["my mum had a knee replacement that got infected years ago, my knee is just stiff", "openWound", NONE],
    ["Mum cut her finger on the bread knife and my knee aches from kneeling to help her", "openWound", NONE],
  ])("%s → %s %s", check);
});

describe("the writer's own facts with Mum or Dad named (review: a parent called by name was taken back)", () => {
  // "Dad fell this morning and he can't put weight on it" and held-out 172's "Got a call from dads
  // care home…" were tried as naming the parent without "my"; review found the writer's own fever,
  // age, warfarin and walking dropped wherever a parent was named and a he or she came later.
  it.each<Row>([
    [
      "Worried about Dad. I'm 55, knee swollen and hot, fever since yesterday, he's in hospital",
      "feverOrUnwell",
      "yes",
    ],
    [
      "Mum is 65 and she's been brilliant. I'm 35, twisted knee at five-a-side, can't put any weight on it.",
      "walkFourStepsNow",
      "no",
    ],
    [
      "Im 15, got tackled at footy and knee swelled up straight away, cant straighten it. Dad says walk it off, he played pro",
      "rapidSwelling",
      "yes",
    ],
    ["Mum's worried because I'm 72 and on warfarin. knee swelled up after a fall, she is staying with me", "age", 72],
  ])("%s → %s %s", check);
});
