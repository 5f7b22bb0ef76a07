import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectRead, wordsRead } from "./extraction-reading.js";
import { extractFacts } from "../../src/triage/extract/index.js";
import { intakeFields, intakeSchema, type IntakeField } from "../../src/triage/intake-schema.js";
import { screenForEmergency } from "../../src/triage/screen.js";

// Short replies to the question just asked, negation and hedges, typos, evidence, and the
// contract that every answer is valid per the intake schema.

function answer(text: string, expecting: IntakeField[]) {
  const result = extractFacts(text, { expecting, now: new Date(2026, 0, 5, 12) });
  expect(intakeSchema.safeParse(result.answers).success).toBe(true);
  return result;
}

describe("bare answers to one question", () => {
  it.each<[string, IntakeField, unknown]>([
    ["yes", "footColdPale", "yes"],
    ["yeah", "hotRed", "yes"],
    ["yep", "limitsActivity", "yes"],
    ["yup", "injury", "yes"],
    ["definitely", "locked", "yes"],
    ["I can", "walkFourStepsNow", "yes"],
    ["no I can't", "walkFourStepsNow", "no"],
    ["nope", "footColdPale", "no"],
    ["nah", "nightPain", "no"],
    ["not really", "catching", "no"],
    ["I don't think so", "hotRed", "no"],
    ["not that I know of", "anticoagulants", "no"],
    ["not sure", "footColdPale", "unsure"],
    ["dunno", "hotRed", "unsure"],
    ["maybe", "calfPainSwelling", "unsure"],
    ["I think so?", "locked", "unsure"],
    ["i think so", "hotRed", "unsure"],
    ["I don't think so", "footWeakness", "no"],
    ["definitely not", "walkFourStepsNow", "no"],
    ["absolutely not", "hotRed", "no"],
    ["of course not", "footColdPale", "no"],
    ["not at the moment", "hotRed", "no"],
    ["not that i've noticed", "numbnessTingling", "no"],
    ["i'd say no", "hotRed", "no"],
    ["i'd say yes", "locked", "yes"],
    ["a year ago", "daysSinceOnset", 365],
    ["since 3/11", "daysSinceOnset", 63],
    ["since the start of the month", "daysSinceOnset", 4],
    ["none", "painScore", 0],
    ["someone ran into me", "mechanism", "direct_blow"],
    ["only just", "flexTo90", "unsure"],
    ["possibly", "injury", "unsure"],
    ["62", "age", 62],
    ["3", "painScore", 3],
    ["about a 6", "painScore", 6],
    ["7/10", "painScore", 7],
    ["6 or 7", "painScore", 7],
    ["fifty three", "age", 53],
    ["sixty-one", "age", 61],
    ["I'll be 16 in March", "age", 15],
    ["he's 9 and a half", "age", 9],
    ["two", "painScore", 2],
    ["six or seven", "painScore", 7],
    ["about a 4, maybe 5 on a bad day", "painScore", 5],
    ["3ish", "painScore", 3],
    ["zero, it doesn't hurt", "painScore", 0],
    ["zero right now but it was a 6 last night", "painScore", 6],
    ["12/10", "painScore", 10],
    ["12 out of 10 honestly", "painScore", 10],
    ["the pain is more like a 4, not an 8", "painScore", 4],
    ["7, no actually 5", "painScore", 5],
    ["53, sorry, 35", "age", 35],
    ["3 days, sorry I mean 3 weeks", "daysSinceOnset", 21],
    ["today", "daysSinceOnset", 0],
    ["about 2 weeks", "daysSinceOnset", 14],
    ["a couple weeks", "daysSinceOnset", 14],
    ["i think about 2 weeks?", "daysSinceOnset", 14],
    ["yep", "numbnessTingling", "yes"],
    ["nah never", "givingWay", "none"],
    ["no never buckled", "givingWay", "none"],
    ["most of the time yeah", "limp", "yes"],
    ["kinda", "calfPainSwelling", "unsure"],
    ["not sure tbh", "breathlessOrChestPain", "unsure"],
    ["barely, holding onto the furniture", "walkFourStepsNow", "unsure"],
    ["it's a bit pink but not leaking", "woundProblem", "unsure"],
    ["a bit puffy", "swelling", "mild"],
    ["like a balloon", "swelling", "marked"],
    ["quite swollen yeah, you can see it next to the other knee", "swelling", "marked"],
    ["no swelling at all", "swelling", "none"],
    ["getting a bit better", "trend", "improving"],
    ["it bent backwards", "mechanism", "hyperextension"],
    ["just stood up from squatting and felt it go", "mechanism", "other"],
    ["this is like the 4th time", "patellaDislocation", "recurrent"],
    ["it popped out and went back in by itself, first time ever", "patellaDislocation", "went_back_first_time"],
    ["2 hours", "daysSinceOnset", 0.08],
    ["3 days", "daysSinceOnset", 3],
    ["no", "swelling", "none"],
    ["a little", "swelling", "mild"],
    ["yes, really swollen", "swelling", "marked"],
    ["a few times", "givingWay", "episodes"],
    ["never", "givingWay", "none"],
    ["better", "trend", "improving"],
    ["worse", "trend", "worse"],
    ["no change", "trend", "same"],
    ["the left one", "side", "left"],
    ["both", "side", "both"],
    ["still out", "patellaDislocation", "still_out"],
    ["first time", "patellaDislocation", "went_back_first_time"],
    ["it's happened before", "patellaDislocation", "recurrent"],
  ])('reads "%s" to the %s question as %s', (text, field, value) => {
    const result = answer(text, [field]);
    expect(result.answers[field]).toBe(value);
    expect(result.evidence[field]).toBeTruthy();
  });

  it.each<[string, IntakeField]>([
    ["not sure", "catching"],
    ["possibly", "kneeReplacement"],
    ["yes", "swelling"],
    ["yes", "givingWay"],
    ["yes", "patellaDislocation"],
    ["3", "daysSinceOnset"],
    ["ages", "daysSinceOnset"],
    ["since the summer sometime", "daysSinceOnset"],
    ["years, on and off", "daysSinceOnset"],
    ["i think so?", "nightPain"],
    ["kinda", "catching"],
    ["I'm in my forties", "age"],
    ["hard to say, medium?", "painScore"],
  ])('asks again when "%s" does not settle the %s question', (text, field) => {
    const result = answer(text, [field]);
    expect(result.answers[field]).toBeUndefined();
    expect(result.uncertain).toContain(field);
  });

  it("applies only the reply to the question and reads the rest as free text", () => {
    const result = answer("no, but it's really hot", ["swelling"]);
    expect(result.answers).toEqual({ swelling: "none", hotRed: "yes" });
    expect(result.evidence.swelling).toBe("no");
  });

  it("reads an answer and a duration in the same reply, showing back an injury over 7 days old to confirm", () => {
    const result = answer("yes, about 3 weeks ago", ["injury"]);
    expect(result.answers).toEqual({ injury: "yes" });
    expect(result.confirm).toEqual({ daysSinceOnset: 21 });
  });

  it("reads a named mechanism as an injury, but not standing up from a squat", () => {
    expect(answer("it bent backwards", ["mechanism"]).answers).toEqual({ mechanism: "hyperextension", injury: "yes" });
    expect(answer("just stood up from squatting and felt it go", ["mechanism"]).answers.injury).toBeUndefined();
  });

  it("reads a kneecap still out as out of place too", () => {
    expect(answer("yes it's still out", ["patellaDislocation"]).answers).toMatchObject({
      patellaDislocation: "still_out",
      deformity: "yes",
    });
  });

  it("reads a number leading a longer reply as the answer, and the rest as free text", () => {
    expect(answer("62, and I can't put any weight on it", ["age"]).answers).toEqual({
      age: 62,
      walkFourStepsNow: "no",
    });
    expect(answer("I'm 45 and it's about a 6", ["age"]).answers).toEqual({ age: 45, painScore: 6 });
  });

  it("ignores bare replies when no question was asked", () => {
    for (const text of ["yes", "no", "3", "not sure", "fifty three", "on Friday"]) {
      const result = extractFacts(text);
      expect(result.answers).toEqual({});
      expect(result.evidence).toEqual({});
    }
  });
});

