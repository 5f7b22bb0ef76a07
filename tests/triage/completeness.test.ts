import { describe, expect, it } from "vitest";
import {
  evaluate,
  intakeFields,
  isFinal,
  nextQuestions,
  questionPriority,
  type Intake,
  type IntakeField,
} from "../../src/triage/index.js";
import { answer, minorTwist, quietChild, quietKnee } from "./fixtures.js";

// Spec §5: which questions remain, in which order, and when a disposition is complete.

const alwaysNeeded: IntakeField[] = [
  "age",
  "injury",
  "daysSinceOnset",
  "walkFourStepsNow",
  "footColdPale",
  "numbnessTingling",
  "footWeakness",
  "swelling",
  "hotRed",
  "feverOrUnwell",
  "calfPainSwelling",
  "locked",
  "catching",
  "givingWay",
  "nightPain",
  "painScore",
  "trend",
  "limitsActivity",
  "backPainRadiating",
  "recentSurgeryOrInjection",
];
const acuteBranch: IntakeField[] = [
  "deformity",
  "walkFourStepsImmediately",
  "flexTo90",
  "tenderPatellaOnly",
  "tenderFibularHead",
  "straightLegRaise",
  "patellaDislocation",
  "openWound",
  "severePainOutOfProportion",
];
const nonAcuteBranch: IntakeField[] = ["otherJointsSwollen", "effusionAfterActivity"];

const sorted = (fields: Iterable<IntakeField>) => [...fields].sort();
const without = (intake: Intake, fields: IntakeField[]) =>
  answer(intake, Object.fromEntries(fields.map((field) => [field, undefined])));

describe("next questions", () => {
  it("a fresh intake asks the always-needed questions and the no-injury branch, injury first", () => {
    const questions = nextQuestions({});
    expect(sorted(questions)).toEqual(sorted([...alwaysNeeded, ...nonAcuteBranch]));
    expect(questions[0]).toBe("injury");
  });

  it("an acute injury asks the Ottawa and injury questions instead of the no-injury branch", () => {
    const questions = nextQuestions({ injury: "yes", daysSinceOnset: 2 });
    expect(questions).toEqual(expect.arrayContaining(acuteBranch));
    for (const field of nonAcuteBranch) expect(questions).not.toContain(field);
  });

  it.each([
    ["an injury whose timing is unanswered", { injury: "yes" }],
    ["an injury the visitor is unsure of", { injury: "unsure", daysSinceOnset: 1 }],
    ["an injury on day 7", { injury: "yes", daysSinceOnset: 7 }],
  ] as Array<[string, Intake]>)("%s takes the acute-injury branch", (_label, intake) => {
    expect(nextQuestions(intake)).toEqual(expect.arrayContaining(acuteBranch));
  });

  it.each([
    ["an injury 7.5 days ago", { injury: "yes", daysSinceOnset: 7.5 }],
    ["no injury", { injury: "no", daysSinceOnset: 1 }],
  ] as Array<[string, Intake]>)("%s takes the no-injury branch", (_label, intake) => {
    const questions = nextQuestions(intake);
    expect(questions).toEqual(expect.arrayContaining(nonAcuteBranch));
    for (const field of acuteBranch) expect(questions).not.toContain(field);
  });

  it("swelling after an acute injury asks about fast swelling and blood thinners", () => {
    expect(sorted(nextQuestions(answer(minorTwist, { swelling: "mild" })))).toEqual([
      "anticoagulants",
      "rapidSwelling",
    ]);
    expect(nextQuestions(answer(minorTwist, { swelling: "none" }))).toEqual([]);
    expect(nextQuestions(answer(quietKnee, { swelling: "marked" }))).toEqual([]);
  });

  it("a child without an injury is asked about the hip and a limp; a 17-year-old is not", () => {
    expect(nextQuestions(without(quietChild, ["hipOrGroinPain", "limp"]))).toEqual(["hipOrGroinPain", "limp"]);
    expect(nextQuestions(answer(quietKnee, { age: 17 }))).toEqual([]);
  });

  it("a child with an acute injury is asked the injury questions, not the hip ones", () => {
    const questions = nextQuestions({ age: 12, injury: "yes", daysSinceOnset: 1 });
    expect(questions).toEqual(expect.arrayContaining(acuteBranch));
    expect(questions).not.toContain("hipOrGroinPain");
    expect(questions).not.toContain("limp");
  });

  it.each(["yes", "unsure"] as const)("a hot red knee answered %s asks about a replacement and immunity", (hotRed) => {
    expect(sorted(nextQuestions(answer(quietKnee, { hotRed })))).toEqual(
      sorted(["kneeReplacement", "immunosuppressed"]),
    );
  });

  it("every visitor is asked about recent surgery or an injection, even with a cool knee (ruleset 2026.12)", () => {
    expect(nextQuestions(answer(quietKnee, { recentSurgeryOrInjection: undefined }))).toEqual([
      "recentSurgeryOrInjection",
    ]);
    expect(nextQuestions(answer(minorTwist, { recentSurgeryOrInjection: undefined }))).toEqual([
      "recentSurgeryOrInjection",
    ]);
  });

  it("a cool knee after recent surgery is asked about the wound, so a leaking wound with a fever is found", () => {
    const postOp = answer(quietKnee, { recentSurgeryOrInjection: "yes" });
    expect(nextQuestions(postOp)).toEqual(["woundProblem"]);
    expect(evaluate(answer(postOp, { woundProblem: "yes", feverOrUnwell: "yes" })).level).toBe("emergency");
  });

  it("a knee that is not hot asks nothing more about infection", () => {
    expect(nextQuestions(answer(quietKnee, { hotRed: "no" }))).toEqual([]);
  });

  it("recent surgery or an injection asks about the wound", () => {
    const hot = answer(quietKnee, { hotRed: "yes", kneeReplacement: "no", immunosuppressed: "no" });
    expect(nextQuestions(answer(hot, { recentSurgeryOrInjection: "yes" }))).toEqual(["woundProblem"]);
    expect(nextQuestions(answer(hot, { recentSurgeryOrInjection: "no" }))).toEqual([]);
  });

  it.each(["yes", "unsure"] as const)(
    "calf pain answered %s asks about breathlessness and chest pain",
    (calfPainSwelling) => {
      expect(nextQuestions(answer(quietKnee, { calfPainSwelling }))).toEqual(["breathlessOrChestPain"]);
    },
  );

  it("night pain asks about cancer, weight loss and a bony lump", () => {
    expect(sorted(nextQuestions(answer(quietKnee, { nightPain: "yes" })))).toEqual(
      sorted(["cancerHistory", "weightLoss", "boneLump"]),
    );
  });

  it.each([
    ["radiating back pain", { backPainRadiating: "yes" }],
    ["foot weakness", { footWeakness: "yes" }],
    ["possible foot weakness", { footWeakness: "unsure" }],
    ["numbness", { numbnessTingling: "yes" }],
    ["possible numbness", { numbnessTingling: "unsure" }],
  ] as Array<[string, Intake]>)("%s asks about saddle numbness and bladder trouble", (_label, changes) => {
    expect(nextQuestions(answer(quietKnee, changes))).toEqual(["saddleNumbnessOrBladder"]);
  });

  it("no back, nerve or foot symptoms skip the saddle question", () => {
    expect(nextQuestions(quietKnee)).not.toContain("saddleNumbnessOrBladder");
  });

  it("asks the most safety-critical questions first", () => {
    const questions = nextQuestions({
      injury: "yes",
      daysSinceOnset: 1,
      hotRed: "yes",
      calfPainSwelling: "yes",
      backPainRadiating: "yes",
      nightPain: "yes",
    });
    const before = (first: IntakeField, second: IntakeField) =>
      expect(questions.indexOf(first), `${first} before ${second}`).toBeLessThan(questions.indexOf(second));
    before("footColdPale", "trend");
    before("breathlessOrChestPain", "locked");
    before("saddleNumbnessOrBladder", "painScore");
    before("deformity", "tenderPatellaOnly");
    before("walkFourStepsNow", "flexTo90");
    before("feverOrUnwell", "catching");
    before("immunosuppressed", "givingWay");
    before("boneLump", "limitsActivity");
    expect(questions.slice(0, 2)).toEqual(["age", "footColdPale"]);
  });

  it("a hot knee with a fever asks about swelling first, because swelling decides a joint infection emergency", () => {
    expect(nextQuestions({ hotRed: "yes", feverOrUnwell: "yes" })[0]).toBe("swelling");
    expect(nextQuestions({ hotRed: "no", feverOrUnwell: "yes" })[0]).toBe("injury");
  });

  it("numbness without a known injury asks about an injury first; a leaking wound asks about a fever early", () => {
    expect(nextQuestions({ numbnessTingling: "yes" })[0]).toBe("injury");
    const wound = nextQuestions({ recentSurgeryOrInjection: "yes", woundProblem: "yes" });
    expect(wound[0]).toBe("feverOrUnwell");
    expect(nextQuestions({ recentSurgeryOrInjection: "yes", woundProblem: "no" })[0]).toBe("injury");
  });

  it("the question order covers every intake field a branch can need, once", () => {
    expect(new Set(questionPriority).size).toBe(questionPriority.length);
    const staffOnly: IntakeField[] = ["sex", "side", "mechanism", "aggravators", "activity"];
    expect(sorted(questionPriority)).toEqual(sorted(intakeFields.filter((field) => !staffOnly.includes(field))));
  });

  it("never asks a question that is already answered", () => {
    const partial = { injury: "yes", age: 40, footColdPale: "no" } as const;
    for (const field of Object.keys(partial)) expect(nextQuestions(partial)).not.toContain(field);
  });
});

