import { describe, expect, it } from "vitest";
import { evaluate, type Intake, type Level } from "../../src/triage/index.js";
import {
  answer,
  expectFires,
  expectNoDiagnosis,
  expectSilent,
  minorTwist,
  outcomes,
  quietChild,
  quietKnee,
  ruleIds,
  summaryOf,
} from "./fixtures.js";

// Spec §4, routine rules and the self-care default.

const { physioAssessment } = outcomes;
const long = (days: number, changes: Partial<Intake> = {}) => answer(quietKnee, { daysSinceOnset: days, ...changes });

const fires: Array<[string, Intake, string]> = [
  [
    "a knee that buckles now and then is booked for an assessment",
    answer(quietKnee, { givingWay: "episodes" }),
    "R-INSTABILITY",
  ],
  [
    "a knee that feels unstable now without a fresh injury is booked for an assessment",
    answer(quietKnee, { givingWay: "unstable_now" }),
    "R-INSTABILITY",
  ],
  [
    "a kneecap that keeps slipping out is booked for an assessment",
    answer(quietKnee, { patellaDislocation: "recurrent" }),
    "R-INSTABILITY",
  ],
  ["painful catching is booked for an assessment", answer(quietKnee, { catching: "yes" }), "R-MECHANICAL"],
  [
    "a knee that puffs up after activity is booked for an assessment",
    answer(quietKnee, { effusionAfterActivity: "yes" }),
    "R-EFFUSION",
  ],
  [
    "a clearly swollen knee without a fresh injury is booked for an assessment",
    answer(quietKnee, { swelling: "marked" }),
    "R-EFFUSION",
  ],
  ["pain for 43 days is booked for an assessment", long(43, { painScore: 1 }), "R-PERSISTENT"],
  ["pain that is worse after 14 days is booked for an assessment", long(14, { trend: "worse" }), "R-WORSENING"],
  [
    "pain that has held the visitor back for 7 days is booked for an assessment",
    long(7, { limitsActivity: "yes" }),
    "R-FUNCTION",
  ],
  [
    "back pain spreading down the leg is booked for an assessment",
    answer(quietKnee, { backPainRadiating: "yes", saddleNumbnessOrBladder: "no" }),
    "R-REFERRED",
  ],
  [
    "hip or groin pain in a 17-year-old is booked for an assessment",
    answer(quietKnee, { age: 17, hipOrGroinPain: "yes" }),
    "R-REFERRED",
  ],
  [
    "numbness without an injury is booked for an assessment",
    answer(quietKnee, { numbnessTingling: "yes", saddleNumbnessOrBladder: "no" }),
    "R-REFERRED",
  ],
  [
    "possible numbness without an injury is booked for an assessment",
    answer(quietKnee, { numbnessTingling: "unsure", saddleNumbnessOrBladder: "no" }),
    "R-REFERRED",
  ],
  [
    "constant night pain in an adult without risk signs is booked for an assessment",
    answer(quietKnee, { nightPain: "yes", cancerHistory: "no", weightLoss: "no", boneLump: "no" }),
    "R-NIGHT",
  ],
  ["pain of 7 out of 10 is booked for an assessment", answer(quietKnee, { painScore: 7 }), "R-SEVERE"],
];

const silent: Array<[string, Intake, string, Level]> = [
  [
    "a knee that never gives way raises no instability concern",
    answer(quietKnee, { givingWay: "none", patellaDislocation: "none" }),
    "R-INSTABILITY",
    "self_care",
  ],
  [
    "a knee unstable right after an injury is urgent rather than booked",
    answer(minorTwist, { givingWay: "unstable_now" }),
    "R-INSTABILITY",
    "urgent",
  ],
  ["painless clicking is not catching", answer(quietKnee, { catching: "no" }), "R-MECHANICAL", "self_care"],
  [
    "a knee that does not puff up after activity raises no swelling concern",
    answer(quietKnee, { effusionAfterActivity: "no", swelling: "mild" }),
    "R-EFFUSION",
    "self_care",
  ],
  [
    "a clearly swollen knee 3 days after an injury is left to the injury rules",
    answer(minorTwist, { swelling: "marked", rapidSwelling: "no", anticoagulants: "no" }),
    "R-EFFUSION",
    "self_care",
  ],
  ["pain for exactly 42 days is not yet persistent", long(42, { painScore: 5 }), "R-PERSISTENT", "self_care"],
  ["43 days with no pain now is not persistent pain", long(43, { painScore: 0 }), "R-PERSISTENT", "self_care"],
  [
    "43 days with the pain score unanswered is not persistent pain",
    long(43, { painScore: undefined }),
    "R-PERSISTENT",
    "self_care",
  ],
  ["pain that is worse after 13 days is not yet worsening", long(13, { trend: "worse" }), "R-WORSENING", "self_care"],
  ["pain that is the same after 20 days is not worsening", long(20, { trend: "same" }), "R-WORSENING", "self_care"],
  [
    "pain that has held the visitor back for 6 days is not yet a function concern",
    long(6, { limitsActivity: "yes" }),
    "R-FUNCTION",
    "self_care",
  ],
  [
    "pain that does not hold the visitor back raises no function concern",
    long(30, { limitsActivity: "no" }),
    "R-FUNCTION",
    "self_care",
  ],
  [
    "no back, hip or nerve symptoms raise no referred-pain concern",
    answer(quietKnee, { backPainRadiating: "no", hipOrGroinPain: "no" }),
    "R-REFERRED",
    "self_care",
  ],
  // R-REFERRED: the table says hip or groin pain "yes (adult)"; unsure in an adult is not listed.
  [
    "possible hip pain in an adult is not referred pain",
    answer(quietKnee, { hipOrGroinPain: "unsure" }),
    "R-REFERRED",
    "self_care",
  ],
  [
    "hip pain with the age unanswered is not referred pain",
    answer(quietKnee, { age: undefined, hipOrGroinPain: "yes" }),
    "R-REFERRED",
    "self_care",
  ],
  [
    "hip pain in a 16-year-old is the child hip rule, not referred pain",
    answer(quietChild, { hipOrGroinPain: "yes" }),
    "R-REFERRED",
    "urgent",
  ],
  [
    "numbness after a fresh injury is an emergency rather than referred pain",
    answer(minorTwist, { numbnessTingling: "yes", saddleNumbnessOrBladder: "no" }),
    "R-REFERRED",
    "emergency",
  ],
  [
    "night pain in a 16-year-old is urgent rather than booked",
    answer(quietChild, { nightPain: "yes", cancerHistory: "no", weightLoss: "no", boneLump: "no" }),
    "R-NIGHT",
    "urgent",
  ],
  [
    "night pain after cancer is urgent rather than booked",
    answer(quietKnee, { nightPain: "yes", cancerHistory: "yes", weightLoss: "no", boneLump: "no" }),
    "R-NIGHT",
    "urgent",
  ],
  ["no night pain raises no night concern", answer(quietKnee, { nightPain: "no" }), "R-NIGHT", "self_care"],
  ["pain of 6 out of 10 is not severe", answer(quietKnee, { painScore: 6 }), "R-SEVERE", "self_care"],
  [
    "pain of 8 out of 10 with a locked knee leaves the severity to the urgent rule",
    answer(quietKnee, { painScore: 8, locked: "yes" }),
    "R-SEVERE",
    "urgent",
  ],
];

