import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { interpretReply } from "../../src/chat/interview/interpret-reply.js";
import { questionAsking } from "../../src/chat/interview/question-plan.js";
import type { Intake, IntakeField } from "../../src/triage/index.js";

// A reply read against the question just asked (tests/corpus reply-enum, reply-checklist):
// checklist items named by position or left out of "all of them", painless catching, and a
// mechanism tapped as the answer to "How did it happen?".

const now = new Date(2026, 0, 5, 12);
const mechanicsList: IntakeField[] = ["catching", "effusionAfterActivity", "otherJointsSwollen", "backPainRadiating"];
const infectionList: IntakeField[] = ["hotRed", "feverOrUnwell", "calfPainSwelling", "recentSurgeryOrInjection"];

function read(text: string, fields: IntakeField[], intake: Intake = {}) {
  const pending = questionAsking(fields, intake, 1);
  const reply = interpretReply({ text, structured: undefined, pending, now, intake });
  return { ...reply.extraction.answers, ...reply.chosen };
}

describe("a checklist answered by position", () => {
  it("reads 'first and second' as both items ticked and the rest none", () => {
    expect(read("first and second", mechanicsList)).toEqual({
      catching: "yes",
      effusionAfterActivity: "yes",
      otherJointsSwollen: "no",
      backPainRadiating: "no",
    });
  });

  it("reads 'just the second' as that item alone", () => {
    expect(read("just the second", mechanicsList)).toEqual({
      catching: "no",
      effusionAfterActivity: "yes",
      otherJointsSwollen: "no",
      backPainRadiating: "no",
    });
  });
});

describe("a checklist answered as all but some", () => {
  it("reads 'all of them except the fever' as every item but the fever", () => {
    expect(read("all of them except the fever", infectionList)).toEqual({
      hotRed: "yes",
      feverOrUnwell: "no",
      calfPainSwelling: "yes",
      recentSurgeryOrInjection: "yes",
    });
  });

  it("reads 'all of them' as every item", () => {
    expect(read("all of them", infectionList)).toEqual({
      hotRed: "yes",
      feverOrUnwell: "yes",
      calfPainSwelling: "yes",
      recentSurgeryOrInjection: "yes",
    });
  });
});

describe("catching named in a checklist reply (spec §3: painless catching is no)", () => {
  it("reads 'it catches but it doesn't hurt, nothing else' as no catching", () => {
    expect(read("it catches but it doesn't hurt, nothing else", mechanicsList)).toMatchObject({ catching: "no" });
  });

  it("reads 'it catches and it hurts, nothing else' as catching", () => {
    expect(read("it catches and it hurts, nothing else", mechanicsList)).toMatchObject({ catching: "yes" });
  });
});

describe("a mechanism given to 'How did it happen?' is an injury", () => {
  it.each(["It bent backwards", "A fall", "it bent backwards"])("reads %j as an injury", (text) => {
    expect(read(text, ["mechanism"])).toMatchObject({ injury: "yes" });
  });

  it("reads 'Something else' as no injury stated", () => {
    expect(read("Something else", ["mechanism"]).injury).toBeUndefined();
  });

  it("keeps an injury already answered as it is", () => {
    expect(read("A fall", ["mechanism"], { injury: "yes" }).injury).toBeUndefined();
  });
});

describe("words about the patient after the visitor said whose knee it is", () => {
  const opening = (patient?: "child") =>
    interpretReply({
      text: "she fell off the trampoline and can't walk",
      structured: undefined,
      pending: undefined,
      now,
      ...(patient ? { patient } : {}),
    }).extraction.answers;

  it("reads 'she can't walk' as the patient's after 'My child'", () => {
    expect(opening("child")).toMatchObject({ injury: "yes", walkFourStepsNow: "no" });
  });

  it("reads an unnamed 'she' as the patient when the visitor has not said but the message names nobody else", () => {
    expect(opening()).toMatchObject({ injury: "yes", walkFourStepsNow: "no" });
  });
});

