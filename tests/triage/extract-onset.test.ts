import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/triage/extract/index.js";
import { intakeSchema } from "../../src/triage/intake-schema.js";

// Onset and injury: durations, relative days, mechanisms, and vague amounts that could
// cross a rule threshold (7, 14, 42 days) and are therefore asked.

const monday = new Date(2026, 0, 5, 12);
const friday = new Date(2026, 0, 9, 12);

function extract(text: string, now = monday) {
  const result = extractFacts(text, { now });
  expect(intakeSchema.safeParse(result.answers).success).toBe(true);
  return result;
}

describe("extractFacts: the brief's onset examples", () => {
  it("reads age, a fall, hours since and not bearing weight from one sentence", () => {
    const { answers, uncertain } = extract("I'm 62 and fell off a ladder 2 hours ago, can't put weight on it");
    expect(answers).toMatchObject({ age: 62, injury: "yes", mechanism: "fall", walkFourStepsNow: "no" });
    expect(answers.daysSinceOnset).toBeCloseTo(2 / 24, 2);
    expect(uncertain).toEqual([]);
  });

  it("reads a runner's gradual knee pain with its aggravators", () => {
    const { answers } = extract("34yo runner, knee pain for 3 weeks, no injury, gets worse on stairs and downhill");
    expect(answers).toEqual({ age: 34, activity: "runner", daysSinceOnset: 21, injury: "no", aggravators: ["stairs", "downhill"] });
  });

  it("counts back to the weekday named: Saturday from a Monday is 2 days", () => {
    expect(extract("twisted it playing football on saturday", monday).answers).toMatchObject({ injury: "yes", mechanism: "twist", daysSinceOnset: 2 });
  });

  it("counts back to the weekday named: since Tuesday from a Friday is 3 days", () => {
    expect(extract("it's been sore since Tuesday", friday).answers.daysSinceOnset).toBe(3);
  });
});

describe("extractFacts: durations", () => {
  it.each([
    ["fell yesterday", 1],
    ["I twisted it this morning", 0],
    ["it happened today", 0],
    ["hurt it earlier", 0],
    ["the day before yesterday I twisted it", 2],
    ["it happened 10 days ago", 10],
    ["a couple of days ago I fell", 2],
    ["a few days ago I fell", 3],
    ["knee pain for a month", 30],
    ["2 months of pain", 60],
    ["pain for a year", 365],
    ["it's been hurting for 2-3 weeks", 18],
    ["about 3 weeks ago", 21],
    ["pain for over 6 weeks", 43],
    ["for years", 730],
    ["half an hour ago I fell", 0.02],
    ["been hurting for 3 wks", 21],
  ])("reads \"%s\" as %s days", (text, days) => {
    expect(extract(text).answers.daysSinceOnset).toBe(days);
  });

  it.each([
    ["last week I twisted it", "could be 5 to 13 days"],
    ["for a couple of weeks", "could be either side of 14 days"],
    ["about 6 weeks", "could be either side of 42 days"],
    ["about a week", "could be either side of 7 days"],
    ["for a week or two", "could be 7 to 14 days"],
    ["since last month", "could be either side of 42 days"],
    ["I'm 5 weeks in", "five weeks into what is unclear"],
  ])("asks rather than guesses for \"%s\" (%s)", (text) => {
    const { answers, uncertain } = extract(text);
    expect(answers.daysSinceOnset).toBeUndefined();
    expect(uncertain).toContain("daysSinceOnset");
  });

  it("does not read a relative day without an event as the onset", () => {
    expect(extract("it was really sore yesterday").answers.daysSinceOnset).toBeUndefined();
  });

  it.each([
    ["I run 3 times a week", "a frequency"],
    ["it hurts after 20 minutes of running", "a duration of exercise"],
    ["I have a race in 2 weeks", "a future date"],
    ["I had surgery 6 weeks ago", "the date of an operation"],
    ["I had cancer 10 years ago", "the date of an illness"],
    ["I'm 20 years old", "an age"],
    ["I've been running for 5 years and my knee hurts", "how long they have done the sport"],
  ])("does not take \"%s\" as the onset (%s)", (text) => {
    expect(extract(text).answers.daysSinceOnset).toBeUndefined();
  });

  it.each([
    ["my knee has ached for 3 weeks after runs", 21],
    ["it's been sore for 2 weeks after long runs", 14],
    ["I've had pain for 10 days after running", 10],
  ])("reads \"%s\" as the pain's duration: what follows says when it aches", (text, days) => {
    expect(extract(text).answers.daysSinceOnset).toBe(days);
  });

  it.each([
    ["it's sore for 2 days after runs", "how long each bout lasts"],
    ["I have pain for 2 days after long runs", "how long each bout lasts"],
    ["I was sore for 3 days after the marathon", "a past bout"],
  ])("does not take \"%s\" as the onset (%s)", (text) => {
    expect(extract(text).answers.daysSinceOnset).toBeUndefined();
  });

  it("asks when two different onsets are told", () => {
    const { answers, uncertain } = extract("pain for 3 weeks, then I twisted it again yesterday");
    expect(answers.daysSinceOnset).toBeUndefined();
    expect(uncertain).toContain("daysSinceOnset");
  });
});

describe("extractFacts: injury and mechanism", () => {
  it.each([
    ["I slipped on ice", "fall"],
    ["hit my knee on the dashboard in a car crash", "direct_blow"],
    ["I got tackled in rugby", "direct_blow"],
    ["I twisted it", "twist"],
    ["landed awkwardly from a jump", "landing"],
    ["it bent backwards when I landed", "hyperextension"],
    ["I hyperextended it", "hyperextension"],
  ])("reads \"%s\" as an injury by %s", (text, mechanism) => {
    expect(extract(text).answers).toMatchObject({ injury: "yes", mechanism });
  });

  it("keeps the first mechanism told when several are", () => {
    expect(extract("I fell and twisted my knee").answers.mechanism).toBe("fall");
  });

  it.each(["no injury", "I didn't injure it", "it came on gradually", "it started out of nowhere", "no specific injury, just wear and tear"])(
    "reads \"%s\" as no injury",
    (text) => {
      expect(extract(text).answers.injury).toBe("no");
    },
  );

  it("records a doubt about an injury as unsure", () => {
    expect(extract("I don't know what I did to it").answers.injury).toBe("unsure");
  });

  it("does not record a denied mechanism as an injury", () => {
    expect(extract("I didn't fall").answers).toEqual({});
  });

  it("ignores someone else's injury when the visitor's own knee is the topic", () => {
    expect(extract("my knee aches, my son plays football and hurt his knee").answers).toEqual({});
  });

  it("reads a parent's report of their child's injury as the patient's (extract-safety.test.ts)", () => {
    expect(extract("my son plays football and hurt his knee").answers).toMatchObject({ injury: "yes" });
  });
});