describe("completeness", () => {
  it("a disposition is complete exactly when nothing is missing", () => {
    for (const intake of [quietKnee, minorTwist, quietChild, {}, answer(quietKnee, { nightPain: "yes" })]) {
      const disposition = evaluate(intake);
      expect(disposition.missing).toEqual(nextQuestions(intake));
      expect(disposition.complete).toBe(disposition.missing.length === 0);
    }
  });

  it("answering a newly opened branch completes the disposition again", () => {
    const opened = answer(quietKnee, { nightPain: "yes" });
    expect(evaluate(opened).complete).toBe(false);
    expect(evaluate(answer(opened, { cancerHistory: "no", weightLoss: "no", boneLump: "no" })).complete).toBe(true);
  });

  it("an emergency is final before the interview is complete", () => {
    const disposition = evaluate({ injury: "yes", walkFourStepsNow: "no" });
    expect(disposition).toMatchObject({ level: "emergency", complete: false });
    expect(isFinal(disposition)).toBe(true);
  });

  it("an incomplete urgent or routine disposition is not final", () => {
    expect(isFinal(evaluate({ calfPainSwelling: "yes" }))).toBe(false);
    expect(isFinal(evaluate({ catching: "yes" }))).toBe(false);
  });

  it("while incomplete, the disposition shows the highest level the answers give so far", () => {
    expect(evaluate({ catching: "yes", locked: "yes" })).toMatchObject({ level: "urgent", complete: false });
  });

  it("staff-only fields never hold up completeness", () => {
    const disposition = evaluate(without(quietKnee, ["sex", "side"]));
    expect(disposition.complete).toBe(true);
  });
});
