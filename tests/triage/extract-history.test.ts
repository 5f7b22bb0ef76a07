import { describe, expect, it } from "vitest";
import { expectRead, wordsRead } from "./extraction-reading.js";
import { extractFacts } from "../../src/triage/extract/index.js";
import { intakeSchema, type Intake, type IntakeField } from "../../src/triage/intake-schema.js";

// Who the visitor is and their history: age, sex, side, medicines, conditions, operations,
// and pain from the hip or back.

function extract(text: string) {
  const result = extractFacts(text, { now: new Date(2026, 0, 5, 12) });
  expect(intakeSchema.safeParse(result.answers).success).toBe(true);
  return result;
}

describe("age, sex and side", () => {
  it.each<[string, Intake]>([
    ["I'm 62", { age: 62 }],
    ["34yo", { age: 34 }],
    ["I'm a 40 year old woman", { age: 40, sex: "female" }],
    ["I am a 28 year old man", { age: 28, sex: "male" }],
    ["45M, knee pain for 5 days", { age: 45, sex: "male", daysSinceOnset: 5 }],
    ["hi, 45M, left knee pain", { age: 45, sex: "male", side: "left" }],
    ["I'm fifty three and it aches", { age: 53 }],
    ["sixty-one years old, sore knee", { age: 61 }],
    ["aged 71", { age: 71 }],
    ["I'm 45, 80kg", { age: 45 }],
    ["left knee", { side: "left" }],
    ["my right knee", { side: "right" }],
    ["both knees", { side: "both" }],
    ["left and right knees", { side: "both" }],
  ])('reads "%s" as %o', (text, answers) => {
    expectRead(extract(text), answers);
  });

  it.each([
    ["I'm 5 weeks in", "a duration"],
    ["my son is 12", "someone else's age"],
    ["I ran 12 km", "a distance"],
    ["I'm 80kg", "a weight"],
    ["I'm 7/10 pain", "a pain score"],
    ["I'm 6 ft", "a height"],
    ["I'm one of those people who never gets injured", '"one" in words'],
    ["I'm twenty minutes from the clinic", "a time in words"],
  ])('does not read "%s" as the visitor\'s age (%s)', (text) => {
    expect(extract(text).answers.age).toBeUndefined();
  });

  it("reads the visitor's own age after someone else's", () => {
    expect(extract("my son is 12 and I'm 40").answers.age).toBe(40);
  });

  it.each(["I'm 130 years old", "as a woman in my fifties"])('asks the age for "%s"', (text) => {
    expect(extract(text).uncertain).toContain("age");
  });
});

describe("medicines, conditions and operations", () => {
  it.each<[string, Intake]>([
    ["I'm on warfarin", { anticoagulants: "yes" }],
    ["I take apixaban", { anticoagulants: "yes" }],
    ["on rivaroxaban for my heart", { anticoagulants: "yes" }],
    ["I take blood thinners", { anticoagulants: "yes" }],
    ["no blood thinners", { anticoagulants: "no" }],
    ["I'm not on any medication", { anticoagulants: "no" }],
    ["I have diabetes", { immunosuppressed: "yes" }],
    ["I'm a type 2 diabetic", { immunosuppressed: "yes" }],
    ["I'm on steroids for my asthma", { immunosuppressed: "yes" }],
    ["I'm having chemo", { immunosuppressed: "yes", cancerHistory: "yes" }],
    ["I'm not diabetic", { immunosuppressed: "no" }],
    ["I have a knee replacement", { kneeReplacement: "yes" }],
    ["never had a knee replacement", { kneeReplacement: "no" }],
    ["had surgery 6 weeks ago", { recentSurgeryOrInjection: "yes" }],
    ["steroid injection last month", { recentSurgeryOrInjection: "yes" }],
    ["I had a knee replacement 2 years ago", { kneeReplacement: "yes", recentSurgeryOrInjection: "no" }],
    ["I've never had surgery", { recentSurgeryOrInjection: "no" }],
    ["I had cancer 10 years ago", { cancerHistory: "yes" }],
    ["never had cancer", { cancerHistory: "no" }],
    ["I've lost weight without trying", { weightLoss: "yes" }],
    ["I lost weight on purpose", { weightLoss: "no" }],
    ["my fingers and wrists are swollen and stiff", { otherJointsSwollen: "yes" }],
    ["only my knee is affected", { otherJointsSwollen: "no" }],
    ["I have a hard lump on my shin", { boneLump: "yes" }],
  ])('reads "%s" as %o', (text, answers) => {
    expectRead(extract(text), answers);
  });

  it.each<[string, IntakeField]>([
    ["I take aspirin", "anticoagulants"],
    ["I'm waiting for a knee replacement", "kneeReplacement"],
    ["I've had an operation on it", "recentSurgeryOrInjection"],
    ["I've lost weight", "weightLoss"],
    ["there's a lump", "boneLump"],
    ["I'm pre-diabetic", "immunosuppressed"],
  ])('asks rather than guesses for "%s" (%s)', (text, field) => {
    const result = extract(text);
    expect(result.answers[field]).toBeUndefined();
    expect(result.uncertain).toContain(field);
  });

  it.each(["my wife has diabetes", "my mum had cancer", "cancer runs in my family", "my dad is on warfarin"])(
    'does not record someone else\'s history: "%s"',
    (text) => {
      expect(extract(text).answers).toEqual({});
    },
  );

  it("does not read a steroid injection as taking steroids", () => {
    expect(wordsRead(extract("I had a steroid injection 2 years ago"))).toEqual({ recentSurgeryOrInjection: "no" });
  });
});

describe("pain from the hip or back", () => {
  it.each<[string, Intake]>([
    ["my back hurts and it shoots down my leg", { backPainRadiating: "yes" }],
    ["sciatica", { backPainRadiating: "yes" }],
    ["no back pain", { backPainRadiating: "no" }],
    ["hip hurts too", { hipOrGroinPain: "yes" }],
    ["my hip and groin hurt too", { hipOrGroinPain: "yes" }],
    ["pain in my groin", { hipOrGroinPain: "yes" }],
    ["no hip pain", { hipOrGroinPain: "no" }],
  ])('reads "%s" as %o', (text, answers) => {
    expectRead(extract(text), answers);
  });

  it("asks whether back pain spreads when it is not said", () => {
    expect(extract("I have back pain").uncertain).toContain("backPainRadiating");
  });

  it("does not read a hip replacement as hip pain", () => {
    expect(extract("I had a hip replacement").answers.hipOrGroinPain).toBeUndefined();
  });
});
