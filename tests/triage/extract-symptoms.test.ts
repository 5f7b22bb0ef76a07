import { describe, expect, it } from "vitest";
import { expectRead } from "./extraction-reading.js";
import { extractFacts } from "../../src/triage/extract/index.js";
import { intakeSchema, type Intake, type IntakeField } from "../../src/triage/intake-schema.js";

// Symptoms said in passing: swelling, walking, heat, fever, mechanics, nerves, the calf,
// night pain, pain score, trend and activity.

function extract(text: string) {
  const result = extractFacts(text, { now: new Date(2026, 0, 5, 12) });
  expect(intakeSchema.safeParse(result.answers).success).toBe(true);
  return result;
}

type Case = [text: string, answers: Intake];

function expectCases(cases: Case[]) {
  it.each(cases)('reads "%s" as %o', (text, answers) => {
    expectRead(extract(text), answers);
  });
}

function expectAsked(cases: Array<[text: string, field: IntakeField]>) {
  it.each(cases)('asks rather than guesses for "%s" (%s)', (text, field) => {
    const result = extract(text);
    expect(result.answers[field]).toBeUndefined();
    expect(result.uncertain).toContain(field);
  });
}

describe("swelling", () => {
  expectCases([
    ["no swelling", { swelling: "none" }],
    ["I dont have any swelling", { swelling: "none" }],
    ["a little puffy", { swelling: "mild" }],
    ["slightly swollen", { swelling: "mild" }],
    ["really swollen", { swelling: "marked" }],
    // British intensifiers: "proper swollen" is really swollen; "swollen" alone may be mild.
    ["me knee's killin me since sat, proper swollen", { swelling: "marked" }],
    ["me knee's killin me since sat, swollen", { swelling: "mild" }],
    ["it's huge", { swelling: "marked" }],
    ["twice the size of the other one", { swelling: "marked" }],
    ["it ballooned", { swelling: "marked" }],
    ["my kne is really swolen", { swelling: "marked" }],
    ["it swelled up straight away", { rapidSwelling: "yes" }],
    ["swollen within an hour", { rapidSwelling: "yes" }],
    ["it swelled up overnight", { rapidSwelling: "no" }],
    ["it swells after running", { effusionAfterActivity: "yes" }],
    ["it doesn't swell after running", { effusionAfterActivity: "no" }],
  ]);
  // Plain or hedged "swollen" is at least mild (so a hot swollen knee is seen at once), and
  // the question is still asked: it could be marked (spec §7.1, tests/corpus/README.md).
  it.each(["it's swollen", "it might be swollen"])('reads "%s" as mild and still asks how swollen', (text) => {
    const result = extract(text);
    expect(result.answers.swelling).toBe("mild");
    expect(result.askAgain).toContain("swelling");
  });
  expectAsked([["not sure if it's swollen", "swelling"]]);

  it("does not read a swollen calf as a swollen knee", () => {
    expect(extract("my calf is swollen").answers.swelling).toBeUndefined();
  });
});

describe("walking and limp", () => {
  expectCases([
    ["I can walk fine", { walkFourStepsNow: "yes" }],
    ["walking ok with a limp", { walkFourStepsNow: "yes" }],
    ["I can't walk without a limp", { walkFourStepsNow: "yes", limp: "yes" }],
    ["can't walk far", { walkFourStepsNow: "yes" }],
    ["can't walk", { walkFourStepsNow: "no" }],
    ["cant put wieght on it", { walkFourStepsNow: "no" }],
    ["unable to bear weight", { walkFourStepsNow: "no" }],
    ["I can barely walk", { walkFourStepsNow: "unsure" }],
    ["limping all the time", { limp: "yes", walkFourStepsNow: "yes" }],
    ["no limp", { limp: "no" }],
    ["walked off the pitch", { walkFourStepsImmediately: "yes" }],
    ["had to be carried off", { walkFourStepsImmediately: "no" }],
  ]);
  expectAsked([["I'm limping", "limp"]]);
});

describe("heat and fever", () => {
  expectCases([
    ["it's hot and red", { hotRed: "yes" }],
    ["knee is warm to the touch", { hotRed: "yes" }],
    ["not hot", { hotRed: "no" }],
    ["it's not hot or red", { hotRed: "no" }],
    ["no swelling, redness or heat", { swelling: "none", hotRed: "no" }],
    ["I have a fever", { feverOrUnwell: "yes" }],
    ["I have a temperature", { feverOrUnwell: "yes" }],
    ["I've got chills", { feverOrUnwell: "yes" }],
    ["I feel really unwell", { feverOrUnwell: "yes" }],
    ["I feel a bit unwell", { feverOrUnwell: "unsure" }],
    ["i feel a bit fluey", { feverOrUnwell: "unsure" }],
    ["i feel fluey", { feverOrUnwell: "yes" }],
    ["temperature is 37.2", { feverOrUnwell: "no" }],
    ["no fever", { feverOrUnwell: "no" }],
    ["I feel fine otherwise", { feverOrUnwell: "no" }],
    ["no fever but my knee is hot", { feverOrUnwell: "no", hotRed: "yes" }],
    ["my scar is red and oozing since the operation", { woundProblem: "yes" }],
  ]);
  expectAsked([["the skin around the cut is red and hot", "hotRed"]]);
});

