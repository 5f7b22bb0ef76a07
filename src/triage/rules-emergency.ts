import { hasSwelling, isAcuteInjury, isChild, noOrUnsure, yesOrUnsure } from "./facts.js";
import { acuteFields, anyOf, withContext, type Rule } from "./rule.js";

// Emergency rules of spec §4. Any one of them ends the interview (spec §1.2).

export const emergencyRules: Rule[] = [
  {
    id: "E-DEFORMITY",
    reads: ["deformity", "patellaDislocation"],
    level: "emergency",
    action: "go_to_emergency_department",
    advice: "go to an emergency department now; do not try to push it back yourself",
    match: (i) =>
      anyOf([yesOrUnsure(i.deformity), ["deformity"]], [i.patellaDislocation === "still_out", ["patellaDislocation"]]),
  },
  {
    id: "E-VASCULAR",
    reads: ["footColdPale"],
    level: "emergency",
    action: "call_emergency_services",
    advice: "the blood supply to the foot may be affected; call emergency services now",
    match: (i) => anyOf([yesOrUnsure(i.footColdPale), ["footColdPale"]]),
  },
  {
    id: "E-NEURO-INJURY",
    reads: ["injury", "daysSinceOnset", "numbnessTingling", "footWeakness"],
    level: "emergency",
    action: "go_to_emergency_department",
    mentionsInjury: true,
    advice: "a nerve may be affected; go to an emergency department now",
    match: (i) =>
      withContext(
        isAcuteInjury(i),
        acuteFields(i),
        anyOf([yesOrUnsure(i.numbnessTingling), ["numbnessTingling"]], [yesOrUnsure(i.footWeakness), ["footWeakness"]]),
      ),
  },
  {
    id: "E-CANNOT-WALK",
    reads: ["injury", "daysSinceOnset", "walkFourStepsNow"],
    level: "emergency",
    action: "go_to_emergency_department",
    mentionsInjury: true,
    advice: "go to an emergency department now to have it checked and X-rayed",
    match: (i) =>
      withContext(isAcuteInjury(i), acuteFields(i), anyOf([noOrUnsure(i.walkFourStepsNow), ["walkFourStepsNow"]])),
  },
  {
    id: "E-EXTENSOR",
    reads: ["injury", "daysSinceOnset", "straightLegRaise"],
    level: "emergency",
    action: "go_to_emergency_department",
    mentionsInjury: true,
    advice: "the muscles that straighten the knee may be damaged; go to an emergency department now",
    match: (i) =>
      withContext(isAcuteInjury(i), acuteFields(i), anyOf([noOrUnsure(i.straightLegRaise), ["straightLegRaise"]])),
  },
  {
    id: "E-SEPTIC",
    reads: ["hotRed", "swelling", "feverOrUnwell", "kneeReplacement", "recentSurgeryOrInjection", "immunosuppressed"],
    level: "emergency",
    action: "go_to_emergency_department",
    advice: "a joint infection must be ruled out today; go to an emergency department now",
    match: (i) =>
      withContext(
        yesOrUnsure(i.hotRed) && hasSwelling(i),
        ["hotRed", "swelling"],
        anyOf(
          [yesOrUnsure(i.feverOrUnwell), ["feverOrUnwell"]],
          [i.kneeReplacement === "yes", ["kneeReplacement"]],
          [i.recentSurgeryOrInjection === "yes", ["recentSurgeryOrInjection"]],
          [yesOrUnsure(i.immunosuppressed), ["immunosuppressed"]],
        ),
      ),
  },
  {
    id: "E-WOUND-FEVER",
    reads: ["woundProblem", "feverOrUnwell"],
    level: "emergency",
    action: "go_to_emergency_department",
    advice: "the wound may be infected; go to an emergency department now",
    // Ruleset 2026.12 reads `woundProblem` unsure as yes (principle 3).
    match: (i) =>
      withContext(
        yesOrUnsure(i.woundProblem),
        ["woundProblem"],
        anyOf([yesOrUnsure(i.feverOrUnwell), ["feverOrUnwell"]]),
      ),
  },
  {
    id: "E-PE",
    reads: ["breathlessOrChestPain"],
    level: "emergency",
    action: "call_emergency_services",
    advice: "a blood clot may have reached the lungs; call emergency services now",
    match: (i) => anyOf([yesOrUnsure(i.breathlessOrChestPain), ["breathlessOrChestPain"]]),
  },
  {
    id: "E-COMPARTMENT",
    reads: ["injury", "daysSinceOnset", "severePainOutOfProportion"],
    level: "emergency",
    action: "call_emergency_services",
    mentionsInjury: true,
    advice: "pressure may be building in the leg muscles; call emergency services now",
    match: (i) =>
      withContext(
        isAcuteInjury(i),
        acuteFields(i),
        anyOf([yesOrUnsure(i.severePainOutOfProportion), ["severePainOutOfProportion"]]),
      ),
  },
  {
    id: "E-OPEN-WOUND",
    reads: ["openWound"],
    level: "emergency",
    action: "go_to_emergency_department",
    advice: "a deep wound over the joint needs cleaning and checking now; go to an emergency department",
    match: (i) => anyOf([yesOrUnsure(i.openWound), ["openWound"]]),
  },
  {
    id: "E-BLEED",
    reads: ["injury", "daysSinceOnset", "anticoagulants", "rapidSwelling", "swelling"],
    level: "emergency",
    action: "go_to_emergency_department",
    mentionsInjury: true,
    advice: "there may be bleeding into the joint; go to an emergency department now",
    match: (i) =>
      withContext(
        isAcuteInjury(i) && yesOrUnsure(i.anticoagulants),
        [...acuteFields(i), "anticoagulants"],
        anyOf([yesOrUnsure(i.rapidSwelling), ["rapidSwelling"]], [i.swelling === "marked", ["swelling"]]),
      ),
  },
  {
    id: "E-CAUDA",
    reads: ["saddleNumbnessOrBladder"],
    level: "emergency",
    action: "call_emergency_services",
    advice: "the nerves at the base of the spine may be pressed; call emergency services now",
    match: (i) => anyOf([yesOrUnsure(i.saddleNumbnessOrBladder), ["saddleNumbnessOrBladder"]]),
  },
  {
    id: "E-CHILD-HIP",
    reads: ["age", "hipOrGroinPain", "walkFourStepsNow"],
    level: "emergency",
    action: "go_to_emergency_department",
    advice: "in a young person this needs checking now; go to an emergency department",
    match: (i) =>
      withContext(
        isChild(i) && yesOrUnsure(i.hipOrGroinPain) && noOrUnsure(i.walkFourStepsNow),
        ["age", "hipOrGroinPain", "walkFourStepsNow"],
        [],
      ),
  },
];
