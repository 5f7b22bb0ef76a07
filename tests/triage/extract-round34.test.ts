import { describe, it } from "vitest";
import { check, NONE, type Row } from "./extract-check.js";

// Issue 15, thirty-fourth round: what the reader read wrongly in the round's stories (court players
// who jump and pivot, dog owners and walkers, musicians), each kept with a case it must leave alone.

describe("'can't put that foot down' is not walking now", () => {
  // Held-out 167: pulled over by a big dog, the knee twisted under her, "i still cant put that
  // foot down… managed maybe two hops": read as self-care, with no word of walking.
  it.each<Row>([
    [
      "i went flat on the wet grass and my knee twisted right under me. i still cant put that foot down",
      "walkFourStepsNow",
      "no",
    ],
    ["twisted my knee on the kerb and now I can't put this foot down at all", "walkFourStepsNow", "no"],
    ["i cant put my foot down", "walkFourStepsNow", "no"],
    // Left alone: a foot that can be put down, a foot put down on someone.
    ["twisted my knee yesterday but I can put that foot down fine now", "walkFourStepsNow", NONE],
    ["knee aches after runs. my wife says I can't put my foot down with the kids", "walkFourStepsNow", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("carried away after the injury is not walking right after it", () => {
  // Held-out 167: "hubby had to more or less carry me to the car".
  it.each<Row>([
    [
      "the dog pulled me over and my knee twisted. hubby had to more or less carry me to the car",
      "walkFourStepsImmediately",
      "no",
    ],
    ["fell off the ladder onto my knee, my son had to carry me inside", "walkFourStepsImmediately", "no"],
    // Left alone: carrying something or someone else, a what-if.
    ["my knee aches since I had to carry the dog to the car after her op", "walkFourStepsImmediately", NONE],
    ["if I twist it again someone will have to carry me home", "walkFourStepsImmediately", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("a hedged bend short of halfway is no right angle", () => {
  // Held-out 166: "i can't bend it much past maybe halfway" after going down on the knee.
  it.each<Row>([
    ["slipped on a wet spot and went down on my knee. i can't bend it much past maybe halfway", "flexTo90", "no"],
    ["fell on it at training, cant bend it past like halfway", "flexTo90", "no"],
    // Left alone: bending past halfway.
    ["fell on it at training, i can bend it past maybe halfway now and further each day", "flexTo90", "yes"],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("a tender spot on the bony bit below the outside of the knee is the fibular head", () => {
  // Held-out 166: "a really tender spot on the bony bit just below the outside of the knee".
  it.each<Row>([
    [
      "went down on my knee. theres a really tender spot on the bony bit just below the outside of the knee",
      "tenderFibularHead",
      "yes",
    ],
    ["fell on my knee, sore point on the bony bump just below my knee on the outside", "tenderFibularHead", "yes"],
    // Left alone: a tender spot somewhere else.
    ["fell on my knee, tender spot on the inside of the knee", "tenderFibularHead", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("'55 and still playing' opening a message is the writer's age", () => {
  // Held-out 166: "55 and still playing rec league. slipped on a wet spot and went down on my
  // knee": at 55 an injury is an X-ray question (U-OTTAWA).
  it.each<Row>([
    ["55 and still playing rec league. slipped on a wet spot and went down on my knee", "age", 55],
    ["62 and still running marathons, twisted my knee on a trail yesterday", "age", 62],
    // Left alone: a count, a score, a number that is no age.
    ["12 and still hurting after the match, is that normal?", "age", NONE],
    ["knee pain for months. 55 and still playing though", "age", NONE],
    ["10 and still swelling after every run", "age", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("'one of the dads on my team' is the patient a coach writes about", () => {
  // Held-out 166: a coach writes of a player on blood thinners who "took a knock to the knee at
  // training and within about an hour it had swelled up massively": the bleeding rule was never
  // met, because his knock and his swelling were read as nobody's.
  it.each<Row>([
    [
      "One of the dads on my team is on blood thinners. he took a knock to the knee at training and within about an hour it had swelled up massively. as the coach what should i be telling him to do?",
      "rapidSwelling",
      "yes",
    ],
    [
      "One of the dads on my team is on blood thinners. he took a knock to the knee at training and within about an hour it had swelled up massively. as the coach what should i be telling him to do?",
      "anticoagulants",
      "yes",
    ],
    [
      "one of the lads in my squad twisted his knee in training and now he can't put weight on it",
      "walkFourStepsNow",
      "no",
    ],
    // "my own knee" is the writer's, with a relative told before it (found beside this round's
    // stories: the knock and the swelling were read as nobody's).
    [
      "my dad had a knee op last year. my own knee swelled up within an hour of a knock tonight",
      "rapidSwelling",
      "yes",
    ],
    // Left alone: the writer's own knee, with someone from the team told beside it.
    [
      "one of the dads on my team had a knee op last year. my own knee swelled up within an hour of a knock tonight",
      "rapidSwelling",
      "yes",
    ],
    ["one of the mums at the club said I should ice it. my knee aches after netball", "walkFourStepsNow", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});
