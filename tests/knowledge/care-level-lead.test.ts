import { describe, expect, it } from "vitest";
import { composeAnswer } from "../../src/knowledge/compose-answer.js";
import { levelStatedIn } from "../../src/triage/index.js";
import { anchors } from "../helpers/knowledge-search.js";
import { testKnowledge } from "../helpers/test-app.js";

// The triage engine and the articles answer one visitor: a story the engine reads as an
// emergency or a same-day matter is answered first from the article section for that level
// (front matter "care-levels"), never from home care. Before this, the knowledge sets' stories
// below were answered from the ice section, a hamstring stretch, or not at all.

const knowledge = testKnowledge();
const now = new Date("2026-12-03T10:00:00Z");

/** The engine reads `level` from the message, and the answer leads with the section `anchor`. */
function expectReadAndLed(message: string, level: string, anchor: string) {
  expect(levelStatedIn(message, now), message).toBe(level);
  expect(anchors(message)[0], message).toBe(anchor);
}

describe("the engine's reading of the words leads the answer", () => {
  it("answers a bleed on warfarin from the emergency section, though the articles leave the medicine out", () => {
    const warfarin = "I'm on warfarin and bumped my knee on the car door, it's blown up like a balloon in an hour";
    expect(levelStatedIn(warfarin, now)).toBe("emergency");
    expect(anchors(warfarin)).toEqual(["get-help-now"]);
    const answer = composeAnswer(knowledge, warfarin);
    if (answer.kind !== "answer") throw new Error("refused");
    expect(answer.source.anchor).toBe("get-help-now");
    // The quoted sign is the story's, under the list's lead-in that says what to do.
    expect(answer.answer).toMatch(/^Go to an emergency department .* if: You take blood thinners and the knee swells/);
    // A question about the medicine itself is still left to the clinic.
    expect(anchors("should I stop taking warfarin before my physio appointment?")).toEqual([]);
  });

  it("quotes the warning sign the story tells, not the list's first items, and no unrelated sign after it", () => {
    const kneecap =
      "My daughter's kneecap slipped sideways at netball and popped back in by itself. First time it's happened. " +
      "Does she need to be seen?";
    const answer = composeAnswer(knowledge, kneecap);
    if (answer.kind !== "answer") throw new Error("refused");
    expect(answer.answer).toBe(
      "Get urgent care today, or a doctor within 24 hours, if: The kneecap slipped out and went back for the first time",
    );
    // What the question itself names still picks the sign: the calf, not the flight's hours.
    const flight =
      "Flew back from Singapore on Tuesday, eleven hours in a cramped seat. Now my knee aches and my left calf is " +
      "sore and looks swollen. I was planning to foam roll the calf this evening, that should sort it, shouldn't it?";
    const calf = composeAnswer(knowledge, flight);
    if (calf.kind !== "answer") throw new Error("refused");
    expect(calf.answer).toMatch(/if: One calf is painful or swollen \(same day\)$/);
  });

  it("leads with the emergency section where the ice section came first", () => {
    const bike =
      "came off my bike onto my knee on the road this morning, I can't take more than a step or two on it and the " +
      "kneecap looks like it's sitting off to the side. I've got a bag of peas on it, is that enough?";
    expect(anchors(bike)[0]).toBe("get-help-now");
  });

  it("leads with the same-day section for a first-time kneecap that went back, and never lowers an emergency lead", () => {
    const kneecap =
      "My daughter's kneecap slipped sideways at netball and popped back in by itself. First time it's happened. " +
      "Does she need to be seen?";
    expectReadAndLed(kneecap, "urgent", "get-seen-soon");
    // A same-day fact beside an emergency one: the emergency section stays first.
    const both = "knee locked and won't straighten, and since this morning my calf is swollen and I'm short of breath";
    expectReadAndLed(both, "emergency", "get-help-now");
  });

  it("leads with the same-day section for a kneecap that went out and back when no repeat is told", () => {
    // Whether it was the first time is the interview's question; until it is answered, the answer
    // leads with the section that names a first time, not with ice.
    expect(anchors("kneecap slid out and back in at training today, should I ice it?")[0]).toBe("get-seen-soon");
    expect(anchors("knee cap popped out then back. ok to put ice on it?")[0]).toBe("get-seen-soon");
    // A kneecap told to keep slipping out (a routine matter) leaves ice first.
    expect(anchors("my kneecap keeps slipping out, should I ice it?")[0]).toBe("ice");
    expect(
      anchors("kneecap slid out and back in again last week, it's happened loads of times before. should I ice it?")[0],
    ).toBe("ice");
  });

  it("leads a same-day story with the same-day section though its words read like the emergency list, which follows it", () => {
    const slid =
      "my kneecap slid out to the side and popped back in by itself, never happened before. is that an a&e thing or can it wait";
    expect(levelStatedIn(slid, now)).toBe("urgent");
    expect(anchors(slid).slice(0, 2)).toEqual(["get-seen-soon", "get-help-now"]);
    // Where the engine has read too little to say (nothing stated is urgent), the words' order stands.
    const unread =
      "Knee pain on and off for months, but lately a deep ache in my groin too and some tingling down my shin which is new. Should I see someone?";
    expect(levelStatedIn(unread, now)).not.toBe("urgent");
    expect(anchors(unread)[0]).toBe("get-help-now");
  });

  it("leads a story the engine reads as 'book an assessment' with that section, but not a short question", () => {
    const legPress =
      "I upped my leg press weight a lot about three weeks ago. The knee pain has been getting worse rather than " +
      "better, now the knee swells after every session and yesterday it gave way on the stairs. Everyone at the gym " +
      "says push through it, it's just soreness. Should I keep going?";
    expectReadAndLed(legPress, "routine", "book-an-assessment");
    // Giving way is read the same, but the question asks for exercises: they come first.
    const wobbly = "any balance exercises for a wobbly knee?";
    expectReadAndLed(wobbly, "routine", "single-leg-balance");
    // A short message asking whether to be seen is answered like a story.
    const seen = "knee pain about 8 out of 10 after a 10k race, no fall or twist. should I see someone?";
    expectReadAndLed(seen, "routine", "book-an-assessment");
    // And a routine reading never answers what the articles would refuse.
    expect(anchors("my knee gives way sometimes, what does a private MRI scan cost?")).toEqual([]);
  });

  it("leaves the order to the question when the words state nothing urgent", () => {
    for (const [question, anchor] of [
      ["should I ice it?", "ice"],
      ["how do I foam roll my calves properly? they feel tight after runs", "foam-rolling"],
      ["my ankles are really stiff, my heels come up when I squat deep and my knees ache after", "ankle-and-big-toe"],
    ] as const) {
      expectReadAndLed(question, "self_care", anchor);
    }
  });

  it("leaves what the reader is unsure of to the interview: a crutch says nothing sure about walking", () => {
    const crutch =
      "knee has been bad so ive been on a crutch and now my shoulder is killing me from leaning on it. any stretches for the shoulder";
    expect(anchors(crutch)).toEqual([]);
  });

  it("reads a story about someone else's knee for that person: a client's hot, swollen replaced knee with shivers", () => {
    const client =
      "One of my pilates clients had a knee replacement last year. Today she turned up and the knee is red, hot and swollen " +
      "and she says she feels shivery and rough. She still wants to do a gentle class. What should I tell her?";
    expectReadAndLed(client, "emergency", "get-help-now");
    // Another person's history beside the writer's own ordinary question does not raise it.
    const history =
      "My mum had a knee replacement that got infected years ago. My own knee aches after runs, what exercises should I do?";
    expect(levelStatedIn(history, now)).toBe("self_care");
    expect(anchors(history)[0]).not.toBe("get-help-now");
  });
});
