import { describe, expect, it } from "vitest";
import { ASKED, NONE, check, monday, type Expected, type Row } from "./extract-check.js";
import { extractFacts, warmUpExtractor } from "../../src/triage/extract/index.js";
import type { IntakeField } from "../../src/triage/intake-schema.js";

// Wrong "no"s and "yes"es that would silently lower a triage level: doubt read as a denial,
// "won't walk" read as walking (more in extract-safety-context.test.ts). Each row names one
// field and the exact value, ASKED (uncertain: asked, never assumed) or NONE (not recorded).

describe("a doubtful reply is never a no (spec §1.3)", () => {
  const doubts = [
    "I am not sure",
    "I'm not sure",
    "I'm not too sure",
    "I don't know",
    "dont know",
    "no idea",
    "can't remember",
    "cannot tell",
    "not certain",
    "hard to say",
    "possibly",
    "maybe",
    "I think so?",
    "unsure",
    "idk",
    "not 100% sure",
    "no... not sure",
    "yes but not sure",
    "not that I know of, but I'm not sure",
    "honestly no idea",
    "I honestly don't know",
    "not really sure",
  ];
  const yesNoUnsureFields: IntakeField[] = [
    "anticoagulants",
    "hotRed",
    "footWeakness",
    "walkFourStepsNow",
    "footColdPale",
    "flexTo90",
  ];
  const yesNoFields: IntakeField[] = [
    "kneeReplacement",
    "catching",
    "nightPain",
    "limp",
    "recentSurgeryOrInjection",
    "cancerHistory",
  ];
  const rows: Array<[string, IntakeField, Expected]> = doubts.flatMap((text, index) => [
    [text, yesNoUnsureFields[index % yesNoUnsureFields.length] as IntakeField, "unsure"],
    [text, yesNoFields[index % yesNoFields.length] as IntakeField, ASKED],
  ]);

  it.each(rows)('reads "%s" to the %s question as %s', (text, field, expected) => {
    check(text, field, expected, [field]);
  });

  it.each<[string, IntakeField]>([
    ["not really sure", "swelling"],
    ["no idea, sorry", "givingWay"],
    ["I don't know", "trend"],
    ["not sure which", "side"],
  ])('asks again when "%s" answers the %s options', (text, field) => {
    check(text, field, ASKED, [field]);
  });

  it("asks every item of a checklist again when the reply is a doubt", () => {
    const result = extractFacts("I am not sure", { expecting: ["footColdPale", "numbnessTingling", "swelling"] });
    expect(result.answers).toEqual({});
    expect(result.uncertain).toEqual(["footColdPale", "numbnessTingling", "swelling"]);
  });

  it.each<Row>([
    ["nope", "anticoagulants", "no"],
    ["not that I'm aware of", "hotRed", "no"],
    ["I don't think so", "footWeakness", "no"],
    ["not really", "swelling", "none"],
    ["no, I don't know why it hurts though", "feverOrUnwell", "no"],
    ["yes", "locked", "yes"],
  ])('still reads the clear reply "%s" to %s as %s', (text, field, expected) => {
    check(text, field, expected, [field]);
  });

  it.each<Row>([
    ["I'm not too sure if it's hot", "hotRed", "unsure"],
    ["not 100% sure my foot is cold", "footColdPale", "unsure"],
    ["idk if my calf is swollen", "calfPainSwelling", "unsure"],
    ["I was once told I might have a clotting problem", "anticoagulants", "unsure"],
    ["my foot feels sort of floppy sometimes, not sure if it's weak", "footWeakness", "unsure"],
    ["I haven't checked if it's hot", "hotRed", "unsure"],
    ["haven't taken my temperature", "feverOrUnwell", "unsure"],
    ["I doubt it's hot", "hotRed", "unsure"],
    ["it may be slightly warm", "hotRed", "unsure"],
    ["I don't have chest pain but not sure about breathing", "breathlessOrChestPain", "unsure"],
    ["no fever but not sure", "feverOrUnwell", "unsure"],
    ["I think I can walk but not sure", "walkFourStepsNow", "unsure"],
    ["I can walk, sort of", "walkFourStepsNow", "unsure"],
    ["not sure I could take 4 steps", "walkFourStepsImmediately", "unsure"],
    ["no swelling, I think", "swelling", "none"],
    ["I can walk fine, not sure why it hurts", "walkFourStepsNow", "yes"],
  ])('reads the doubt in "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("cannot, will not, could not: an ability denied is no", () => {
  it.each<Row>([
    ["I won't walk on it", "walkFourStepsNow", "no"],
    ["it wont take my weight", "walkFourStepsNow", "no"],
    ["I cant walk", "walkFourStepsNow", "no"],
    ["cannot stand on it", "walkFourStepsNow", "no"],
    ["unable to bear weight", "walkFourStepsNow", "no"],
    ["I'm not able to walk", "walkFourStepsNow", "no"],
    ["there's no way I can stand on it", "walkFourStepsNow", "no"],
    ["it's too sore to walk on", "walkFourStepsNow", "no"],
    ["I haven't been able to walk since", "walkFourStepsNow", "no"],
    ["I don't want to put weight on it", "walkFourStepsNow", "no"],
    ["my son refuses to walk", "walkFourStepsNow", "no"],
    [
      "my 7 year old has been limping with knee and groin pain and today he won't walk at all",
      "walkFourStepsNow",
      "no",
    ],
    ["my 4 year old daughter keeps limping and now won't stand on her right leg", "walkFourStepsNow", "no"],
    ["limping and can't put weight on it", "walkFourStepsNow", "no"],
    ["I couldn't put weight on it straight after, and still can't", "walkFourStepsNow", "no"],
    ["I couldn't walk after the tackle", "walkFourStepsImmediately", "no"],
    ["my daughter wouldn't put weight on her leg after she fell", "walkFourStepsImmediately", "no"],
    ["I wasn't able to walk afterwards", "walkFourStepsImmediately", "no"],
    ["I wasn't able to walk afterwards", "walkFourStepsNow", NONE],
    ["I can't bend my knee", "flexTo90", "no"],
    ["it won't bend", "flexTo90", "no"],
    ["I couldn't bend it past 90", "flexTo90", "no"],
    ["my son can't bend his knee", "flexTo90", "no"],
    ["can't bend it fully", "flexTo90", "unsure"],
    ["I can't lift my leg off the bed", "straightLegRaise", "no"],
    ["can't do a straight leg raise", "straightLegRaise", "no"],
    ["I can barely lift my leg", "straightLegRaise", "unsure"],
    ["my mum is 82, she fell and now won't stand up", "walkFourStepsNow", "no"],
    ["I could walk straight after but now I can't", "walkFourStepsNow", "no"],
    ["I walked off the pitch but can't now", "walkFourStepsNow", "no"],
    ["I can't take 4 steps", "walkFourStepsNow", "no"],
    ["can only walk with crutches", "walkFourStepsNow", "unsure"],
    ["I'm hopping everywhere", "walkFourStepsNow", "unsure"],
    ["I can put a little weight on it", "walkFourStepsNow", "unsure"],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });

  it.each<Row>([
    ["I can walk fine", "walkFourStepsNow", "yes"],
    ["I can't walk far", "walkFourStepsNow", "yes"],
    ["I'm limping but can't stand for long", "walkFourStepsNow", "yes"],
    ["limping but walking", "walkFourStepsNow", "yes"],
    ["I'm walking but it hurts", "walkFourStepsNow", "yes"],
    ["I can bend it fine", "flexTo90", "yes"],
    ["I can lift my leg straight", "straightLegRaise", "yes"],
    ["I can't stand it", "walkFourStepsNow", NONE],
    ["no swelling", "swelling", "none"],
  ])('keeps the plain reading of "%s": %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("warming up", () => {
  it("compiles the patterns ahead of time without changing any answer", () => {
    const text = "I'm 62 and fell off a ladder 2 hours ago, can't put weight on it";
    const before = extractFacts(text, { now: monday });
    warmUpExtractor();
    expect(extractFacts(text, { now: monday })).toEqual(before);
  });
});