describe("routine rules", () => {
  it.each(fires)("%s", (_sentence, intake, rule) => {
    expectFires(intake, rule, physioAssessment);
  });

  it.each(silent)("%s", (_sentence, intake, rule, level) => {
    expect(expectSilent(intake, rule).level).toBe(level);
  });

  it("severe pain is still listed next to another routine rule", () => {
    const disposition = expectFires(answer(quietKnee, { painScore: 8, catching: "yes" }), "R-SEVERE", physioAssessment);
    expect(ruleIds(disposition)).toEqual(["R-MECHANICAL", "R-SEVERE"]);
  });

  it("the persistent-pain reason mentions how long and how bad", () => {
    const summary = summaryOf(evaluate(long(70, { painScore: 4 })), "R-PERSISTENT");
    expect(summary).toContain("10 weeks");
    expect(summary).toContain("4 out of 10");
  });

  it("the persistent-pain reason at 43 days says over 6 weeks, never a rounded 6 weeks", () => {
    const summary = summaryOf(evaluate(long(43, { painScore: 2 })), "R-PERSISTENT");
    expect(summary).toMatch(/^It has been over 6 weeks/);
  });

  it("the function reason at 13.6 days says 13 days, not the 14 the worsening rule needs", () => {
    const disposition = evaluate(long(13.6, { limitsActivity: "yes", trend: "worse" }));
    expect(ruleIds(disposition)).toEqual(["R-FUNCTION"]);
    expect(summaryOf(disposition, "R-FUNCTION")).toContain("13 days");
  });

  it("the severe-pain reason mentions the visitor's pain score", () => {
    expect(summaryOf(evaluate(answer(quietKnee, { painScore: 9 })), "R-SEVERE")).toContain("9 out of 10");
  });

  it("the worsening reason says it is getting worse and for how long", () => {
    const summary = summaryOf(evaluate(long(21, { trend: "worse" })), "R-WORSENING");
    expect(summary).toMatch(/getting worse/);
    expect(summary).toContain("3 weeks");
  });
});

describe("self-care default", () => {
  it("a complete flag-free intake gets self-care with the S-DEFAULT reason", () => {
    const disposition = evaluate(quietKnee);
    expect(disposition).toMatchObject({ ...outcomes.selfCare, complete: true, missing: [] });
    expect(ruleIds(disposition)).toEqual(["S-DEFAULT"]);
    expectNoDiagnosis(disposition);
  });

  it("an incomplete flag-free intake shows self-care so far without claiming S-DEFAULT", () => {
    const disposition = evaluate(answer(quietKnee, { trend: undefined }));
    expect(disposition).toMatchObject({ ...outcomes.selfCare, complete: false, missing: ["trend"] });
    expect(disposition.reasons).toEqual([]);
  });

  it("minor improving flag-free pain after a fresh twist stays self-care", () => {
    expect(evaluate(minorTwist)).toMatchObject({ ...outcomes.selfCare, complete: true });
  });

  it("every level carries its own safety net", () => {
    expect(evaluate(quietKnee).safetyNet.length).toBeGreaterThan(0);
    expect(evaluate(answer(quietKnee, { catching: "yes" })).safetyNet).not.toEqual(evaluate(quietKnee).safetyNet);
  });
});
