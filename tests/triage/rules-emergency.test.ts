import { describe, expect, it } from "vitest";
import { evaluate, isFinal, type Intake } from "../../src/triage/index.js";
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

// Spec §4, emergency rules: each fires on its condition and stays silent on its boundary twin.

const { callEmergency, emergencyDepartment } = outcomes;

const fires: Array<[string, Intake, string, Outcome]> = [
  [
    "a knee that looked out of place after an injury sends the visitor to the emergency department",
    answer(minorTwist, { deformity: "yes" }),
    "E-DEFORMITY",
    emergencyDepartment,
  ],
  [
    "not being sure whether the knee looked out of place counts as a deformity",
    answer(minorTwist, { deformity: "unsure" }),
    "E-DEFORMITY",
    emergencyDepartment,
  ],
  [
    "a kneecap that is still out is an emergency even without a fresh injury",
    answer(quietKnee, { patellaDislocation: "still_out" }),
    "E-DEFORMITY",
    emergencyDepartment,
  ],
  [
    "a cold pale foot calls emergency services",
    answer(quietKnee, { footColdPale: "yes" }),
    "E-VASCULAR",
    callEmergency,
  ],
  [
    "not being sure whether the foot is cold or pale calls emergency services",
    answer(quietKnee, { footColdPale: "unsure" }),
    "E-VASCULAR",
    callEmergency,
  ],
  [
    "new numbness after an injury sends the visitor to the emergency department",
    answer(minorTwist, { numbnessTingling: "yes" }),
    "E-NEURO-INJURY",
    emergencyDepartment,
  ],
  [
    "not being sure about numbness after an injury counts as numbness",
    answer(minorTwist, { numbnessTingling: "unsure" }),
    "E-NEURO-INJURY",
    emergencyDepartment,
  ],
  [
    "a weak foot after an injury sends the visitor to the emergency department",
    answer(minorTwist, { footWeakness: "yes" }),
    "E-NEURO-INJURY",
    emergencyDepartment,
  ],
  [
    "not being sure about a weak foot after an injury counts as weakness",
    answer(minorTwist, { footWeakness: "unsure" }),
    "E-NEURO-INJURY",
    emergencyDepartment,
  ],
  [
    "numbness on day 7 after an injury is still an acute-injury emergency",
    answer(minorTwist, { daysSinceOnset: 7, numbnessTingling: "yes" }),
    "E-NEURO-INJURY",
    emergencyDepartment,
  ],
  [
    "not being able to take 4 steps after an injury sends the visitor to the emergency department",
    answer(minorTwist, { walkFourStepsNow: "no" }),
    "E-CANNOT-WALK",
    emergencyDepartment,
  ],
  [
    "not being sure about taking 4 steps after an injury counts as not walking",
    answer(minorTwist, { walkFourStepsNow: "unsure" }),
    "E-CANNOT-WALK",
    emergencyDepartment,
  ],
  [
    "an injury of unsure origin with no weight bearing is still an emergency",
    answer(minorTwist, { injury: "unsure", walkFourStepsNow: "no" }),
    "E-CANNOT-WALK",
    emergencyDepartment,
  ],
  [
    "an injury whose timing is not yet answered counts as acute",
    answer(minorTwist, { daysSinceOnset: undefined, walkFourStepsNow: "no" }),
    "E-CANNOT-WALK",
    emergencyDepartment,
  ],
  [
    "not being able to lift the straight leg after an injury sends the visitor to the emergency department",
    answer(minorTwist, { straightLegRaise: "no" }),
    "E-EXTENSOR",
    emergencyDepartment,
  ],
  [
    "not being sure about the straight-leg lift after an injury counts as not lifting",
    answer(minorTwist, { straightLegRaise: "unsure" }),
    "E-EXTENSOR",
    emergencyDepartment,
  ],
  [
    "a hot swollen knee with a fever sends the visitor to the emergency department",
    answer(quietKnee, { hotRed: "yes", swelling: "mild", feverOrUnwell: "yes" }),
    "E-SEPTIC",
    emergencyDepartment,
  ],
  [
    "a knee that may be hot, swollen, with a possible fever is treated as a joint emergency",
    answer(quietKnee, { hotRed: "unsure", swelling: "marked", feverOrUnwell: "unsure" }),
    "E-SEPTIC",
    emergencyDepartment,
  ],
  [
    "a hot swollen artificial knee is an emergency even without a fever",
    answer(quietKnee, {
      hotRed: "yes",
      swelling: "mild",
      kneeReplacement: "yes",
      recentSurgeryOrInjection: "no",
      immunosuppressed: "no",
    }),
    "E-SEPTIC",
    emergencyDepartment,
  ],
  [
    "a hot swollen knee after a recent injection is an emergency",
    answer(quietKnee, {
      hotRed: "yes",
      swelling: "mild",
      kneeReplacement: "no",
      recentSurgeryOrInjection: "yes",
      immunosuppressed: "no",
      woundProblem: "no",
    }),
    "E-SEPTIC",
    emergencyDepartment,
  ],
  [
    "a hot swollen knee in someone who may have a weak immune system is an emergency",
    answer(quietKnee, {
      hotRed: "yes",
      swelling: "mild",
      kneeReplacement: "no",
      recentSurgeryOrInjection: "no",
      immunosuppressed: "unsure",
    }),
    "E-SEPTIC",
    emergencyDepartment,
  ],
  [
    "a red leaking surgical wound with a fever sends the visitor to the emergency department",
    answer(quietKnee, { woundProblem: "yes", feverOrUnwell: "yes" }),
    "E-WOUND-FEVER",
    emergencyDepartment,
  ],
  [
    "a wound problem with a possible fever is an emergency",
    answer(quietKnee, { woundProblem: "yes", feverOrUnwell: "unsure" }),
    "E-WOUND-FEVER",
    emergencyDepartment,
  ],
  // E-WOUND-FEVER: the table says woundProblem "yes"; the engine takes the safer §1.3 reading.
  [
    "a possible wound problem with a fever is treated as a wound emergency",
    answer(quietKnee, { woundProblem: "unsure", feverOrUnwell: "yes" }),
    "E-WOUND-FEVER",
    emergencyDepartment,
  ],
  [
    "new breathlessness or chest pain calls emergency services",
    answer(quietKnee, { breathlessOrChestPain: "yes" }),
    "E-PE",
    callEmergency,
  ],
  [
    "not being sure about breathlessness or chest pain calls emergency services",
    answer(quietKnee, { breathlessOrChestPain: "unsure" }),
    "E-PE",
    callEmergency,
  ],
  [
    "severe worsening pain with a tight calf after an injury calls emergency services",
    answer(minorTwist, { severePainOutOfProportion: "yes" }),
    "E-COMPARTMENT",
    callEmergency,
  ],
  [
    "not being sure about severe worsening pain after an injury calls emergency services",
    answer(minorTwist, { severePainOutOfProportion: "unsure" }),
    "E-COMPARTMENT",
    callEmergency,
  ],
  [
    "a deep wound over the knee sends the visitor to the emergency department",
    answer(minorTwist, { openWound: "yes" }),
    "E-OPEN-WOUND",
    emergencyDepartment,
  ],
  [
    "a possible deep wound over the knee sends the visitor to the emergency department",
    answer(minorTwist, { openWound: "unsure" }),
    "E-OPEN-WOUND",
    emergencyDepartment,
  ],
  [
    "a deep wound is an emergency without a fresh injury too",
    answer(quietKnee, { openWound: "yes" }),
    "E-OPEN-WOUND",
    emergencyDepartment,
  ],
  [
    "fast swelling after an injury on blood thinners sends the visitor to the emergency department",
    answer(minorTwist, { swelling: "mild", rapidSwelling: "yes", anticoagulants: "yes" }),
    "E-BLEED",
    emergencyDepartment,
  ],
  [
    "marked swelling after an injury with possible blood thinners is an emergency",
    answer(minorTwist, { swelling: "marked", rapidSwelling: "no", anticoagulants: "unsure" }),
    "E-BLEED",
    emergencyDepartment,
  ],
  [
    "possible fast swelling after an injury on blood thinners is an emergency",
    answer(minorTwist, { swelling: "mild", rapidSwelling: "unsure", anticoagulants: "yes" }),
    "E-BLEED",
    emergencyDepartment,
  ],
  [
    "saddle numbness or new bladder trouble calls emergency services",
    answer(quietKnee, { backPainRadiating: "yes", saddleNumbnessOrBladder: "yes" }),
    "E-CAUDA",
    callEmergency,
  ],
  [
    "not being sure about saddle numbness calls emergency services",
    answer(quietKnee, { saddleNumbnessOrBladder: "unsure" }),
    "E-CAUDA",
    callEmergency,
  ],
  [
    "a child with hip pain who cannot take 4 steps goes to the emergency department",
    answer(quietChild, { hipOrGroinPain: "yes", walkFourStepsNow: "no" }),
    "E-CHILD-HIP",
    emergencyDepartment,
  ],
  [
    "a child with possible hip pain who may not manage 4 steps goes to the emergency department",
    answer(quietChild, { hipOrGroinPain: "unsure", walkFourStepsNow: "unsure" }),
    "E-CHILD-HIP",
    emergencyDepartment,
  ],
  [
    "a child with hip pain who cannot walk after an injury goes to the emergency department",
    answer(quietChild, { injury: "yes", daysSinceOnset: 1, hipOrGroinPain: "yes", walkFourStepsNow: "no" }),
    "E-CHILD-HIP",
    emergencyDepartment,
  ],
];

