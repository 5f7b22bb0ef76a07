import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alarmingValues, worseValueStillPossible } from "../../src/triage/alarming-values.js";
import { extractFacts } from "../../src/triage/extract/index.js";
import { gateFreeText } from "../../src/triage/free-text-gate.js";
import { intakeFields, type Intake, type IntakeField } from "../../src/triage/index.js";
import { intakeArbitrary } from "./arbitraries.js";

// Spec §7.1, as a property of the code: whatever the visitor types, free text records a
// field's reassuring answer only when it answers that field's own question. One gate decides
// (src/triage/free-text-gate.ts); the extractor, the screen and a model's tool calls all pass it.

const gated = intakeFields.filter((field) => alarmingValues(field) !== undefined);
const now = new Date(2026, 10, 30, 12);

// Words visitors use, with every kind of negation, hedge, subject and body part around them.
const fragments = [
  "no",
  "not",
  "never",
  "don't",
  "can't",
  "cannot",
  "isn't",
  "wasn't",
  "won't",
  "no longer",
  "not really",
  "hardly",
  "barely",
  "i think",
  "maybe",
  "kinda",
  "not sure",
  "definitely",
  "actually",
  "but",
  "and",
  "although",
  "though",
  "except",
  "fever",
  "temperature",
  "hot",
  "red",
  "warm",
  "swollen",
  "puffy",
  "swelling",
  "cold",
  "pale",
  "blue",
  "numb",
  "tingling",
  "walk",
  "walking",
  "steps",
  "weight",
  "bend",
  "straighten",
  "lift my leg",
  "locked",
  "stuck",
  "clicks",
  "catches",
  "gives way",
  "buckles",
  "unstable",
  "kneecap",
  "out of place",
  "dislocated",
  "calf",
  "chest",
  "breath",
  "bladder",
  "wound",
  "leaking",
  "surgery",
  "injection",
  "replacement",
  "blood thinners",
  "warfarin",
  "diabetes",
  "cancer",
  "weight loss",
  "lump",
  "night",
  "injury",
  "fell",
  "twisted",
  "no injury",
  "fine",
  "ok",
  "normal",
  "all good",
  "my mum",
  "my ankle",
  "years ago",
  "what if",
  "yesterday",
  "3 weeks ago",
  "since tuesday",
  "limp",
  "hip",
  "groin",
  "back pain",
  "other joints",
  "can walk fine",
  "no fever",
];
const freeText = fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 14 }).chain((words) =>
  fc
    .array(fc.constantFrom(" ", ", ", ". ", " and ", "? "), { minLength: words.length, maxLength: words.length })
    .map((joins) =>
      words
        .map((word, index) => `${word}${joins[index]}`)
        .join("")
        .trim(),
    ),
);
const someFields = fc.subarray(intakeFields, { maxLength: 4 });

// The reassuring answers, written from spec §7.1 itself (not from the code under test): "no"
// for a yes/no field a rule reads, "yes" for the walking, bending and leg-raise questions, and
// "none" for the enums.
const abilities: readonly string[] = ["walkFourStepsNow", "walkFourStepsImmediately", "flexTo90", "straightLegRaise"];
const noneEnums: readonly string[] = ["swelling", "givingWay", "patellaDislocation"];
const descriptive: readonly string[] = [
  "age",
  "sex",
  "side",
  "mechanism",
  "daysSinceOnset",
  "painScore",
  "trend",
  "aggravators",
  "activity",
];

function isReassuring(field: IntakeField, value: unknown): boolean {
  if (descriptive.includes(field)) return false;
  if (noneEnums.includes(field)) return value === "none";
  return value === (abilities.includes(field) ? "yes" : "no");
}

function reassuring(answers: Intake, answering: readonly IntakeField[]): IntakeField[] {
  return (Object.entries(answers) as Array<[IntakeField, unknown]>)
    .filter(([field, value]) => !answering.includes(field) && isReassuring(field, value))
    .map(([field]) => field);
}

