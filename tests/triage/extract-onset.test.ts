import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/triage/extract/index.js";
import { intakeSchema, type Intake } from "../../src/triage/intake-schema.js";

// Onset and injury: durations, dates, relative days, mechanisms, and ranges that could cross a
// rule threshold (7, 14, 42 days) and are therefore asked. An onset over 7 days closes the
// acute-injury branch, so from unprompted words it is shown back to confirm (spec §7.3) unless
// "no injury" is already known; the tables that test the reading of a span say so.

const monday = new Date(2026, 0, 5, 12);
const friday = new Date(2026, 0, 9, 12);
/** The free-text corpus's clock (tests/corpus/README.md): Monday 30 November 2026, noon. */
const corpusMonday = new Date(2026, 10, 30, 12);

function extract(text: string, now = monday, intake: Intake = {}) {
  const result = extractFacts(text, { now, intake });
  expect(intakeSchema.safeParse(result.answers).success).toBe(true);
  return result;
}

/** The onset read from unprompted words when the visitor already said there was no injury. */
function onsetWithoutInjury(text: string, now = monday) {
  return extract(text, now, { injury: "no" }).answers.daysSinceOnset;
}

describe("extractFacts: the brief's onset examples", () => {
  it("reads age, a fall, hours since and not bearing weight from one sentence", () => {
    const { answers, uncertain } = extract("I'm 62 and fell off a ladder 2 hours ago, can't put weight on it");
    expect(answers).toMatchObject({ age: 62, injury: "yes", mechanism: "fall", walkFourStepsNow: "no" });
    expect(answers.daysSinceOnset).toBeCloseTo(2 / 24, 2);
    expect(uncertain).toEqual([]);
  });

  it("reads a runner's gradual knee pain with its aggravators, and shows back the 3 weeks to confirm", () => {
    const { answers, confirm } = extract(
      "34yo runner, knee pain for 3 weeks, no injury, gets worse on stairs and downhill",
    );
    expect(answers).toEqual({ age: 34, activity: "runner", aggravators: ["stairs", "downhill"] });
    expect(confirm.daysSinceOnset).toBe(21);
  });

  it("counts back to the weekday named: Saturday from a Monday is 2 days", () => {
    expect(extract("twisted it playing football on saturday", monday).answers).toMatchObject({
      injury: "yes",
      mechanism: "twist",
      daysSinceOnset: 2,
    });
  });

  it("counts back to the weekday named: since Tuesday from a Friday is 3 days", () => {
    expect(extract("it's been sore since Tuesday", friday).answers.daysSinceOnset).toBe(3);
  });
});