describe("a doubtful tick with a question mark is a hedge, not a question", () => {
  it("reads 'maybe the clicking?' as the rest none, clicking asked again", () => {
    expect(read("maybe the clicking?", mechanicsList)).toEqual({
      effusionAfterActivity: "no",
      otherJointsSwollen: "no",
      backPainRadiating: "no",
    });
  });

  it("reads 'i think maybe fever? the rest no' as fever unsure and the rest no", () => {
    expect(read("i think maybe fever? the rest no", infectionList)).toEqual({
      hotRed: "no",
      feverOrUnwell: "unsure",
      calfPainSwelling: "no",
      recentSurgeryOrInjection: "no",
    });
  });

  it("still takes 'maybe I should ice it?' as a question, ticking nothing", () => {
    const pending = questionAsking(mechanicsList, {}, 1);
    const reply = interpretReply({ text: "maybe I should ice it?", structured: undefined, pending, now });
    expect(reply.intent).toBe("question");
    expect(reply.chosen).toEqual({});
  });
});

describe("a hedge that asks for reassurance is still a question", () => {
  it("takes 'probably not broken?' as a question", () => {
    const reply = interpretReply({ text: "probably not broken?", structured: undefined, pending: undefined, now });
    expect(reply.intent).toBe("question");
  });
});

describe("an answer followed by a question of its own", () => {
  it("reads 'yes, but should I be using crutches?' to the walking question as yes", () => {
    expect(read("yes, but should I be using crutches?", ["walkFourStepsNow"])).toEqual({ walkFourStepsNow: "yes" });
  });

  it("records nothing about crutches from the question alone", () => {
    const reply = interpretReply({
      text: "yes, but should I be using crutches?",
      structured: undefined,
      pending: undefined,
      now,
    });
    expect(reply.extraction.answers.walkFourStepsNow).toBeUndefined();
    expect(reply.intent).toBe("question");
  });
});

describe("'not really' to the injury question, then an everyday event (tests/eval real-conversations-2 p49, p55, p57)", () => {
  it.each([
    "not really, i just stepped in a pothole",
    "not really an injury, i just jumped down the last two steps and it twinged",
    "not really, i jumped off a wall messing about with my mates",
    "no, i just hopped off the bus and felt it",
    "nah, jarred it stepping off a ladder",
    "not really, stepped off the kerb wrong",
  ])("reads %j as an injury (spec §3: a fall, twist, landing or blow)", (text) => {
    expect(read(text, ["injury"])).toMatchObject({ injury: "yes" });
  });

  it.each([
    "not really, it just came on when i started running more",
    "no, i just stepped up my mileage",
    "no, i jump rope every morning and it aches after",
  ])("keeps %j as no injury", (text) => {
    expect(read(text, ["injury"]).injury).toBe("no");
  });
});

describe("a bare 'no' that opens the reply answers it; only what it governs is denied", () => {
  it("still reads 'no, never twisted it' as no twist", () => {
    expect(read("no, never twisted it", ["injury"]).mechanism).toBeUndefined();
  });

  it("still reads 'no swelling, no fall' as no injury stated by a fall", () => {
    expect(read("no swelling, no fall", ["injury"]).mechanism).toBeUndefined();
  });
});

