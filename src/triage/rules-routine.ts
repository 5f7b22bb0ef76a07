import { isAcuteInjury, isAdult, yesOrUnsure } from "./facts.js";
import { anyOf, withContext, type Rule } from "./rule.js";
import { matchNightPainRisk } from "./rules-urgent.js";

// Routine rules of spec §4: book an assessment within about 1–2 weeks. No routine rule names
// a physician, so every one books a physical-therapy assessment.

export const PERSISTENT_AFTER_DAYS = 42;
export const WORSENING_FROM_DAYS = 14;
export const FUNCTION_FROM_DAYS = 7;
export const SEVERE_PAIN_SCORE = 7;

export const routineRules: Rule[] = [
  {
    id: "R-INSTABILITY",
    level: "routine",
    action: "book_pt_assessment",
    advice: "a knee that gives way is worth an assessment within 1–2 weeks",
    match: (i) =>
      anyOf(
        [i.givingWay === "episodes", ["givingWay"]],
        [i.givingWay === "unstable_now" && !isAcuteInjury(i), ["givingWay"]],
        [i.patellaDislocation === "recurrent", ["patellaDislocation"]],
      ),
  },
  {
    id: "R-MECHANICAL",
    level: "routine",
    action: "book_pt_assessment",
    advice: "painful catching is worth an assessment within 1–2 weeks",
    match: (i) => anyOf([i.catching === "yes", ["catching"]]),
  },
  {
    id: "R-EFFUSION",
    level: "routine",
    action: "book_pt_assessment",
    advice: "swelling that keeps coming back is worth an assessment within 1–2 weeks",
    match: (i) =>
      anyOf(
        [i.effusionAfterActivity === "yes", ["effusionAfterActivity"]],
        [i.swelling === "marked" && !isAcuteInjury(i), ["swelling"]],
      ),
  },
  {
    id: "R-PERSISTENT",
    level: "routine",
    action: "book_pt_assessment",
    advice: "pain lasting over 6 weeks is worth an assessment within 1–2 weeks",
    match: (i) =>
      withContext(
        i.daysSinceOnset !== undefined && i.daysSinceOnset > PERSISTENT_AFTER_DAYS && (i.painScore ?? 0) >= 1,
        ["daysSinceOnset", "painScore"],
        [],
      ),
  },
  {
    id: "R-WORSENING",
    level: "routine",
    action: "book_pt_assessment",
    advice: "pain that is getting worse after two weeks is worth an assessment within 1–2 weeks",
    match: (i) =>
      withContext(
        i.trend === "worse" && i.daysSinceOnset !== undefined && i.daysSinceOnset >= WORSENING_FROM_DAYS,
        ["trend", "daysSinceOnset"],
        [],
      ),
  },
  {
    id: "R-FUNCTION",
    level: "routine",
    action: "book_pt_assessment",
    advice: "when pain has held you back for a week or more, an assessment within 1–2 weeks helps",
    match: (i) =>
      withContext(
        i.limitsActivity === "yes" && i.daysSinceOnset !== undefined && i.daysSinceOnset >= FUNCTION_FROM_DAYS,
        ["limitsActivity", "daysSinceOnset"],
        [],
      ),
  },
  {
    id: "R-REFERRED",
    level: "routine",
    action: "book_pt_assessment",
    advice: "the pain may be coming from the back or hip; an assessment within 1–2 weeks can check",
    match: (i) =>
      anyOf(
        [i.backPainRadiating === "yes", ["backPainRadiating"]],
        [i.hipOrGroinPain === "yes" && isAdult(i), ["hipOrGroinPain"]],
        [yesOrUnsure(i.numbnessTingling) && !isAcuteInjury(i), ["numbnessTingling"]],
      ),
  },
  {
    id: "R-NIGHT",
    level: "routine",
    action: "book_pt_assessment",
    advice: "constant pain at night is worth an assessment within 1–2 weeks",
    match: (i) =>
      withContext(i.nightPain === "yes" && isAdult(i) && matchNightPainRisk(i) === undefined, ["nightPain"], []),
  },
  {
    id: "R-SEVERE",
    level: "routine",
    action: "book_pt_assessment",
    onlyWithoutHigherLevel: true,
    advice: "pain this strong is worth an assessment within 1–2 weeks",
    match: (i) => withContext(i.painScore !== undefined && i.painScore >= SEVERE_PAIN_SCORE, ["painScore"], []),
  },
];
