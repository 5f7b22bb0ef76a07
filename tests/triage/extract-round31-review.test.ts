import { describe, it } from "vitest";
import { ASKED, check, NONE, type Row } from "./extract-check.js";

// Issue 15, thirty-first round: what the review of the round's reader found it read wrongly, each
// kept so the readings stay taken back or narrow.

describe("texting words for people are not yet whose knee it is (review: taken back)", () => {
  // "pal", "bf", "hubby", "housemate"… as the patient's name dropped the writer's own story
  // wherever the writer did not say "my knee": a lift to A&E, a carry home, a diet called "gf".
  it.each<Row>([
    [
      "my pal drove me to A&E, knee ballooned and can't put weight on it. I'm 68 and on warfarin",
      "anticoagulants",
      "yes",
    ],
    [
      "my pal drove me to A&E, knee ballooned and can't put weight on it. I'm 68 and on warfarin",
      "walkFourStepsNow",
      "no",
    ],
    [
      "omg my bf literally had to carry me home, knee twisted at the club n its massive, cant walk on it",
      "swelling",
      "marked",
    ],
    [
      "Started my gf diet last month, knee is swollen and hot and I can't bend it, feel feverish",
      "feverOrUnwell",
      "yes",
    ],
    ["She came off her bike and can't walk, knee massive. Is buddy taping any use?", "walkFourStepsNow", "no"],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("'never happened to her before' is a first time only for her kneecap (review)", () => {
  it.each<Row>([
    [
      "my kneecap popped out and back in at dance class, my teacher said it never happened to her before in twenty years of teaching",
      "patellaDislocation",
      ASKED,
    ],
    [
      "Housemate twisted her knee dancing and her kneecap went out to the side and slid back in on its own, it's never happened to her before",
      "patellaDislocation",
      "went_back_first_time",
    ],
    [
      "My son's kneecap popped out and went back in. never happened to him before. He plays rugby regularly",
      "patellaDislocation",
      ASKED,
    ],
    [
      "My kneecap popped out and back in again today. I'm 16. My mum said it never happened to her before when she was my age but she had her knee done",
      "patellaDislocation",
      ASKED,
    ],
    [
      "kneecap popped out and went back in during training, my coach's knee did it too, never happened to him before",
      "patellaDislocation",
      ASKED,
    ],
    [
      "Kneecap went out and popped back in playing rugby, happens to me a lot. Tom's kneecap did it last week, never happened to him before",
      "patellaDislocation",
      ASKED,
    ],
    [
      "The kneecap on my right leg popped out and clicked back in. My sister's kneecap does it all the time, never happened to her before she was 20 tho",
      "patellaDislocation",
      ASKED,
    ],
    [
      "my kneecap popped out n went back in, 1st time ever. mum's gonna freak cos it never happened to her before",
      "patellaDislocation",
      "went_back_first_time",
    ],
    [
      "The kneecap slipped out and went back in on her own at gymnastics. I worry she'll be nervous to go back as it never happened to her before",
      "patellaDislocation",
      "went_back_first_time",
    ],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("swelling up a lot is not yet marked (review: taken back)", () => {
  // Tried in the thirty-first round: "swelling up a lot", then only "already swelling up a lot", as
  // marked. Swelling gone down, a habit after runs or by the evening, a fear, the past and a
  // partner's knee were raised to routine each time.
  it.each<Row>([
    ["it was swelling up a lot last week but it's gone right down now, just stiff", "swelling", "mild"],
    ["how do I stop it swelling up a lot after my long runs?", "swelling", "mild"],
    ["it's swelling up a lot less than yesterday, can walk fine now", "swelling", "mild"],
    ["my knee's swelling up a lot whenever I run more than 5k", "swelling", "mild"],
    ["its swelling up a lot during long runs then settles by morning", "swelling", "mild"],
    ["It used to be already swelling up a lot back when I played rugby, now it's just a bit achy", "swelling", "mild"],
    ["if it's already swelling up a lot tomorrow should I come in? at the moment it's fine", "swelling", "mild"],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("the writer helped ('drove me', 'took me') is not yet the patient (review: taken back)", () => {
  // Tried in the thirty-first round: "my husband drove me to A&E, knee ballooned…" as the writer's
  // own knee. A relative's fall told as "Dad fell" or "he can't get up" was not caught as their
  // leg, and "took me over an hour", "brought me up", "drove me up the wall" are no lift: the
  // relative's warfarin, fever and fall were dropped.
  it.each<Row>([
    [
      "My dad fell last night. It took me over an hour to get him off the floor. Knee is swollen like a balloon and he can't get up, he's on warfarin and 84.",
      "anticoagulants",
      "yes",
    ],
    [
      "Dad's had a fall. Mum rang and my husband drove me over. Dad is 79, the knee is swollen like a balloon and he can't get up off the floor, he is on warfarin",
      "anticoagulants",
      "yes",
    ],
    [
      "My nan brought me up so I look after her now. Nan fell in the garden this morning, the knee is twice its normal size and she cannot get up. She's on rivaroxaban.",
      "anticoagulants",
      "yes",
    ],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("'in an hour' is no rapid swelling on its own (review: taken back)", () => {
  // Tried in the thirty-first round: swelling "in an hour" after an injury as rapid. "The ambulance
  // came in an hour", "the pain went in an hour" and another person's knee raised harmless stories.
  it.each<Row>([
    [
      "My mum fell in the garden this morning, the ambulance came in an hour, her knee is sore but she's walking",
      "rapidSwelling",
      NONE,
    ],
    ["Slipped on the ice today, the swelling went in an hour with ice, I'm on warfarin", "rapidSwelling", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});
