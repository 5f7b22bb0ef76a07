import { describe, expect, it } from "vitest";
import { evaluate, isFinal, type Intake, type Level } from "../../src/triage/index.js";
import {
  answer,
  expectFires,
  expectSilent,
  minorTwist,
  outcomes,
  quietChild,
  quietKnee,
  ruleIds,
  summaryOf,
  type Outcome,
} from "./fixtures.js";

// Spec §4, urgent rules: each fires on its condition and stays silent on its boundary twin.

const { urgentCareToday, doctorWithin24h } = outcomes;
const notAcute = { otherJointsSwollen: "no", effusionAfterActivity: "no" } as const;

const fires: Array<[string, Intake, string, Outcome]> = [
  [
    "a 55-year-old with a fresh injury is sent for an X-ray today",
    answer(minorTwist, { age: 55 }),
    "U-OTTAWA",
    urgentCareToday,
  ],
  [
    "a 60-year-old injured 7 days ago is still inside the Ottawa window",
    answer(minorTwist, { age: 60, daysSinceOnset: 7 }),
    "U-OTTAWA",
    urgentCareToday,
  ],
  [
    "a 60-year-old who is not sure about an injury is treated as injured",
    answer(minorTwist, { age: 60, injury: "unsure" }),
    "U-OTTAWA",
    urgentCareToday,
  ],
  [
    "a 60-year-old injured at an unanswered time counts as acute",
    answer(minorTwist, { age: 60, daysSinceOnset: undefined }),
    "U-OTTAWA",
    urgentCareToday,
  ],
  [
    "a tender kneecap after an injury is sent for an X-ray today",
    answer(minorTwist, { tenderPatellaOnly: "yes" }),
    "U-OTTAWA",
    urgentCareToday,
  ],
  [
    "a possibly tender kneecap after an injury is sent for an X-ray today",
    answer(minorTwist, { tenderPatellaOnly: "unsure" }),
    "U-OTTAWA",
    urgentCareToday,
  ],
  [
    "a tender bony point below the outside of the knee is sent for an X-ray today",
    answer(minorTwist, { tenderFibularHead: "yes" }),
    "U-OTTAWA",
    urgentCareToday,
  ],
  [
    "a possibly tender bony point below the outside of the knee is sent for an X-ray today",
    answer(minorTwist, { tenderFibularHead: "unsure" }),
    "U-OTTAWA",
    urgentCareToday,
  ],
  [
    "a knee that cannot bend to a right angle after an injury is sent for an X-ray today",
    answer(minorTwist, { flexTo90: "no" }),
    "U-OTTAWA",
    urgentCareToday,
  ],
  [
    "not being sure about bending to a right angle after an injury counts as not bending",
    answer(minorTwist, { flexTo90: "unsure" }),
    "U-OTTAWA",
    urgentCareToday,
  ],
  [
    "fast swelling after an injury sees a doctor within 24 hours",
    answer(minorTwist, { swelling: "mild", rapidSwelling: "yes", anticoagulants: "no" }),
    "U-HAEMARTHROSIS",
    doctorWithin24h,
  ],
  [
    "possibly fast swelling after an injury sees a doctor within 24 hours",
    answer(minorTwist, { swelling: "marked", rapidSwelling: "unsure", anticoagulants: "no" }),
    "U-HAEMARTHROSIS",
    doctorWithin24h,
  ],
  [
    "a knee stuck bent sees a doctor within 24 hours",
    answer(quietKnee, { locked: "yes" }),
    "U-LOCKED",
    doctorWithin24h,
  ],
  [
    "a knee that may be stuck sees a doctor within 24 hours",
    answer(quietKnee, { locked: "unsure" }),
    "U-LOCKED",
    doctorWithin24h,
  ],
  [
    "a first kneecap dislocation that went back sees a doctor within 24 hours",
    answer(minorTwist, { patellaDislocation: "went_back_first_time" }),
    "U-PATELLA-FIRST",
    doctorWithin24h,
  ],
  [
    "a knee that will not hold weight right after an injury sees a doctor within 24 hours",
    answer(minorTwist, { givingWay: "unstable_now" }),
    "U-UNSTABLE",
    doctorWithin24h,
  ],
  [
    "a painful swollen calf is checked for a clot today",
    answer(quietKnee, { calfPainSwelling: "yes", breathlessOrChestPain: "no" }),
    "U-DVT",
    urgentCareToday,
  ],
  [
    "a possibly painful swollen calf is checked for a clot today",
    answer(quietKnee, { calfPainSwelling: "unsure", breathlessOrChestPain: "no" }),
    "U-DVT",
    urgentCareToday,
  ],
  [
    "a hot swollen knee without fever or risk factors is checked today",
    answer(quietKnee, {
      hotRed: "yes",
      swelling: "mild",
      kneeReplacement: "no",
      recentSurgeryOrInjection: "no",
      immunosuppressed: "no",
    }),
    "U-HOT-JOINT",
    urgentCareToday,
  ],
  [
    "a possibly hot swollen knee is checked today",
    answer(quietKnee, {
      hotRed: "unsure",
      swelling: "marked",
      kneeReplacement: "no",
      recentSurgeryOrInjection: "no",
      immunosuppressed: "no",
    }),
    "U-HOT-JOINT",
    urgentCareToday,
  ],
  [
    "a red leaking surgical wound without fever is checked today",
    answer(quietKnee, { woundProblem: "yes" }),
    "U-WOUND",
    urgentCareToday,
  ],
  [
    "a possibly red leaking surgical wound is checked today",
    answer(quietKnee, { woundProblem: "unsure" }),
    "U-WOUND",
    urgentCareToday,
  ],
  [
    "other swollen stiff joints see a doctor within 24 hours",
    answer(quietKnee, { otherJointsSwollen: "yes" }),
    "U-INFLAMMATORY",
    doctorWithin24h,
  ],
  [
    "constant night pain after cancer sees a doctor within 24 hours",
    answer(quietKnee, { nightPain: "yes", cancerHistory: "yes", weightLoss: "no", boneLump: "no" }),
    "U-NIGHT-PAIN",
    doctorWithin24h,
  ],
  [
    "constant night pain with weight loss sees a doctor within 24 hours",
    answer(quietKnee, { nightPain: "yes", cancerHistory: "no", weightLoss: "yes", boneLump: "no" }),
    "U-NIGHT-PAIN",
    doctorWithin24h,
  ],
  [
    "constant night pain with a bony lump sees a doctor within 24 hours",
    answer(quietKnee, { nightPain: "yes", cancerHistory: "no", weightLoss: "no", boneLump: "yes" }),
    "U-NIGHT-PAIN",
    doctorWithin24h,
  ],
  [
    "constant night pain with a possible bony lump sees a doctor within 24 hours",
    answer(quietKnee, { nightPain: "yes", cancerHistory: "no", weightLoss: "no", boneLump: "unsure" }),
    "U-NIGHT-PAIN",
    doctorWithin24h,
  ],
  [
    "constant night pain in a 16-year-old sees a doctor within 24 hours",
    answer(quietChild, { nightPain: "yes", cancerHistory: "no", weightLoss: "no", boneLump: "no" }),
    "U-NIGHT-PAIN",
    doctorWithin24h,
  ],
  [
    "a 16-year-old with hip or groin pain sees a doctor within 24 hours",
    answer(quietChild, { hipOrGroinPain: "yes" }),
    "U-CHILD-HIP",
    doctorWithin24h,
  ],
  [
    "a 16-year-old with possible hip pain sees a doctor within 24 hours",
    answer(quietChild, { hipOrGroinPain: "unsure" }),
    "U-CHILD-HIP",
    doctorWithin24h,
  ],
  [
    "a limping 16-year-old sees a doctor within 24 hours",
    answer(quietChild, { limp: "yes" }),
    "U-CHILD-HIP",
    doctorWithin24h,
  ],
  [
    "a weak foot without an injury sees a doctor within 24 hours",
    answer(quietKnee, { footWeakness: "yes", saddleNumbnessOrBladder: "no" }),
    "U-NEURO",
    doctorWithin24h,
  ],
  [
    "a possibly weak foot without an injury sees a doctor within 24 hours",
    answer(quietKnee, { footWeakness: "unsure", saddleNumbnessOrBladder: "no" }),
    "U-NEURO",
    doctorWithin24h,
  ],
  [
    "a weak foot 7.5 days after an injury sees a doctor within 24 hours",
    answer(minorTwist, { ...notAcute, daysSinceOnset: 7.5, footWeakness: "yes", saddleNumbnessOrBladder: "no" }),
    "U-NEURO",
    doctorWithin24h,
  ],
  [
    "not walking 4 steps without an injury is checked today",
    answer(quietKnee, { walkFourStepsNow: "no" }),
    "U-CANNOT-WALK",
    urgentCareToday,
  ],
  [
    "not being sure about 4 steps without an injury is checked today",
    answer(quietKnee, { walkFourStepsNow: "unsure" }),
    "U-CANNOT-WALK",
    urgentCareToday,
  ],
  [
    "not walking 7.5 days after an injury is checked today",
    answer(minorTwist, { ...notAcute, daysSinceOnset: 7.5, walkFourStepsNow: "no" }),
    "U-CANNOT-WALK",
    urgentCareToday,
  ],
];