const silent: Array<[string, Intake, string]> = [
  ["a knee that did not look out of place is not a deformity", answer(minorTwist, { deformity: "no" }), "E-DEFORMITY"],
  [
    "a kneecap that went back by itself the first time is not a deformity emergency",
    answer(quietKnee, { patellaDislocation: "went_back_first_time" }),
    "E-DEFORMITY",
  ],
  ["a foot that is not cold or pale raises no vascular alarm", answer(quietKnee, { footColdPale: "no" }), "E-VASCULAR"],
  [
    "no numbness and no weakness after an injury raises no nerve alarm",
    answer(minorTwist, { numbnessTingling: "no", footWeakness: "no" }),
    "E-NEURO-INJURY",
  ],
  [
    "numbness 7.5 days after an injury is outside the acute window",
    answer(minorTwist, {
      daysSinceOnset: 7.5,
      numbnessTingling: "yes",
      otherJointsSwollen: "no",
      effusionAfterActivity: "no",
    }),
    "E-NEURO-INJURY",
  ],
  [
    "numbness without an injury is not an injury emergency",
    answer(quietKnee, { numbnessTingling: "yes", saddleNumbnessOrBladder: "no" }),
    "E-NEURO-INJURY",
  ],
  [
    "numbness with the injury question unanswered is not an injury emergency",
    answer(quietKnee, { injury: undefined, numbnessTingling: "yes" }),
    "E-NEURO-INJURY",
  ],
  [
    "walking 4 steps after an injury is not a cannot-walk emergency",
    answer(minorTwist, { walkFourStepsNow: "yes" }),
    "E-CANNOT-WALK",
  ],
  [
    "not walking 7.5 days after an injury is outside the acute window",
    answer(minorTwist, { daysSinceOnset: 7.5, walkFourStepsNow: "no" }),
    "E-CANNOT-WALK",
  ],
  [
    "lifting the straight leg after an injury is not an extensor emergency",
    answer(minorTwist, { straightLegRaise: "yes" }),
    "E-EXTENSOR",
  ],
  [
    "a weak straight-leg lift without an injury is not an extensor emergency",
    answer(quietKnee, { straightLegRaise: "no" }),
    "E-EXTENSOR",
  ],
  [
    "a hot knee without swelling is not a joint emergency",
    answer(quietKnee, { hotRed: "yes", swelling: "none", feverOrUnwell: "yes" }),
    "E-SEPTIC",
  ],
  [
    "a hot swollen knee with no fever or risk factor is not a joint emergency",
    answer(quietKnee, {
      hotRed: "yes",
      swelling: "mild",
      feverOrUnwell: "no",
      kneeReplacement: "no",
      recentSurgeryOrInjection: "no",
      immunosuppressed: "no",
    }),
    "E-SEPTIC",
  ],
  [
    "a swollen knee with a fever that is not hot is not a joint emergency",
    answer(quietKnee, { hotRed: "no", swelling: "marked", feverOrUnwell: "yes" }),
    "E-SEPTIC",
  ],
  [
    "a wound problem without a fever is not a wound emergency",
    answer(quietKnee, { woundProblem: "yes", feverOrUnwell: "no" }),
    "E-WOUND-FEVER",
  ],
  [
    "a fever with a healthy wound is not a wound emergency",
    answer(quietKnee, { woundProblem: "no", feverOrUnwell: "yes" }),
    "E-WOUND-FEVER",
  ],
  [
    "no breathlessness or chest pain raises no lung alarm",
    answer(quietKnee, { calfPainSwelling: "yes", breathlessOrChestPain: "no" }),
    "E-PE",
  ],
  [
    "no severe worsening pain after an injury raises no compartment alarm",
    answer(minorTwist, { severePainOutOfProportion: "no" }),
    "E-COMPARTMENT",
  ],
  [
    "severe worsening pain 7.5 days after an injury is outside the acute window",
    answer(minorTwist, { daysSinceOnset: 7.5, severePainOutOfProportion: "yes" }),
    "E-COMPARTMENT",
  ],
  ["no deep wound raises no open-wound alarm", answer(minorTwist, { openWound: "no" }), "E-OPEN-WOUND"],
  [
    "fast swelling after an injury without blood thinners is not a bleeding emergency",
    answer(minorTwist, { swelling: "mild", rapidSwelling: "yes", anticoagulants: "no" }),
    "E-BLEED",
  ],
  [
    "blood thinners with mild slow swelling after an injury are not a bleeding emergency",
    answer(minorTwist, { swelling: "mild", rapidSwelling: "no", anticoagulants: "yes" }),
    "E-BLEED",
  ],
  [
    "blood thinners with marked swelling but no injury are not a bleeding emergency",
    answer(quietKnee, { swelling: "marked", anticoagulants: "yes" }),
    "E-BLEED",
  ],
  [
    "blood thinners with marked swelling 7.5 days after an injury are outside the acute window",
    answer(minorTwist, { daysSinceOnset: 7.5, swelling: "marked", anticoagulants: "yes" }),
    "E-BLEED",
  ],
  [
    "no saddle numbness raises no spinal alarm",
    answer(quietKnee, { backPainRadiating: "yes", saddleNumbnessOrBladder: "no" }),
    "E-CAUDA",
  ],
  [
    "a 17-year-old with hip pain who cannot walk is not the child hip emergency",
    answer(quietKnee, { age: 17, hipOrGroinPain: "yes", walkFourStepsNow: "no" }),
    "E-CHILD-HIP",
  ],
  [
    "a child with hip pain who can walk is not an emergency",
    answer(quietChild, { hipOrGroinPain: "yes", walkFourStepsNow: "yes" }),
    "E-CHILD-HIP",
  ],
  [
    "a child without hip pain who cannot walk is not the child hip emergency",
    answer(quietChild, { hipOrGroinPain: "no", walkFourStepsNow: "no" }),
    "E-CHILD-HIP",
  ],
  [
    "hip pain and no walking with the age unanswered is not the child hip emergency",
    answer(quietChild, { age: undefined, hipOrGroinPain: "yes", walkFourStepsNow: "no" }),
    "E-CHILD-HIP",
  ],
];

