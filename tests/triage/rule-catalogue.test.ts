import { describe, expect, it } from "vitest";
import { allRules, evaluate, SELF_CARE_RULE_ID, type Action, type Level } from "../../src/triage/index.js";

// The rule ids, levels and actions of spec §4, copied from the spec tables by hand so a
// renamed id or a changed action cannot slip through unnoticed.

const specRules: Array<[string, Level, Action]> = [
  ["E-DEFORMITY", "emergency", "go_to_emergency_department"],
  ["E-VASCULAR", "emergency", "call_emergency_services"],
  ["E-NEURO-INJURY", "emergency", "go_to_emergency_department"],
  ["E-CANNOT-WALK", "emergency", "go_to_emergency_department"],
  ["E-EXTENSOR", "emergency", "go_to_emergency_department"],
  ["E-SEPTIC", "emergency", "go_to_emergency_department"],
  ["E-WOUND-FEVER", "emergency", "go_to_emergency_department"],
  ["E-PE", "emergency", "call_emergency_services"],
  ["E-COMPARTMENT", "emergency", "call_emergency_services"],
  ["E-OPEN-WOUND", "emergency", "go_to_emergency_department"],
  ["E-BLEED", "emergency", "go_to_emergency_department"],
  ["E-CAUDA", "emergency", "call_emergency_services"],
  ["E-CHILD-HIP", "emergency", "go_to_emergency_department"],
  ["U-OTTAWA", "urgent", "urgent_care_today"],
  ["U-HAEMARTHROSIS", "urgent", "see_doctor_within_24h"],
  ["U-LOCKED", "urgent", "see_doctor_within_24h"],
  ["U-PATELLA-FIRST", "urgent", "see_doctor_within_24h"],
  ["U-UNSTABLE", "urgent", "see_doctor_within_24h"],
  ["U-DVT", "urgent", "urgent_care_today"],
  ["U-HOT-JOINT", "urgent", "urgent_care_today"],
  ["U-WOUND", "urgent", "urgent_care_today"],
  ["U-INFLAMMATORY", "urgent", "see_doctor_within_24h"],
  ["U-NIGHT-PAIN", "urgent", "see_doctor_within_24h"],
  ["U-CHILD-HIP", "urgent", "see_doctor_within_24h"],
  ["U-NEURO", "urgent", "see_doctor_within_24h"],
  ["U-CANNOT-WALK", "urgent", "urgent_care_today"],
  ["R-INSTABILITY", "routine", "book_pt_assessment"],
  ["R-MECHANICAL", "routine", "book_pt_assessment"],
  ["R-EFFUSION", "routine", "book_pt_assessment"],
  ["R-PERSISTENT", "routine", "book_pt_assessment"],
  ["R-WORSENING", "routine", "book_pt_assessment"],
  ["R-FUNCTION", "routine", "book_pt_assessment"],
  ["R-REFERRED", "routine", "book_pt_assessment"],
  ["R-NIGHT", "routine", "book_pt_assessment"],
  ["R-SEVERE", "routine", "book_pt_assessment"],
];

describe("rule catalogue", () => {
  it("the engine has exactly the rules of the spec, with their levels and actions", () => {
    expect(allRules.map((rule) => [rule.id, rule.level, rule.action])).toEqual(specRules);
  });

  it("the self-care default has the spec id", () => {
    expect(SELF_CARE_RULE_ID).toBe("S-DEFAULT");
  });

  it("no rule fires on an intake with nothing answered", () => {
    const disposition = evaluate({});
    expect(disposition).toMatchObject({ level: "self_care", action: "self_care", complete: false, reasons: [] });
  });

  it("every rule's advice is written without a diagnosis and says how soon", () => {
    for (const rule of allRules) {
      expect(rule.advice, rule.id).toMatch(/now|today|24 hours|3 working days|1–2 weeks|helps|check/);
      expect(rule.advice, rule.id).not.toMatch(/\byou have\b/i);
    }
  });
});