const silent: Array<[string, Intake, string, Level?]> = [
  [
    "a 54-year-old with a fresh injury and no Ottawa finding needs no X-ray",
    answer(minorTwist, { age: 54 }),
    "U-OTTAWA",
    "self_care",
  ],
  ["a 60-year-old without an injury is not an Ottawa case", answer(quietKnee, { age: 60 }), "U-OTTAWA", "self_care"],
  [
    "a 60-year-old with the injury question unanswered is not an Ottawa case",
    answer(quietKnee, { age: 60, injury: undefined }),
    "U-OTTAWA",
  ],
  [
    "a 60-year-old injured 7.5 days ago is outside the Ottawa window",
    answer(minorTwist, { ...notAcute, age: 60, daysSinceOnset: 7.5 }),
    "U-OTTAWA",
    "self_care",
  ],
  [
    "a tender kneecap 7.5 days after an injury is outside the Ottawa window",
    answer(minorTwist, { ...notAcute, daysSinceOnset: 7.5, tenderPatellaOnly: "yes" }),
    "U-OTTAWA",
  ],
  [
    "a kneecap that is not the only tender spot is no Ottawa finding",
    answer(minorTwist, { tenderPatellaOnly: "no" }),
    "U-OTTAWA",
  ],
  [
    "an untender bony point below the outside of the knee is no Ottawa finding",
    answer(minorTwist, { tenderFibularHead: "no" }),
    "U-OTTAWA",
  ],
  ["a knee that bends to a right angle is no Ottawa finding", answer(minorTwist, { flexTo90: "yes" }), "U-OTTAWA"],
  [
    "not walking right after the injury but walking now is no Ottawa finding",
    answer(minorTwist, { walkFourStepsImmediately: "no", walkFourStepsNow: "yes" }),
    "U-OTTAWA",
  ],
  [
    "slow swelling after an injury is not fast swelling",
    answer(minorTwist, { swelling: "mild", rapidSwelling: "no", anticoagulants: "no" }),
    "U-HAEMARTHROSIS",
  ],
  [
    "fast swelling 7.5 days after an injury is outside the acute window",
    answer(minorTwist, { ...notAcute, daysSinceOnset: 7.5, rapidSwelling: "yes" }),
    "U-HAEMARTHROSIS",
  ],
  ["a knee that is not stuck raises no locking concern", answer(quietKnee, { locked: "no" }), "U-LOCKED"],
  [
    "a kneecap that has slipped out many times is booked, not urgent",
    answer(quietKnee, { patellaDislocation: "recurrent" }),
    "U-PATELLA-FIRST",
    "routine",
  ],
  [
    "a kneecap that never slipped raises no kneecap concern",
    answer(minorTwist, { patellaDislocation: "none" }),
    "U-PATELLA-FIRST",
  ],
  [
    "buckling episodes after an injury are booked, not urgent",
    answer(minorTwist, { givingWay: "episodes" }),
    "U-UNSTABLE",
    "routine",
  ],
  [
    "a knee unstable now 7.5 days after an injury is booked, not urgent",
    answer(minorTwist, { ...notAcute, daysSinceOnset: 7.5, givingWay: "unstable_now" }),
    "U-UNSTABLE",
    "routine",
  ],
  ["no calf pain raises no clot concern", answer(quietKnee, { calfPainSwelling: "no" }), "U-DVT"],
  [
    "a hot knee without swelling is not a hot joint",
    answer(quietKnee, {
      hotRed: "yes",
      swelling: "none",
      kneeReplacement: "no",
      recentSurgeryOrInjection: "no",
      immunosuppressed: "no",
    }),
    "U-HOT-JOINT",
  ],
  [
    "a swollen knee that is not hot is not a hot joint",
    answer(quietKnee, { hotRed: "no", swelling: "mild" }),
    "U-HOT-JOINT",
  ],
  [
    "a healthy surgical wound raises no wound concern",
    answer(quietKnee, { recentSurgeryOrInjection: "no", woundProblem: "no" }),
    "U-WOUND",
  ],
  [
    "no other swollen joints raises no inflammatory concern",
    answer(quietKnee, { otherJointsSwollen: "no" }),
    "U-INFLAMMATORY",
  ],
  [
    "constant night pain in an adult without risk signs is booked, not urgent",
    answer(quietKnee, { nightPain: "yes", cancerHistory: "no", weightLoss: "no", boneLump: "no" }),
    "U-NIGHT-PAIN",
    "routine",
  ],
  [
    "constant night pain in a 17-year-old without risk signs is booked, not urgent",
    answer(quietKnee, { age: 17, nightPain: "yes", cancerHistory: "no", weightLoss: "no", boneLump: "no" }),
    "U-NIGHT-PAIN",
    "routine",
  ],
  [
    "a cancer history without night pain raises no night-pain concern",
    answer(quietKnee, { nightPain: "no", cancerHistory: "yes" }),
    "U-NIGHT-PAIN",
  ],
  [
    "a 17-year-old with hip pain is booked rather than seen within 24 hours",
    answer(quietKnee, { age: 17, hipOrGroinPain: "yes" }),
    "U-CHILD-HIP",
    "routine",
  ],
  [
    "a child limping right after an injury is assessed by the injury rules instead",
    answer(quietChild, { injury: "yes", daysSinceOnset: 2, limp: "yes" }),
    "U-CHILD-HIP",
  ],
  [
    "a child without hip pain or a limp raises no hip concern",
    answer(quietChild, { hipOrGroinPain: "no", limp: "no" }),
    "U-CHILD-HIP",
  ],
  ["a strong foot raises no nerve concern", answer(quietKnee, { footWeakness: "no" }), "U-NEURO"],
  [
    "a weak foot after a fresh injury is an emergency rather than U-NEURO",
    answer(minorTwist, { footWeakness: "yes" }),
    "U-NEURO",
  ],
  [
    "walking 4 steps without an injury raises no walking concern",
    answer(quietKnee, { walkFourStepsNow: "yes" }),
    "U-CANNOT-WALK",
  ],
  [
    "not walking after a fresh injury is an emergency rather than U-CANNOT-WALK",
    answer(minorTwist, { walkFourStepsNow: "no" }),
    "U-CANNOT-WALK",
  ],
];