describe("emergency rules", () => {
  it("the flag-free baselines are complete self-care", () => {
    for (const base of [quietKnee, minorTwist, quietChild]) {
      const disposition = evaluate(base);
      expect(disposition.missing).toEqual([]);
      expect({ level: disposition.level, complete: disposition.complete, rules: ruleIds(disposition) }).toEqual({
        level: "self_care",
        complete: true,
        rules: ["S-DEFAULT"],
      });
    }
  });

  it.each(fires)("%s", (_sentence, intake, rule, outcome) => {
    const disposition = expectFires(intake, rule, outcome);
    expect(isFinal(disposition)).toBe(true);
  });

  it.each(silent)("%s", (_sentence, intake, rule) => {
    expect(evaluate(intake).level).not.toBe("emergency");
    expectSilent(intake, rule);
  });

  it("numbness 7.5 days after an injury is booked for an assessment instead", () => {
    const later = answer(minorTwist, {
      daysSinceOnset: 7.5,
      numbnessTingling: "yes",
      otherJointsSwollen: "no",
      effusionAfterActivity: "no",
      saddleNumbnessOrBladder: "no",
    });
    expectFires(later, "R-REFERRED", outcomes.physioAssessment);
  });

  it("a deformity with a cold foot calls emergency services rather than sending the visitor themselves", () => {
    const disposition = expectFires(
      answer(minorTwist, { deformity: "yes", footColdPale: "yes" }),
      "E-VASCULAR",
      callEmergency,
    );
    expect(ruleIds(disposition)).toContain("E-DEFORMITY");
  });

  it("the reason names the injury and its timing in the visitor's terms", () => {
    const disposition = evaluate(answer(minorTwist, { mechanism: "fall", walkFourStepsNow: "no" }));
    expect(summaryOf(disposition, "E-CANNOT-WALK")).toMatch(/cannot take 4 steps.*after a fall 2 days ago/);
  });

  it("the child hip reason mentions the child's age", () => {
    const disposition = evaluate(answer(quietChild, { age: 9, hipOrGroinPain: "yes", walkFourStepsNow: "no" }));
    expect(summaryOf(disposition, "E-CHILD-HIP")).toContain("9");
  });

  it("the joint reason lists the facts that made it fire", () => {
    const disposition = evaluate(answer(quietKnee, { hotRed: "yes", swelling: "marked", feverOrUnwell: "yes" }));
    expect(summaryOf(disposition, "E-SEPTIC")).toMatch(/hot or red.*clearly swollen.*fever/);
    expect(disposition.reasons.find((reason) => reason.rule === "E-SEPTIC")?.facts).toEqual({
      hotRed: "yes",
      swelling: "marked",
      feverOrUnwell: "yes",
    });
  });

  it("an emergency is final even while questions remain", () => {
    const disposition = evaluate({ footColdPale: "yes" });
    expect(disposition).toMatchObject({ level: "emergency", complete: false });
    expect(disposition.missing.length).toBeGreaterThan(0);
    expect(isFinal(disposition)).toBe(true);
  });
});