describe("free text can raise, never lower (spec §7.1)", () => {
  it("no text, with or without a pending question, records a reassuring answer for a field it does not answer", () => {
    fc.assert(
      fc.property(freeText, someFields, (text, answering) => {
        const result = extractFacts(text, { now, expecting: answering });
        expect(reassuring(result.answers, answering), text).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it("the gate sorts any set of facts into recorded, withheld and to-confirm, and lets a reassuring answer through only for its own question", () => {
    fc.assert(
      fc.property(intakeArbitrary, intakeArbitrary, someFields, (answers, known, answering) => {
        const result = gateFreeText({ answers, evidence: {}, answering, intake: known });
        expect(reassuring(result.record, answering)).toEqual([]);
        const sorted = [
          ...Object.keys(result.record),
          ...Object.keys(result.withheld),
          ...Object.keys(result.confirm),
        ].sort();
        expect(sorted).toEqual(
          Object.keys(answers)
            .filter((field) => answers[field as IntakeField] !== undefined)
            .sort(),
        );
        // Nothing branch-closing is relied on unless it answers its own question.
        if (!answering.includes("injury")) expect(result.record.injury).not.toBe("no");
      }),
      { numRuns: 2000 },
    );
  });

  it("a field's alarming answers pass from anywhere; its reassuring answer only from its own question", () => {
    for (const field of gated) {
      const [alarming] = alarmingValues(field) ?? [];
      const safe =
        field === "swelling" || field === "givingWay" || field === "patellaDislocation"
          ? "none"
          : ["walkFourStepsNow", "walkFourStepsImmediately", "flexTo90", "straightLegRaise"].includes(field)
            ? "yes"
            : "no";
      const unprompted = gateFreeText({
        answers: { [field]: alarming, ...{} } as Intake,
        evidence: {},
        answering: [],
        intake: {},
      });
      expect(unprompted.record[field], field).toBe(alarming);
      const denied = gateFreeText({
        answers: { [field]: safe } as Intake,
        evidence: { [field]: "their words" },
        answering: [],
        intake: {},
      });
      expect(denied.record[field], field).toBeUndefined();
      expect(Object.keys(denied.withheld).concat(Object.keys(denied.confirm)), field).toContain(field);
      const answered = gateFreeText({
        answers: { [field]: safe } as Intake,
        evidence: {},
        answering: [field],
        intake: {},
      });
      expect(answered.record[field], field).toBe(safe);
    }
  });
});

describe("the gate's other duties", () => {
  it("keeps the visitor's reassuring words for staff: 'no fever though' is withheld with the words, and the fever question stays open", () => {
    const result = extractFacts("my knee is hot and red, no fever though", { now });
    expect(result.answers.hotRed).toBe("yes");
    expect(result.answers.feverOrUnwell).toBeUndefined();
    expect(result.withheld.feverOrUnwell).toMatchObject({ value: "no", words: expect.stringContaining("no fever") });
    expect(result.uncertain).toContain("feverOrUnwell");
  });

  it("sends 'no injury' to a confirmation, but records it when it answers the injury question", () => {
    expect(gateFreeText({ answers: { injury: "no" }, evidence: {}, answering: [], intake: {} }).confirm).toEqual({
      injury: "no",
    });
    expect(gateFreeText({ answers: { injury: "no" }, evidence: {}, answering: ["injury"], intake: {} }).record).toEqual(
      { injury: "no" },
    );
  });

  it("confirms an onset that would make an injury non-acute, with the injury it came with; records it once 'no injury' is known", () => {
    const withInjury = gateFreeText({
      answers: { injury: "yes", daysSinceOnset: 21 },
      evidence: {},
      answering: [],
      intake: {},
    });
    expect(withInjury.confirm).toEqual({ injury: "yes", daysSinceOnset: 21 });
    expect(withInjury.record).toEqual({});
    expect(gateFreeText({ answers: { daysSinceOnset: 3 }, evidence: {}, answering: [], intake: {} }).record).toEqual({
      daysSinceOnset: 3,
    });
    expect(
      gateFreeText({ answers: { daysSinceOnset: 21 }, evidence: {}, answering: [], intake: { injury: "no" } }).record,
    ).toEqual({ daysSinceOnset: 21 });
    expect(
      gateFreeText({ answers: { daysSinceOnset: 21 }, evidence: {}, answering: ["daysSinceOnset"], intake: {} }).record,
    ).toEqual({ daysSinceOnset: 21 });
  });

  it("records a 'bit puffy' knee as mild and still asks, as it could be marked; a marked one is not asked again", () => {
    expect(gateFreeText({ answers: { swelling: "mild" }, evidence: {}, answering: [], intake: {} })).toMatchObject({
      record: { swelling: "mild" },
      askAgain: ["swelling"],
    });
    expect(gateFreeText({ answers: { swelling: "marked" }, evidence: {}, answering: [], intake: {} })).toMatchObject({
      record: { swelling: "marked" },
      askAgain: [],
    });
    expect(
      gateFreeText({ answers: { swelling: "mild" }, evidence: {}, answering: ["swelling"], intake: {} }).askAgain,
    ).toEqual([]);
  });

  it("asks again about a kneecap that went back until the visitor has said nothing looks out of place", () => {
    expect(worseValueStillPossible("patellaDislocation", "went_back_first_time")).toBe(true);
    expect(worseValueStillPossible("patellaDislocation", "went_back_first_time", { deformity: "unsure" })).toBe(true);
    // Still out would be out of place, which the visitor has just denied.
    expect(worseValueStillPossible("patellaDislocation", "went_back_first_time", { deformity: "no" })).toBe(false);
    expect(worseValueStillPossible("swelling", "mild", { deformity: "no" })).toBe(true);
  });
});
