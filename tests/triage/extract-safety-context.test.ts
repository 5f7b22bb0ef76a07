import { describe, expect, it } from "vitest";
import { ASKED, NONE, check, monday, type Expected, type Row } from "./extract-check.js";
import { extractFacts } from "../../src/triage/extract/index.js";
import type { IntakeField } from "../../src/triage/intake-schema.js";
import { screenForEmergency } from "../../src/triage/screen.js";

// Wrong "no"s and "yes"es that would silently lower a triage level (continued from
// extract-safety.test.ts): a parent's report about their child dropped, pain elsewhere
// missed, a red scar read as a hot joint, two onsets blended. Each row names one field and
// the exact value, ASKED (uncertain: asked, never assumed) or NONE (not recorded at all).

describe("a parent or relative describing the patient", () => {
  it.each<Row>([
    ["my son is 12 and his knee is swollen", "age", 12],
    ["my son, 12, fell off his bike and hurt his knee", "age", 12],
    ["my daughter (9) twisted her knee", "age", 9],
    ["she's 15 and twisted her knee at netball", "age", 15],
    ["my mum fell and hurt her knee, she's 80", "age", 80],
    ["I'm 40 and my 7 year old son hurt his knee", "age", 7],
    ["my son plays football and hurt his knee", "injury", "yes"],
    ["my son is 12 and his knee is swollen and he can't walk", "walkFourStepsNow", "no"],
    ["my son's knee is hot and I think he has a fever", "feverOrUnwell", "yes"],
    ["my son hurt his knee, his foot is cold", "footColdPale", "yes"],
    ["my daughter hurt her knee and I can't tell if it's swollen", "swelling", ASKED],
    ["I'm 40, my son's knee hurts, I'm on warfarin", "anticoagulants", NONE],
    ["I'm 40, my son's knee hurts, I'm on warfarin", "age", NONE],
    ["my son's knee is hot and I have a fever", "feverOrUnwell", NONE],
    ["my son is 12 and I'm 40", "age", 40],
    ["my dad is on warfarin", "anticoagulants", NONE],
    ["my knee aches, my son plays football and hurt his knee", "injury", NONE],
    ["my husband is 60, fell off a ladder, his knee is huge and he can't walk", "age", 60],
    ["my husband fell off a ladder, he can't put weight on it", "walkFourStepsNow", "no"],
    ["he fell at school and hurt his knee, he's 10", "age", 10],
    ["my son's foot is cold", "footColdPale", "yes"],
    ["my boy (14) got tackled, says his foot feels numb", "numbnessTingling", "yes"],
    ["my dad had chest pain last year", "breathlessOrChestPain", NONE],
    ["my friend's foot went blue", "footColdPale", NONE],
    ["she can't feel her toes", "numbnessTingling", NONE],
    // An adult's history alone is background (spec §7.2); their knee now, or just hurt, is the patient's.
    ["my mum had a knee replacement that got infected", "hotRed", NONE],
    ["my mum's knee replacement is hot and red", "hotRed", "yes"],
    ["my gran had bone cancer in her leg", "cancerHistory", NONE],
    ["the physio said my partner's knee was swollen and hot", "hotRed", NONE],
    ["my partner's knee is swollen and hot", "hotRed", "yes"],
    ["my brother's kneecap dislocates all the time, runs in the family", "patellaDislocation", NONE],
    ["my brother's kneecap keeps dislocating", "patellaDislocation", "recurrent"],
    ["my daughter's knee was swollen after netball", "effusionAfterActivity", "yes"],
    // A child's present limp, told by a parent, is the limp the child questions ask about
    // (U-CHILD-HIP); a limp "a bit" or an adult's own limp is still asked.
    ["my daughter (9) has been limping for a week and says her hip hurts", "limp", "yes"],
    ["my little boy fell on the trampoline yesterday, he can walk but he's limping", "limp", "yes"],
    ["my son is 8 and he's limping a bit", "limp", ASKED],
    ["I'm limping", "limp", ASKED],
    ["my husband's knee is sore and he's limping", "limp", ASKED],
    // A child losing weight has no ordinary reason to: unexplained, unless a reason is given.
    ["my 6 year old keeps waking at night with knee pain, and he's lost weight", "weightLoss", "yes"],
    ["my husband's knee hurts at night and he's lost weight", "weightLoss", ASKED],
    ["my son's knee hurts and he's lost weight since he started dieting", "weightLoss", "no"],
    // Told an age, "he"/"she" is the patient; a child named with nobody else's knee in it is too.
    ["he's 12 and says it's a bit swollen", "swelling", "mild"],
    ["he's 12 and says it's a bit swollen", "age", 12],
    ["my daughter (14) says it's a 7 out of 10", "painScore", 7],
    ["my daughter (14) says it's a 7 out of 10", "age", 14],
    ["my dad says it's a 7 out of 10", "painScore", NONE],
    ["my son's knee is fine now, it's mine that hurts, I'm 44", "age", 44],
    ["my daughter is 30 and I'm 58, it's my knee that hurts", "age", 58],
    // Locking that has to be freed may be stuck when it happens: unsure (spec §1 principle 3).
    ["my 15-year-old's knee keeps locking and she has to wiggle it to free it", "locked", "unsure"],
    ["my knee keeps locking", "locked", "unsure"],
    ["it locks sometimes", "locked", ASKED],
    ["my knee kept locking years ago, not now", "locked", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });

  it.each<[string, IntakeField, Expected]>([
    ["he can't walk", "walkFourStepsNow", "no"],
    ["she's 12", "age", 12],
    ["my dad had one", "calfPainSwelling", NONE],
  ])('reads the reply "%s" to the %s question as %s', (text, field, expected) => {
    check(text, field, expected, [field]);
  });

  it('screens chest pain said as "so does my chest"', () => {
    expect(screenForEmergency("my knee hurts and so does my chest")).toMatchObject([
      { rule: "E-PE", answers: { breathlessOrChestPain: "yes" } },
    ]);
  });

  it("screens a child's emergency told by a parent", () => {
    expect(screenForEmergency("my son hurt his knee, his foot is cold")).toMatchObject([
      { rule: "E-VASCULAR", answers: { footColdPale: "yes" } },
    ]);
  });
});

describe("pain in the hip, groin, calf or chest as well", () => {
  it.each<Row>([
    ["I'm 17 and my knee hurts and so does my groin a bit", "hipOrGroinPain", "yes"],
    ["my knee aches, so does my hip", "hipOrGroinPain", "yes"],
    ["so does my hip", "hipOrGroinPain", NONE],
    ["my knee hurts and so does my calf", "calfPainSwelling", "yes"],
    ["pain in my knee and calf", "calfPainSwelling", "yes"],
    ["my knee is swollen and also my calf", "calfPainSwelling", "yes"],
    ["my knee hurts and so does my chest", "breathlessOrChestPain", "yes"],
    ["my knee hurts, also my chest is fine", "breathlessOrChestPain", "no"],
    ["my back hurts too", "backPainRadiating", ASKED],
    ["my hip hurts too", "hipOrGroinPain", "yes"],
    ["groin is sore as well", "hipOrGroinPain", "yes"],
    ["pain in my hip and groin", "hipOrGroinPain", "yes"],
    ["pain in my knee and hip", "hipOrGroinPain", "yes"],
    ["my knee hurts, also my hip", "hipOrGroinPain", "yes"],
    ["my knee hurts and my hip too", "hipOrGroinPain", "yes"],
    ["not sure if it's her hip, my daughter's knee hurts", "hipOrGroinPain", "unsure"],
    ["no hip pain", "hipOrGroinPain", "no"],
    ["my hip doesn't hurt", "hipOrGroinPain", "no"],
    ["my knee hurts and my hip is fine", "hipOrGroinPain", "no"],
    ["I had a hip replacement", "hipOrGroinPain", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("a red or leaking scar is the wound, not the joint", () => {
  const acl =
    "I had ACL reconstruction 5 weeks ago and one of the scars looks a bit pink, can't tell if it's red or normal healing";
  it.each<Row>([
    [acl, "woundProblem", "unsure"],
    [acl, "hotRed", ASKED],
    ["had my knee scoped 2 weeks ago and the wound is red and hot", "woundProblem", "yes"],
    ["had my knee scoped 2 weeks ago and the wound is red and hot", "hotRed", ASKED],
    ["since my op the stitches look red", "woundProblem", "yes"],
    ["after my arthroscopy 3 weeks ago the incision is oozing", "woundProblem", "yes"],
    ["the scar on my knee is red and hot, had an op 3 weeks ago", "hotRed", ASKED],
    ["not sure if the wound is red, I had surgery 10 days ago", "woundProblem", "unsure"],
    ["my scar from the operation is red. It's hot too", "hotRed", ASKED],
    ["my knee is red around the scar", "hotRed", ASKED],
    ["the knee itself is hot, the scar looks fine, had surgery a month ago", "hotRed", "yes"],
    ["the knee itself is hot, the scar looks fine, had surgery a month ago", "woundProblem", "no"],
    ["my knee is hot and red", "hotRed", "yes"],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });

  it("does not screen a pink scar as a septic joint", () => {
    expect(screenForEmergency(acl)).toEqual([]);
  });
});

describe("onsets: halves, and two different ones asked", () => {
  it.each<Row>([
    ["fell seven and a half days ago", "daysSinceOnset", 7.5],
    ["fell 7.5 days ago", "daysSinceOnset", 7.5],
    ["fell a week and a half ago", "daysSinceOnset", 10.5],
    ["pain for two and a half weeks", "daysSinceOnset", 17.5],
    ["fell half a day ago", "daysSinceOnset", 0.5],
    ["it happened 7.4 days ago", "daysSinceOnset", 7.4],
    ["I'm 58, fell on a hike seven and a half days ago, Saturday evening, knee's sore", "daysSinceOnset", ASKED],
    ["fell 10 days ago and it swelled up yesterday", "daysSinceOnset", ASKED],
    ["twisted it on Saturday, 3 weeks ago", "daysSinceOnset", ASKED],
    ["I fell on Thursday but it started hurting yesterday", "daysSinceOnset", ASKED],
    ["about seven and a half days", "daysSinceOnset", ASKED],
    ["fell on saturday, 2 days ago", "daysSinceOnset", 2],
    ["fell last week, 3 days ago", "daysSinceOnset", ASKED],
    ["fell the other day, about 10 days ago", "daysSinceOnset", ASKED],
    ["I fell a couple of days ago, on Friday", "daysSinceOnset", ASKED],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("after the visitor said whose knee it is (the chat's 'My child' / 'Someone else')", () => {
  const speaking = (text: string, patient: "child" | "someone_else") => extractFacts(text, { now: monday, patient });

  it.each<[string, "child" | "someone_else", IntakeField, unknown]>([
    ["she fell off the trampoline and can't walk", "child", "walkFourStepsNow", "no"],
    ["she fell off the trampoline and can't walk", "child", "injury", "yes"],
    ["he's been limping for a week and his hip hurts", "child", "limp", "yes"],
    ["I'm 40 and she's 9", "child", "age", 9],
    ["he fell off a ladder and can't put weight on it", "someone_else", "walkFourStepsNow", "no"],
  ])('reads "%s" about their %s as %s %s', (text, patient, field, expected) => {
    expect(speaking(text, patient).answers[field]).toEqual(expected);
  });

  it.each<[string, "child" | "someone_else", IntakeField]>([
    ["I'm on warfarin and she can't walk", "child", "anticoagulants"],
    ["I'm 40 and she's 9", "child", "age"],
  ])("does not read the writer's own words in \"%s\" (about their %s) as the patient's %s", (text, patient, field) => {
    expect(speaking(text, patient).answers[field]).not.toBe(field === "age" ? 40 : "yes");
  });

  // Round 25: a message that names nobody and says nothing of the writer is about the one it tells
  // of ("she came off the beam… can't lift her leg" was read as self-care); the writer's own words
  // beside it keep the pronoun someone else's.
  it("reads the same words with nobody said, naming nobody and nothing of the writer, as the patient's", () => {
    expect(extractFacts("she fell off the trampoline and can't walk", { now: monday }).answers).toMatchObject({
      injury: "yes",
      walkFourStepsNow: "no",
    });
  });

  it("still reads an unnamed 'she' as someone else's where the writer tells of their own knee", () => {
    const answers = extractFacts("I've had a sore knee for a week and she can't walk at all", { now: monday }).answers;
    expect(answers.walkFourStepsNow).toBeUndefined();
  });
});
