import { describe, it } from "vitest";
import { NONE, check, type Row } from "./extract-check.js";

// Issue 15, thirtieth round: what the review of the round's reader found it read wrongly, each
// kept so the readings stay taken back or narrow.

describe("a message opening with 'mum' is still the writer's own when they tell of themself (review)", () => {
  it.each<Row>([
    ["Mum made me write this. I'm 67, twisted it this morning, can't put weight on it", "walkFourStepsNow", "no"],
    ["Mum made me write this. I'm 67, twisted it this morning, can't put weight on it", "age", 67],
    [
      "Mum says it's arthritis. I'm 58, knee aches at night whatever I do, lost a stone without trying",
      "weightLoss",
      "yes",
    ],
    ["Mum of 3, 41, knee swollen and hot since yesterday and I feel shivery", "feverOrUnwell", "yes"],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("a knock that is unsure, long ago or no blow is no recent injury (review)", () => {
  it.each<Row>([
    [
      "My son (9) has been limping for 3 days and says his hip hurts, he might have had a knock at football but he's not sure",
      "injury",
      NONE,
    ],
    ["Had a knock in the nets on Sunday, batting, and my knee has been really swollen since", "injury", NONE],
    ["Got a knock on my knee playing hockey in '09. It's been really swollen this month", "injury", NONE],
    ["Been having a whack at the couch to 5k plan and my knee is really swollen", "injury", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("pain no position eases counts lying down, not sitting or gardening (review)", () => {
  it.each<Row>([
    ["I'm 45, my knee is sore whatever position I sit in at my desk during the day, fine at night", "nightPain", "no"],
    ["I'm 61, had breast cancer, aches whatever position I'm in when I garden, fine in bed", "nightPain", "no"],
    ["my knee is sore whatever position I sit in at my desk", "nightPain", NONE],
    ["my knee is sore no matter what position I'm in on the bike", "nightPain", NONE],
    ["It's painful no matter what position I am in, even lying down at night", "nightPain", "yes"],
    ["it hurts whatever position I lie in on the physio couch during exercises", "nightPain", NONE],
    ["knee hurts whatever position I'm in lying down, but only after long runs", "nightPain", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});