describe("urgent rules", () => {
  it.each(fires)("%s", (_sentence, intake, rule, outcome) => {
    expectFires(intake, rule, outcome);
  });

  it.each(silent)("%s", (_sentence, intake, rule, level) => {
    const disposition = expectSilent(intake, rule);
    if (level) expect(disposition.level).toBe(level);
  });

  it("a 57-year-old's X-ray reason mentions the age, the tender kneecap and the fall", () => {
    const disposition = expectFires(
      answer(minorTwist, { age: 57, mechanism: "fall", tenderPatellaOnly: "yes" }),
      "U-OTTAWA",
      urgentCareToday,
    );
    const summary = summaryOf(disposition, "U-OTTAWA");
    expect(summary).toContain("57");
    expect(summary).toMatch(/kneecap/);
    expect(summary).toMatch(/after a fall 2 days ago/);
  });

  it("not walking right after the injury nor now fires the Ottawa rule next to the emergency", () => {
    const disposition = expectFires(
      answer(minorTwist, { walkFourStepsImmediately: "no", walkFourStepsNow: "unsure" }),
      "E-CANNOT-WALK",
      outcomes.emergencyDepartment,
    );
    expect(ruleIds(disposition)).toContain("U-OTTAWA");
  });

  it("being unsure about walking right after the injury counts for the Ottawa walking item", () => {
    const unsure = evaluate(answer(minorTwist, { walkFourStepsImmediately: "unsure", walkFourStepsNow: "no" }));
    expect(ruleIds(unsure)).toContain("U-OTTAWA");
    const walked = evaluate(answer(minorTwist, { walkFourStepsImmediately: "yes", walkFourStepsNow: "no" }));
    expect(ruleIds(walked)).not.toContain("U-OTTAWA");
  });

  it("urgent care today outranks a doctor within 24 hours when both fire", () => {
    const disposition = evaluate(
      answer(quietKnee, { locked: "yes", calfPainSwelling: "yes", breathlessOrChestPain: "no" }),
    );
    expect(disposition).toMatchObject(urgentCareToday);
    expect(ruleIds(disposition)).toEqual(expect.arrayContaining(["U-LOCKED", "U-DVT"]));
  });

  it("a 16-year-old's night-pain reason mentions the age", () => {
    const disposition = evaluate(
      answer(quietChild, { nightPain: "yes", cancerHistory: "no", weightLoss: "no", boneLump: "no" }),
    );
    expect(summaryOf(disposition, "U-NIGHT-PAIN")).toContain("16");
  });

  it("a complete urgent disposition is final and an incomplete one is not", () => {
    expect(isFinal(evaluate(answer(quietKnee, { locked: "yes" })))).toBe(true);
    const partial = evaluate({ locked: "yes" });
    expect(partial).toMatchObject({ level: "urgent", complete: false });
    expect(isFinal(partial)).toBe(false);
  });
});
