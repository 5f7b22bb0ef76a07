import { describe, it } from "vitest";
import { check, NONE, type Row } from "./extract-check.js";

// Issue 15, thirty-second round: what the reader read wrongly in the round's stories, each kept
// with a case it must leave alone.

describe("a relative who took the writer to A&E is not the patient", () => {
  // "My husband drove me to A&E, knee ballooned…, I'm 68 and on warfarin": the writer was taken
  // for care, so the knee told with no owner is theirs, and their age and warfarin count.
  it.each<Row>([
    ["my husband drove me to A&E, knee ballooned, can't put weight on it, I'm 68 and on warfarin", "anticoagulants", "yes"],
    ["my husband drove me to A&E, knee ballooned, can't put weight on it, I'm 68 and on warfarin", "walkFourStepsNow", "no"],
    ["My daughter took me to the hospital last night, knee swelled up straight away and I'm on apixaban", "anticoagulants", "yes"],
    // The relative's own leg told, or told of as he/she: still theirs.
    ["my husband drove me to A&E with his knee, it ballooned and he can't put weight on it, he's on warfarin", "anticoagulants", "yes"],
    ["My dad took me to A&E years ago for my asthma. Now his knee has ballooned and he can't put weight on it, I'm 40", "age", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("'my arthritic knee' is the writer's own knee", () => {
  // A word before "knee" other than left/right/bad/sore hid that the knee was the writer's: a
  // husband who "says it's just a flare" then took the story, and the writer's injection and
  // fever were dropped (an emergency read as same day).
  it.each<Row>([
    ["I had a steroid injection in my arthritic knee six weeks ago. It's gone hot and swollen and I'm shivery. My husband says it's a flare and to sleep it off, I'm scared I'll lose the leg", "recentSurgeryOrInjection", "yes"],
    ["I had a steroid injection in my arthritic knee six weeks ago. It's gone hot and swollen and I'm shivery. My husband says it's a flare and to sleep it off, I'm scared I'll lose the leg", "feverOrUnwell", "yes"],
    ["My dodgy knee is swollen again and my wife thinks I should rest the leg, I'm 72 and on warfarin", "anticoagulants", "yes"],
    // Someone else's knee, possessive or not, stays theirs.
    ["my husband's arthritic knee is hot and swollen and he can't walk on it, I'm on warfarin", "anticoagulants", NONE],
    ["my partners dodgy knee is hot and swollen and he can't walk on it, I'm 70", "age", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("a numb groin or trouble going to the loo is a cauda equina sign", () => {
  it.each<Row>([
    ["back pain going down my leg and the area around my groin feels weirdly numb", "saddleNumbnessOrBladder", "yes"],
    ["my back's been bad for weeks, pain into my bum and leg, and I've had a bit of trouble going to the loo", "saddleNumbnessOrBladder", "yes"],
    ["sciatica down my leg and my groin has gone numb", "saddleNumbnessOrBladder", "yes"],
    // A sore or tight groin, or a knee that makes the loo hard to reach, is not.
    ["my groin feels tight and my knee aches after football", "saddleNumbnessOrBladder", NONE],
    ["I have trouble getting to the loo at night because my knee is so stiff", "saddleNumbnessOrBladder", NONE],
    ["trouble going to the loo since my knee op, I can't bend it enough to sit down", "saddleNumbnessOrBladder", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("swelled up 'really big', 'really fast'", () => {
  it.each<Row>([
    ["Bashed my knee on the car door yesterday and it swelled up really big really fast", "rapidSwelling", "yes"],
    ["Bashed my knee on the car door yesterday and it swelled up really big really fast", "swelling", "marked"],
    ["fell off my bike on Sunday and the knee swelled up massive straight away", "rapidSwelling", "yes"],
    ["my knee swelled up really big after the match", "swelling", "marked"],
    // Slowly, or a toe, is not.
    ["banged my knee on Monday and it swelled up really big over the next few days", "rapidSwelling", "no"],
    ["knee aches and I've got a swollen big toe", "swelling", "mild"],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});