describe("position words count only when used as positions (tests/eval real-conversations-2 probe)", () => {
  it.each([
    ["the last one", { recentSurgeryOrInjection: "yes", hotRed: "no", feverOrUnwell: "no", calfPainSwelling: "no" }],
    ["just the last", { recentSurgeryOrInjection: "yes", hotRed: "no", feverOrUnwell: "no", calfPainSwelling: "no" }],
    ["first and last", { hotRed: "yes", recentSurgeryOrInjection: "yes", feverOrUnwell: "no", calfPainSwelling: "no" }],
    ["the last two", { calfPainSwelling: "yes", recentSurgeryOrInjection: "yes", hotRed: "no", feverOrUnwell: "no" }],
    ["1 and 4", { hotRed: "yes", recentSurgeryOrInjection: "yes", feverOrUnwell: "no", calfPainSwelling: "no" }],
  ])("reads %j as the items at those positions", (text, expected) => {
    expect(read(text, infectionList)).toEqual(expected);
  });

  it.each([
    "the night before last",
    "last week",
    "at last",
    "last night it got worse",
    "at first it was fine",
    "the first time it happened",
    "4. actually it was 3 weeks not 10 days",
    "2 nights ago",
  ])("reads %j as naming no item and answering none of them no", (text) => {
    const answers = read(text, infectionList);
    for (const field of infectionList) expect(answers[field]).not.toBe("no");
    expect(answers.recentSurgeryOrInjection).not.toBe("yes");
  });

  // A reply made of everyday words about time and events, with no item's name, ticks nothing
  // and answers nothing "no" (spec §7.1: the reassuring answer only from an answer to the list).
  const notItems = fc.constantFrom(
    "the",
    "night",
    "before",
    "last",
    "week",
    "at",
    "first",
    "time",
    "it",
    "was",
    "actually",
    "3 weeks",
    "10 days",
    "4",
    "2",
    "yesterday",
    "since",
    "ago",
    "i",
    "walked",
    "on",
    "monday",
    "second",
    "third",
    "one",
  );
  const content = fc.constantFrom("night", "week", "time", "walked", "monday", "yesterday", "actually");
  it("never answers an item no, nor ticks one, from a reply that names none of them", () => {
    fc.assert(
      fc.property(fc.array(notItems, { maxLength: 6 }), content, fc.array(notItems, { maxLength: 6 }), (a, c, b) => {
        const answers = read([...a, c, ...b].join(" "), infectionList);
        return infectionList.every((field) => answers[field] === undefined || answers[field] === "unsure");
      }),
      { numRuns: 400 },
    );
  });
});

describe("a number named alongside an item's words", () => {
  it("reads '1, and the fever' as both ticked", () => {
    expect(read("1, and the fever", infectionList)).toMatchObject({ hotRed: "yes", feverOrUnwell: "yes" });
  });
});

describe("an answer together with a correction of an earlier fact", () => {
  const earlier: Intake = { injury: "no", daysSinceOnset: 10 };

  it("reads '4. actually it was 3 weeks not 10 days' to the pain score as 4 and the onset as 21 days", () => {
    expect(read("4. actually it was 3 weeks not 10 days", ["painScore"], earlier)).toMatchObject({
      painScore: 4,
      daysSinceOnset: 21,
    });
  });

  it.each([
    ["4.", 4],
    ["about a 6.", 6],
  ])("reads %j as the score", (text, score) => {
    expect(read(text, ["painScore"], earlier).painScore).toBe(score);
  });

  it("still reads '4.5' as a decimal, not a 4 then a 5", () => {
    expect(read("4.5", ["painScore"], earlier).painScore).toBe(5);
  });

  it("reads '4, it's been 10 days' as no change to the onset", () => {
    expect(read("4, it's been 10 days", ["painScore"], earlier).daysSinceOnset ?? 10).toBe(10);
  });
});

describe("durations in ordinary words to 'How long ago did it start?'", () => {
  it.each<[string, number]>([
    ["six or seven weeks", 49],
    ["6-7 weeks", 49],
    ["the night before last", 2],
    ["on and off for years, 4 years really", 1460],
    ["a fortnight ago", 14],
    ["since the marathon two weekends ago", 14],
  ])("reads %j as %d days", (text, days) => {
    expect(read(text, ["daysSinceOnset"]).daysSinceOnset).toBe(days);
  });

  it.each(["for years", "a few days or maybe two weeks", "5 to 10 days"])("still asks again after %j", (text) => {
    expect(read(text, ["daysSinceOnset"]).daysSinceOnset).toBeUndefined();
  });
});

describe("a vague span with an amount in another unit", () => {
  it("still asks after 'on and off for years, this flare 3 weeks'", () => {
    expect(read("on and off for years, this flare 3 weeks", ["daysSinceOnset"]).daysSinceOnset).toBeUndefined();
  });
});
