import { describe, expect, it } from "vitest";
import { composeAnswer } from "../../src/knowledge/compose-answer.js";
import { anchors, refused } from "../helpers/knowledge-search.js";
import { testKnowledge } from "../helpers/test-app.js";

// Held-outs 51-53 (issue 15, fourteenth round): people living with another condition tell it as
// background ("Lupus, and on steroids…", "arthroscopy 8 yrs ago"), doubters end with "or is it
// just another gadget?", and short questions lean on the story ("Good idea or not?"). Each case
// here was refused or answered from the wrong section before.

const knowledge = testKnowledge();

describe("what a story tells as background", () => {
  it("reads an operation 'yrs ago' as history, as it does 'years ago'", () => {
    expect(
      anchors(
        "Arthroscopy on my left knee 8 yrs ago. It's never fully straightened since, and the thigh on that side looks smaller. Can it be improved?",
      ),
    ).toContain("when-rotation-is-lost");
    // A recent operation still frames the question.
    expect(refused("Arthroscopy on my left knee 8 weeks ago. When can I start running again?")).toBe(true);
  });

  it("reads steroids someone is on as background, and still refuses steroid injections", () => {
    expect(
      anchors(
        "Lupus, and on steroids on and off for years. My knee keeps giving way going downstairs, maybe once a week. My sister says I should get it checked. Is she right?",
      )[0],
    ).toBe("book-an-assessment");
    expect(refused("are steroid injections any good for runner's knee?")).toBe(true);
    expect(refused("I've been on steroid injections for years, are they safe?")).toBe(true);
  });

  it("leaves another person's operation out of a question about the visitor's own joints", () => {
    const story =
      "I'm 55, always been a walker, and fancy trying couch to 5k. My mum had both knees replaced though and everyone keeps telling me running will wreck my joints. Is running really that bad for your knees?";
    expect(anchors(story)[0]).toBe("is-running-bad");
    // The other person's operation is still the topic of a question about them.
    expect(refused("My dad had his knee replaced six weeks ago. When can he start cycling again?")).toBe(true);
    expect(
      refused(
        "My partner just had a knee replacement. My joints are stiff from sitting with him in hospital. How long will his recovery take?",
      ),
    ).toBe(true);
  });

  it("reads an operation on one knee as background to a story about the other", () => {
    expect(
      anchors(
        "Left knee was replaced last year, physio reckons the right one is runner's knee. which exercises should i start with for that?",
      )[0],
    ).toBe("which-exercises");
    // Told of the same knee, or asked about, the operation is still the topic.
    expect(refused("I had my right knee replaced six weeks ago. When can I drive again?")).toBe(true);
    expect(
      refused("Right knee replaced in May. My left knee aches on stairs now. How long do replacements last?"),
    ).toBe(true);
  });

  it("reads a painkiller told in the story as the topic only of a question about taking it", () => {
    expect(
      anchors(
        "Walk with a ramblers group every week. The xray showed osteoarthritis in my right knee and the hip on that side feels stiff as well. GP offered me some tablets. could loosening up the hip or ankle do anything for the knee?",
      ),
    ).toContain("hip-and-ankle");
    expect(
      refused(
        "Hairdresser, on my feet all day, and since my knee started playing up I've been taking co-codamol most days just to get through. Is that safe to keep doing long term or will it mess my stomach up?",
      ),
    ).toBe(true);
  });

  it("does not read 'within' as a warning sign ('back within a couple of runs')", () => {
    expect(
      anchors(
        "This is the third time this year. My knee starts aching, I stop running for three or four weeks, it feels fine, I start again, and within a couple of runs it's back. Why does it keep coming back?",
      )[0],
    ).not.toBe("get-seen-soon");
    expect(anchors("I twisted my knee at football and it swelled up within an hour, what should I do?")[0]).toBe(
      "get-seen-soon",
    );
  });

  it("does not read a visitor's age as a warning sign", () => {
    // "after an injury you are 55 or older" is a same-day sign; being 55 is not.
    expect(
      anchors(
        "I'm 55, always been a walker, and fancy trying couch to 5k. Is running really that bad for your knees?",
      )[0],
    ).toBe("is-running-bad");
    expect(
      anchors(
        "I'm 58, missed the bottom step and twisted my knee, now I can't bend it to a right angle. What should I do?",
      ),
    ).toContain("get-seen-soon");
  });
});

describe("how a question is put", () => {
  it("lets a doubter's 'or is it just…' weigh nothing", () => {
    expect(anchors("Is a foam roller worth buying or is it just another gadget that'll end up under the bed?")[0]).toBe(
      "foam-rolling",
    );
    // An unknown word in the question itself still counts, and a doubting word frames no gadget.
    expect(refused("Is a vibration plate worth buying for my knees?")).toBe(true);
    expect(refused("Are TENS machines a gimmick?")).toBe(true);
  });

  it("reads doubting words (hype, gimmick, overblown) as the question's frame, not its topic", () => {
    expect(
      anchors("dry needling offered at my next session. does it actually do anything for kneecap pain or is it hype"),
    ).toContain("pain-relief");
    expect(anchors("Does running form actually matter for knee pain or is that overblown?")[0]).toBe("why-form");
  });

  it("reads a short question with no words of its own as asking about the story just told", () => {
    const story =
      "Psoriatic arthritis but well controlled on meds. Training for a half marathon and the outside of my knee grumbles after the long runs. Someone at club told me to foam roll my IT band hard every night till it stops hurting. Good idea or not?";
    expect(anchors(story)[0]).toBe("it-band");
    // A choice ("which would be better?") is between options told anywhere, not the last sentence's.
    expect(
      refused(
        "Mum is 81 and the OT has offered her either a walking frame or a rollator. She has bad knees and mostly just walks to the shops and back. Which would be better for her?",
      ),
    ).toBe(true);
  });

  it("answers 'how long till…' and 'do I book in or wait and see' from the articles", () => {
    expect(anchors("how long till my knee gets better")[0]).toBe("recovery-time");
    expect(anchors("knee gives way every now and then on stairs, do I book in or wait and see")[0]).toBe(
      "book-an-assessment",
    );
    expect(refused("can you book me in for thursday afternoon?")).toBe(true);
  });

  it("reads 999 as the emergency services", () => {
    const answer = composeAnswer(knowledge, "what knee problems need a 999 call?");
    expect(answer.kind === "answer" && answer.source.anchor).toBe("get-help-now");
    // A number that names nothing stays out: "a 5k" is a distance, not a call.
    expect(anchors("what knee problems stop you doing a 5k?")).not.toContain("get-help-now");
  });

  it("leaves the clinic's waiting list and what to wear to its appointments to the clinic", () => {
    expect(refused("whats the wait like at the moment for a new patient")).toBe(true);
    expect(refused("what should i wear to the first session, shorts?")).toBe(true);
    // Wearing a support, and a new patient's own knee, are the articles' questions.
    expect(refused("should I wear a knee sleeve when I run?")).toBe(false);
    expect(anchors("What should I wear to the gym to support my knee?")[0]).toBe("taping-and-supports");
    expect(anchors("I'm a new patient with runner's knee, how long does recovery take?")[0]).toBe("recovery-time");
  });
});