describe("locking, catching and giving way", () => {
  expectCases([
    ["it locked and I can't straighten it", { locked: "yes" }],
    ["it's stuck bent", { locked: "yes" }],
    ["it doesn't lock", { locked: "no" }],
    ["it clicks but doesn't hurt", { catching: "no" }],
    ["it catches painfully", { catching: "yes" }],
    ["clicks and it hurts", { catching: "yes" }],
    ["it gave way a few times", { givingWay: "episodes" }],
    ["it buckled twice last week", { givingWay: "episodes" }],
    ["it won't hold me", { givingWay: "unstable_now" }],
    ["feels like it will collapse now", { givingWay: "unstable_now" }],
    ["never gives way", { givingWay: "none" }],
    ["it gave way twice and now it won't hold me", { givingWay: "unstable_now" }],
  ]);
  expectAsked([
    ["it locks sometimes", "locked"],
    ["it clicks", "catching"],
    // Visitors often call the kneecap the knee: it may have been the kneecap, so that is asked.
    ["knee popped out and went back in during basketball, first time", "patellaDislocation"],
  ]);
});

describe("nerves, foot and calf", () => {
  expectCases([
    ["pins and needles in my foot", { numbnessTingling: "yes" }],
    ["numb shin", { numbnessTingling: "yes" }],
    ["tingleing and numbess in my foot", { numbnessTingling: "yes" }],
    ["no numbness or tingling", { numbnessTingling: "no" }],
    ["foot drop", { footWeakness: "yes" }],
    ["my foot slaps when I walk", { footWeakness: "yes" }],
    ["can't lift my toes", { footWeakness: "yes" }],
    ["I can lift my foot fine", { footWeakness: "no" }],
    ["my calf is swollen and sore", { calfPainSwelling: "yes" }],
    ["no calf pain", { calfPainSwelling: "no" }],
    ["calf is fine", { calfPainSwelling: "no" }],
  ]);
  expectAsked([
    ["I have pins and needles", "numbnessTingling"],
    ["both calves are sore after running", "calfPainSwelling"],
  ]);
});

describe("pain, trend and activity", () => {
  expectCases([
    ["hurts at night", { nightPain: "yes" }],
    ["it wakes me up at night", { nightPain: "yes" }],
    ["constant pain even at rest", { nightPain: "yes" }],
    ["aches a bit after a run, fine at night", { nightPain: "no", aggravators: ["running"] }],
    ["pain is 7/10", { painScore: 7 }],
    ["about a 6 out of 10", { painScore: 6 }],
    ["pain 8", { painScore: 8 }],
    ["pain is about 6-7/10", { painScore: 7 }],
    ["it's a 9/10 at worst, 3/10 now", { painScore: 9 }],
    ["getting better", { trend: "improving" }],
    ["it's easing off", { trend: "improving" }],
    ["getting worse", { trend: "worse" }],
    ["about the same", { trend: "same" }],
    ["no better no worse", { trend: "same" }],
    ["it stops me running", { limitsActivity: "yes" }],
    ["I can't run anymore", { limitsActivity: "yes" }],
    ["can't do my sport", { limitsActivity: "yes" }],
    ["I can still run but it hurts", { limitsActivity: "no" }],
    // Walking and getting up are the walking question's, not an activity given up.
    ["cnt walk on it at all twistd it at footy", { walkFourStepsNow: "no", injury: "yes", mechanism: "twist" }],
    ["I can't walk the dog anymore", { limitsActivity: "yes" }],
    ["my left knee hurts when I kneel or squat", { side: "left", aggravators: ["squatting", "kneeling"] }],
    ["sitting for long makes it ache", { aggravators: ["sitting"] }],
    ["walkin is hard, worse on the stares and after runing", { aggravators: ["stairs", "running"] }],
  ]);

  it('reads "worse on stairs" as an aggravator, not a trend', () => {
    const { answers } = extract("it gets worse on stairs");
    expect(answers.trend).toBeUndefined();
    expect(answers.aggravators).toEqual(["stairs"]);
  });

  it("records no aggravator where the pain is denied", () => {
    expect(extract("it doesn't hurt when I run").answers.aggravators).toBeUndefined();
  });

  it('asks about the trend when only "not getting any better" is said', () => {
    expect(extract("not getting any better").uncertain).toContain("trend");
  });
});
