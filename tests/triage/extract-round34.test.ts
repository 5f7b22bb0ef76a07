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
    // Kept: "with the pain" is why the foot cannot go down (review: a "with" after "down" was tried
    // as being firm with someone, "can't put my foot down with the kids", and taken back).
    ["I can't put my foot down with the pain, my knee went sideways at football (review)", "walkFourStepsNow", "no"],
    ["she can't put her foot down with the pain, fell off the swing, she's 6 (review)", "walkFourStepsNow", "no"],
    // Left alone: a foot that can be put down, a foot on a pedal or put down flat.
    ["twisted my knee yesterday but I can put that foot down fine now", "walkFourStepsNow", NONE],
    [
      "can't put that foot down on the accelerator without my knee clicking, I drive for a living (review)",
      "walkFourStepsNow",
      NONE,
    ],
    ["I can't put that foot down flat, knee is too stiff after the op (review)", "walkFourStepsNow", NONE],
    ["since twisting my knee I can't put this foot down properly on the brake (review)", "walkFourStepsNow", NONE],
    [
      "knee swollen after a knock, I can't put that leg down or it throbs, so I keep it up on a cushion (review)",
      "walkFourStepsNow",
      NONE,
    ],
    [
      "I'm a parent and my knee hurts, but with my teenager I can't put that foot down and say no (review)",
      "walkFourStepsNow",
      NONE,
    ],
    // Only the writer's own ("i can't…"): not a horse, a rule, a foot on a pedal (review).
    [
      "lame horse: cant put that foot down. me: twisted my knee getting off him. swollen (review)",
      "walkFourStepsNow",
      NONE,
    ],
    [
      "netball rule: once you land you can't put that foot down. my knee hurts after pivoting (review)",
      "walkFourStepsNow",
      NONE,
    ],
    [
      "since twisting my knee I can't put that foot down at all on the clutch, so I've stopped driving (review)",
      "walkFourStepsNow",
      NONE,
    ],
    [
      "drummer here. knee aches. on the double bass pedal I just can't put that foot down. (review)",
      "walkFourStepsNow",
      NONE,
    ],
    [
      "Twisted my knee at football on Saturday. It's not like I can't put that foot down, it's just sore. (review)",
      "walkFourStepsNow",
      NONE,
    ],
    ["Had knee surgery 3 weeks ago. The surgeon says I can't put that foot down. (review)", "walkFourStepsNow", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("being carried is left to the interview (review: taken back)", () => {
  // Tried in the thirty-fourth round: "hubby had to more or less carry me to the car" (held-out 167)
  // as could not walk right after the injury. Review found a what-if and a night out read the same.
  it.each<Row>([
    [
      "they would have had to carry me home if it had been any worse but I hobbled back fine. Twisted my knee at football, swollen now",
      "walkFourStepsImmediately",
      NONE,
    ],
    [
      "my knee is fine really but my husband had to carry me to bed after the wedding lol",
      "walkFourStepsImmediately",
      NONE,
    ],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("a hedged bend short of halfway is no right angle", () => {
  // Held-out 166: "i can't bend it much past maybe halfway" after going down on the knee.
  it.each<Row>([
    ["slipped on a wet spot and went down on my knee. i can't bend it much past maybe halfway", "flexTo90", "no"],
    ["fell on it at training, cant bend it past like halfway", "flexTo90", "no"],
    // Left alone: bending past halfway, half a dozen times, halfway down a hill.
    ["fell on it at training, i can bend it past maybe halfway now and further each day", "flexTo90", "yes"],
    [
      "fell at training. I can't bend it much more than like half a dozen times before it starts clicking (review)",
      "flexTo90",
      NONE,
    ],
    ["fell at training. can't bend it far past like halfway down the hill before it aches (review)", "flexTo90", NONE],
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
    [
      "fell on my knee, I've got a sore point on the bony bump just below my knee on the outside",
      "tenderFibularHead",
      "yes",
    ],
    // Told as there, not felt for, asked about or wondered (review).
    [
      "the doctor felt for any tender spot on the bony bit just below the outside of the knee and found none. fell off bike (review)",
      "tenderFibularHead",
      NONE,
    ],
    [
      "if there was a tender spot on the bony bit just below the outside of the knee would you x-ray it? there isn't, I fell off a step (review)",
      "tenderFibularHead",
      NONE,
    ],
    [
      "fell. The doctor checked whether I've got a sore spot on the bony bit just below the outside of my knee and I haven't. (review)",
      "tenderFibularHead",
      NONE,
    ],
    [
      "fell. The dog's got a sore spot on the bony bit just below the outside of the knee too, poor thing. (review)",
      "tenderFibularHead",
      NONE,
    ],
    [
      "fell. There's a tender spot on the bony bit below my knee on the outside of my ankle. (review)",
      "tenderFibularHead",
      NONE,
    ],
    [
      "twisted my right knee at netball, swollen. There's a sore spot on the bony bit just below the outside of the knee on my good leg, from an old knock (review)",
      "tenderFibularHead",
      NONE,
    ],
    [
      "Twisted my knee. Do you think i've got a tender spot on the bony bit just below the outside of the knee? (review)",
      "tenderFibularHead",
      NONE,
    ],
    // Left alone: a tender spot somewhere else: the inside, by the ankle, below the kneecap or at the front.
    ["fell on my knee, tender spot on the inside of the knee", "tenderFibularHead", NONE],
    ["twisted my ankle, there's a tender spot on the fibula just above my ankle (review)", "tenderFibularHead", NONE],
    ["fell on my knee, sore spot on the bony bit below my knee at the front (review)", "tenderFibularHead", NONE],
    ["sore spot on the bony bit below my kneecap, I kneel a lot at work (review)", "tenderFibularHead", NONE],
    [
      "fell off my bike, sore spot on the bony bit just below the outside of my knee cap (review)",
      "tenderFibularHead",
      NONE,
    ],
    [
      "fell on my knee, the nurse checked for a tender spot on the bony bit just below the outside of the knee and there wasn't one (review)",
      "tenderFibularHead",
      NONE,
    ],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("'55 and still playing' is left to the interview (review: taken back)", () => {
  // Tried in the thirty-fourth round: "55 and still playing rec league" opening a message as the
  // writer's age (held-out 166). Review found a relative's age lost beside it and counts read as ages.
  it.each<Row>([
    [
      "62 and still running. My wife slipped on the ice yesterday and landed on her knee, she's 58, it's bruised",
      "age",
      58,
    ],
    ["40 and still at it, 40 years on the tools, fell off a ladder onto my knee yesterday", "age", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("'one of the players' and 'my own knee' keep their old reading (review: taken back)", () => {
  // Tried in the thirty-fourth round for held-out 166's coach ("One of the dads on my team is on
  // blood thinners. he took a knock to the knee… swelled up massively"): "one of the <people>" as
  // a person named, the "my" of their team not the writer's, and "my own knee" as the writer's.
  // Review found emergencies read as self-care: a coach writing in the past tense named the player
  // without making them the patient, so every fact was nobody's; the writer's own knock "from one of
  // the players" lost its swelling and warfarin; "my own knee is fine but my daughter's…" lost the
  // daughter.
  it.each<Row>([
    [
      "my own knee is fine but my daughter's is swollen and hot, she's 10 and has a temperature",
      "feverOrUnwell",
      "yes",
    ],
    ["it's not my own knee, it's my mum's - she fell and cant put weight on it, she's 88", "walkFourStepsNow", "no"],
    [
      "Took a knock from one of the players at training, knee swollen massively within an hour, on warfarin for my AF",
      "anticoagulants",
      "yes",
    ],
    [
      "One of the players on my squad has a swollen hot knee and a fever of 39, what do I do? I'm the coach",
      "hotRed",
      "yes",
    ],
    [
      "one of the players on my team keeps asking about this too. I'm 70, knee swells after tennis and I'm on warfarin",
      "age",
      70,
    ],
    [
      "my partner is one of the players on my team. knee swelled up after a fall at training, he's on warfarin",
      "anticoagulants",
      "yes",
    ],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});
