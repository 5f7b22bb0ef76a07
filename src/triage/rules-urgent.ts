import { hasSwelling, isAcuteInjury, isChild, noOrUnsure, yesOrUnsure } from "./facts.js";
import type { Intake } from "./intake-schema.js";
import { acuteFields, anyOf, withContext, type Rule } from "./rule.js";

// Urgent rules of spec §4: a doctor or urgent care within 24 hours, some today.

export const OTTAWA_AGE = 55;

export function matchNightPainRisk(i: Intake) {
  return withContext(
    i.nightPain === "yes",
    ["nightPain"],
    anyOf(
      [i.cancerHistory === "yes", ["cancerHistory"]],
      [i.weightLoss === "yes", ["weightLoss"]],
      [yesOrUnsure(i.boneLump), ["boneLump"]],
      [isChild(i), ["age"]],
    ),
  );
}

export const urgentRules: Rule[] = [
  {
    id: "U-OTTAWA",
    level: "urgent",
    action: "urgent_care_today",
    mentionsInjury: true,
    advice: "an X-ray is advised today; go to urgent care",
    match: (i) =>
      withContext(
        isAcuteInjury(i),
        acuteFields(i),
        anyOf(
          [i.age !== undefined && i.age >= OTTAWA_AGE, ["age"]],
          [yesOrUnsure(i.tenderPatellaOnly), ["tenderPatellaOnly"]],
          [yesOrUnsure(i.tenderFibularHead), ["tenderFibularHead"]],
          [noOrUnsure(i.flexTo90), ["flexTo90"]],
          [
            noOrUnsure(i.walkFourStepsImmediately) && noOrUnsure(i.walkFourStepsNow),
            ["walkFourStepsImmediately", "walkFourStepsNow"],
          ],
        ),
      ),
  },
  {
    id: "U-HAEMARTHROSIS",
    level: "urgent",
    action: "see_doctor_within_24h",
    mentionsInjury: true,
    advice: "fast swelling after an injury can mean bleeding inside the joint; see a doctor within 24 hours",
    match: (i) =>
      withContext(isAcuteInjury(i), acuteFields(i), anyOf([yesOrUnsure(i.rapidSwelling), ["rapidSwelling"]])),
  },
  {
    id: "U-LOCKED",
    level: "urgent",
    action: "see_doctor_within_24h",
    advice: "a knee that will not straighten needs a doctor's check within 24 hours",
    match: (i) => anyOf([yesOrUnsure(i.locked), ["locked"]]),
  },
  {
    id: "U-PATELLA-FIRST",
    level: "urgent",
    action: "see_doctor_within_24h",
    advice: "after a first kneecap dislocation, see a doctor within 24 hours",
    match: (i) => anyOf([i.patellaDislocation === "went_back_first_time", ["patellaDislocation"]]),
  },
  {
    id: "U-UNSTABLE",
    level: "urgent",
    action: "see_doctor_within_24h",
    mentionsInjury: true,
    advice: "see a doctor within 24 hours and avoid putting your full weight through it until then",
    match: (i) => withContext(isAcuteInjury(i), acuteFields(i), anyOf([i.givingWay === "unstable_now", ["givingWay"]])),
  },
  {
    id: "U-DVT",
    level: "urgent",
    action: "urgent_care_today",
    advice: "a blood clot in the leg must be ruled out today; go to urgent care",
    match: (i) => anyOf([yesOrUnsure(i.calfPainSwelling), ["calfPainSwelling"]]),
  },
  {
    id: "U-HOT-JOINT",
    level: "urgent",
    action: "urgent_care_today",
    advice: "a hot, swollen joint must be checked for infection today; go to urgent care",
    match: (i) => withContext(yesOrUnsure(i.hotRed) && hasSwelling(i), ["hotRed", "swelling"], []),
  },
  {
    id: "U-WOUND",
    level: "urgent",
    action: "urgent_care_today",
    advice: "a wound problem after knee surgery needs checking today; contact your surgical team or urgent care",
    match: (i) => anyOf([yesOrUnsure(i.woundProblem), ["woundProblem"]]),
  },
  {
    id: "U-INFLAMMATORY",
    level: "urgent",
    action: "see_doctor_within_24h",
    advice: "swelling in several joints needs a doctor's review soon, with a joint specialist within 3 working days",
    match: (i) => anyOf([i.otherJointsSwollen === "yes", ["otherJointsSwollen"]]),
  },
  {
    id: "U-NIGHT-PAIN",
    level: "urgent",
    action: "see_doctor_within_24h",
    advice:
      "constant night pain with these signs needs a doctor's check and an X-ray soon; see a doctor within 24 hours",
    match: matchNightPainRisk,
  },
  {
    id: "U-CHILD-HIP",
    level: "urgent",
    action: "see_doctor_within_24h",
    advice: "in a young person, knee pain can come from the hip; see a doctor within 24 hours",
    match: (i) =>
      withContext(
        isChild(i) && !isAcuteInjury(i),
        ["age"],
        anyOf([yesOrUnsure(i.hipOrGroinPain), ["hipOrGroinPain"]], [i.limp === "yes", ["limp"]]),
      ),
  },
  {
    id: "U-NEURO",
    level: "urgent",
    action: "see_doctor_within_24h",
    advice: "weakness in the foot needs a doctor's check within 24 hours",
    match: (i) => withContext(!isAcuteInjury(i), [], anyOf([yesOrUnsure(i.footWeakness), ["footWeakness"]])),
  },
  {
    id: "U-CANNOT-WALK",
    level: "urgent",
    action: "urgent_care_today",
    advice: "not being able to walk on it needs checking today; go to urgent care",
    match: (i) => withContext(!isAcuteInjury(i), [], anyOf([noOrUnsure(i.walkFourStepsNow), ["walkFourStepsNow"]])),
  },
];