describe("bare answers to a checklist", () => {
  const checklist: IntakeField[] = [
    "footColdPale",
    "numbnessTingling",
    "footWeakness",
    "swelling",
    "givingWay",
    "patellaDislocation",
    "painScore",
  ];

  it.each(["no", "none", "none of these", "nope"])('reads "%s" as no to every item', (text) => {
    expect(answer(text, checklist).answers).toEqual({
      footColdPale: "no",
      numbnessTingling: "no",
      footWeakness: "no",
      swelling: "none",
      givingWay: "none",
      patellaDislocation: "none",
    });
  });

  it("reads a bare yes to a checklist as nothing certain", () => {
    const result = answer("yes", ["footColdPale", "numbnessTingling"]);
    expect(result.answers).toEqual({});
    expect(result.uncertain).toEqual(["footColdPale", "numbnessTingling"]);
  });

  it('keeps a symptom named after "none" of a checklist', () => {
    expect(answer("none, except my calf is sore", ["footColdPale", "calfPainSwelling"]).answers).toEqual({
      footColdPale: "no",
      calfPainSwelling: "yes",
    });
  });
});

describe("negation scope and hedges", () => {
  it("keeps a negation in its clause", () => {
    expect(wordsRead(extractFacts("no swelling but it's hot"))).toEqual({ swelling: "none", hotRed: "yes" });
  });

  it("ends a negation at a comma that starts a new statement", () => {
    expect(wordsRead(extractFacts("no injury, gets worse on stairs"))).toEqual({
      injury: "no",
      aggravators: ["stairs"],
    });
  });

  it("carries a negation across a list", () => {
    expect(wordsRead(extractFacts("no swelling, redness or heat"))).toEqual({ swelling: "none", hotRed: "no" });
  });

  it("reads a denial after a colon or question mark", () => {
    expect(wordsRead(extractFacts("fever: no. swelling? none"))).toEqual({ feverOrUnwell: "no", swelling: "none" });
  });

  it("records a doubted red flag as unsure and a doubted yes/no fact as uncertain", () => {
    const result = extractFacts("not sure if my calf is swollen, maybe it clicks painfully");
    expect(result.answers).toEqual({ calfPainSwelling: "unsure" });
    expect(result.uncertain).toEqual(["catching"]);
  });

  it("reads a doubt right after a checklist item, comma or not, as doubt about that item", () => {
    const checklist: IntakeField[] = ["hotRed", "feverOrUnwell", "calfPainSwelling", "recentSurgeryOrInjection"];
    expect(extractFacts("hot yes, fever not sure", { expecting: checklist }).answers).toMatchObject({
      hotRed: "yes",
      feverOrUnwell: "unsure",
    });
    expect(extractFacts("fever maybe, the rest no", { expecting: checklist }).answers.feverOrUnwell).toBe("unsure");
    // A doubt that goes on ("not sure why") is not about the item; "I think" leads what it governs.
    expect(extractFacts("I have a fever not sure why", { expecting: checklist }).answers.feverOrUnwell).toBe("yes");
    expect(extractFacts("hot yes, fever too", { expecting: checklist }).answers.feverOrUnwell).toBe("yes");
  });

  it("takes the unsafe reading when a symptom is denied in one place and said in another", () => {
    expect(extractFacts("no fever, but I feel really unwell").answers.feverOrUnwell).toBe("yes");
  });

  it("asks about walking when the visitor's words disagree", () => {
    expect(extractFacts("I can walk. I can't put weight on it.").uncertain).toContain("walkFourStepsNow");
  });
});