describe("extractFacts: durations", () => {
  it.each([
    ["fell yesterday", 1],
    ["I twisted it this morning", 0.17],
    ["it happened today", 0],
    ["fell just now", 0],
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
    ["half an hour ago I fell", 0.02],
    ["been hurting for 3 wks", 21],
    ["for a couple of weeks", 14],
    ["about 6 weeks", 42],
    ["about a week", 7],
    ["it's been sore for three weeks or so", 21],
    ["aching for two and a half weeks", 17.5],
    ["it crept up on me over the last year", 365],
    ["my knee has gone red and puffy over 2 days", 2],
  ])('reads "%s" as %s days', (text, days) => {
    expect(onsetWithoutInjury(text)).toBe(days);
  });
  it.each([
    ["last week I twisted it", "could be 5 to 13 days"],
    ["for a week or two", "could be 7 to 14 days"],
    ["since last month", "could be either side of 42 days"],
    ["I'm 5 weeks in", "five weeks into what is unclear"],
    ["it's been sore for weeks", "a vague span"],
    ["sore for ages", "a vague span"],
    ["I twisted it at the weekend", "Saturday or Sunday"],
    ["since September", "a month without a day"],
    ["hurt it earlier", "some hours ago today"],
  ])('asks rather than guesses for "%s" (%s)', (text) => {
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
    ["I've been running for years and my knee hurts", "how long they have done the sport"],
    ["3 weeks till my marathon and my knee is sore", "time until an event"],
    ["I run 5 days a week", "a frequency"],
    ["it's been worse the last few days", "when it got worse, not when it began"],
    ["my calf has swollen up since yesterday", "another complaint's start"],
    ["my knee surgery was friday and it hurts", "the date of an operation"],
    ["tore my ACL 10 years ago, fine till now", "an episode years ago"],
    ["I've been short of breath since this morning", "another complaint's start"],
  ])('does not take "%s" as the onset (%s)', (text) => {
    const result = extract(text, monday, { injury: "no" });
    expect(result.answers.daysSinceOnset).toBeUndefined();
    expect(result.confirm.daysSinceOnset).toBeUndefined();
  });

  it.each([
    ["my knee has ached for 3 weeks after runs", 21],
    ["it's been sore for 2 weeks after long runs", 14],
    ["I've had pain for 10 days after running", 10],
  ])('reads "%s" as the pain\'s duration: what follows says when it aches', (text, days) => {
    expect(onsetWithoutInjury(text)).toBe(days);
  });

  it.each([
    ["it's sore for 2 days after runs", "how long each bout lasts"],
    ["I have pain for 2 days after long runs", "how long each bout lasts"],
    ["I was sore for 3 days after the marathon", "a past bout"],
  ])('does not take "%s" as the onset (%s)', (text) => {
    expect(onsetWithoutInjury(text)).toBeUndefined();
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
  ])('reads "%s" as an injury by %s', (text, mechanism) => {
    expect(extract(text).answers).toMatchObject({ injury: "yes", mechanism });
  });

  it("keeps the first mechanism told when several are", () => {
    expect(extract("I fell and twisted my knee").answers.mechanism).toBe("fall");
  });

  it.each([
    "no injury",
    "I didn't injure it",
    "it came on gradually",
    "it started out of nowhere",
    "no specific injury, just wear and tear",
  ])('reads "%s" as no injury, to be confirmed before it closes the injury questions', (text) => {
    const { answers, confirm } = extract(text);
    expect(answers.injury).toBeUndefined();
    expect(confirm.injury).toBe("no");
  });

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

describe("extractFacts: dates, on the corpus clock (Monday 30 November 2026, noon)", () => {
  it.each([
    ["it's been sore since last tuesday", 6],
    ["twisted it playing 5-a-side on thursday", 4],
    ["caught my knee on the car door, proper bang, that was friday", 3],
    ["my knee's been aching since friday", 3],
    ["slipped on wet leaves on saturday", 2],
    ["fell on the ice on sunday", 1],
    ["went down hard on my knee this morning", 0.17],
    ["twisted it yesterday morning", 1.17],
    ["fell exactly a week ago today", 7],
    ["sore since mid October", 46],
    ["it has ached since the start of november", 29],
    ["it has hurt since halloween", 30],
    ["it's been bad since christmas", 340],
    ["sore since the 20th", 10],
    ["the pain started 3 days ago and it's already better today", 3],
    ["been bad since saturday, booked in to see the gp on friday", 2],
    ["I've got a wedding on saturday and my knee has been sore since thursday", 4],
    ["twisted it playing in the match on saturday", 2],
  ])('reads "%s" as %s days', (text, days) => {
    expect(onsetWithoutInjury(text, corpusMonday)).toBe(days);
  });

  it.each([
    ["I hurt it skiing in february", "a month without a day"],
    ["it was really sore on thursday", "a sore day is not the start"],
    ["can I do parkrun on saturday?", "a day to come"],
    ["I'll see the physio next tuesday", "a day to come"],
    ["it's the 4th time it has given way", "an ordinal that is not a date"],
  ])('does not take "%s" as the onset (%s)', (text) => {
    const result = extract(text, corpusMonday, { injury: "no" });
    expect(result.answers.daysSinceOnset).toBeUndefined();
    expect(result.confirm.daysSinceOnset).toBeUndefined();
  });

  it.each([
    ["I fell on monday", corpusMonday, "today's own weekday may mean a week ago"],
    ["I fell last tuesday", new Date(2026, 11, 2, 12), "said on a Wednesday, it may mean the week before"],
  ])('asks when "%s" is ambiguous (%s)', (text, now) => {
    const { answers, uncertain } = extract(text, now);
    expect(answers.daysSinceOnset).toBeUndefined();
    expect(uncertain).toContain("daysSinceOnset");
  });

  it("reads 'tonight' as today once the evening has come, and as a plan before it", () => {
    expect(onsetWithoutInjury("landed badly at 5 a side tonight", new Date(2026, 10, 30, 22))).toBe(0);
    expect(onsetWithoutInjury("landed badly at 5 a side tonight", corpusMonday)).toBeUndefined();
  });

  it("counts back to the most recent weekday named, whatever today is", () => {
    const friday = new Date(2026, 11, 4, 12);
    expect(onsetWithoutInjury("fell last tuesday", friday)).toBe(3);
    expect(onsetWithoutInjury("fell on saturday", friday)).toBe(6);
    expect(onsetWithoutInjury("fell on new year's day", friday)).toBe(337);
  });
});

describe("extractFacts: an old onset closes the acute-injury branch (spec §7.3)", () => {
  it("shows back an onset over 7 days after an injury instead of recording it", () => {
    const { answers, confirm } = extract("landed badly at volleyball 10 days ago", corpusMonday);
    expect(answers).toMatchObject({ mechanism: "landing" });
    expect(answers.daysSinceOnset).toBeUndefined();
    // Recorded alone, the injury would count as acute before the visitor could confirm the onset.
    expect(answers.injury).toBeUndefined();
    expect(confirm).toEqual({ daysSinceOnset: 10, injury: "yes" });
  });

  it("shows back an onset over 7 days when the injury is not known yet", () => {
    expect(extract("sore for 3 weeks", corpusMonday).confirm).toEqual({ daysSinceOnset: 21 });
  });

  it("records an onset of 7 days or less after an injury: the injury is still acute", () => {
    const { answers, confirm } = extract("fell exactly a week ago today", corpusMonday);
    expect(answers).toMatchObject({ injury: "yes", daysSinceOnset: 7 });
    expect(confirm).toEqual({});
  });

  it("shows back a corrected onset that makes the injury old", () => {
    expect(extract("actually it was 3 weeks ago not 3 days", corpusMonday).confirm).toEqual({ daysSinceOnset: 21 });
  });

  it.each([
    ["3 weeks", 21],
    ["since christmas", 340],
    ["sorry, I mean 2 weeks, not 2 days", 14],
    ["since the op, 3 weeks", 21],
  ])('records the reply "%s" to the onset question as the answer, %s days', (text, days) => {
    const { answers, confirm } = extractFacts(text, {
      now: corpusMonday,
      expecting: ["daysSinceOnset"],
      intake: { injury: "yes" },
    });
    expect(answers.daysSinceOnset).toBe(days);
    expect(confirm).toEqual({});
  });

  it("does not take the date of an operation in a reply about it as the onset", () => {
    const { answers, confirm } = extractFacts("yes, had it done 2 years ago", {
      now: corpusMonday,
      expecting: ["kneeReplacement"],
    });
    expect(answers).toEqual({ kneeReplacement: "yes" });
    expect(confirm).toEqual({});
  });

  it("reads a wait planned ahead as no onset, and a wait already gone through as how long it has hurt", () => {
    const planned = extract("I'd rather wait on it a few days and see if it settles");
    expect(planned.answers.daysSinceOnset).toBeUndefined();
    expect(planned.confirm.daysSinceOnset).toBeUndefined();
    expect(extract("I'll give it a week and see").confirm.daysSinceOnset).toBeUndefined();
    expect(extract("I've been waiting 8 weeks and my knee still hurts").confirm.daysSinceOnset).toBe(56);
    expect(extract("been waiting on it for 3 weeks, getting worse").confirm.daysSinceOnset).toBe(21);
  });
});