describe("typos", () => {
  it.each<[string, Record<string, unknown>]>([
    ["my knie is sweling", {}],
    ["i cant walk", { walkFourStepsNow: "no" }],
    ["i dont have a feaver", { feverOrUnwell: "no" }],
    ["it's painfull on the stares", { aggravators: ["stairs"] }],
    ["it has buckeled twice", { givingWay: "episodes" }],
    ["i have numbess in my foot", { numbnessTingling: "yes" }],
    ["I'm on warferin", { anticoagulants: "yes" }],
  ])('reads "%s"', (text, answers) => {
    expectRead(extractFacts(text), answers);
  });

  it("reads a misspelled swelling as at least mild and still asks how swollen", () => {
    const result = extractFacts("my knie is sweling");
    expect(result.answers.swelling).toBe("mild");
    expect(result.askAgain).toContain("swelling");
  });
});

describe("evidence and the schema contract", () => {
  it("quotes the visitor's own words for every recorded field", () => {
    const text = "I'm 62 and fell off a ladder 2 hours ago. Can't put weight on it! No swelling.";
    const result = extractFacts(text);
    expect(Object.keys(result.evidence).sort()).toEqual(Object.keys(result.answers).sort());
    for (const quote of Object.values(result.evidence)) expect(text).toContain(quote);
    expect(result.evidence.walkFourStepsNow).toBe("Can't put weight on it");
  });

  it("records screened emergencies in the intake with the screen's phrase as evidence", () => {
    const result = extractFacts("I think my foot might be a bit cold");
    expect(result.answers.footColdPale).toBe("unsure");
    expect(result.evidence.footColdPale).toBe(screenForEmergency("I think my foot might be a bit cold")[0]?.phrase);
  });

  it("never lists a field as both recorded and uncertain", () => {
    const result = extractFacts("it's swollen, really swollen actually, and it locks and won't straighten");
    expect(result.answers).toMatchObject({ swelling: "marked", locked: "yes" });
    expect(result.uncertain.filter((field) => field in result.answers)).toEqual([]);
  });

  it("gives schema-valid answers and known fields for any text", () => {
    const words = fc.constantFrom(
      "no",
      "not",
      "I'm",
      "62",
      "fell",
      "2",
      "hours",
      "ago",
      "swollen",
      "hot",
      "fever",
      "can't",
      "walk",
      "foot",
      "cold",
      "7/10",
      "yes",
      "kneecap",
      "out",
      "weeks",
      "maybe",
      "my",
      "dad",
      "chest",
      "pain",
      "but",
      ",",
      ".",
      "?",
      "left",
      "knee",
      "a",
      "few",
      "days",
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(words, fc.string()), { maxLength: 25 }),
        fc.subarray(intakeFields),
        (parts, expecting) => {
          const result = extractFacts(parts.join(" "), { expecting });
          expect(intakeSchema.safeParse(result.answers).success).toBe(true);
          expect(result.uncertain.every((field) => intakeFields.includes(field))).toBe(true);
          for (const hit of screenForEmergency(parts.join(" ")))
            expect(intakeSchema.safeParse(hit.answers).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
