import { describe, expect, it } from "vitest";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, nineteenth round. Held-outs 75 (pregnant, postpartum and menopausal women) and 78
// (visitors choosing between options) asked whether to book, which shoes and how a stretch
// should feel, and the search refused them. Each case failed before its change; each negative
// case keeps its answer or its refusal (several from the round's review).

describe("whether to book, asked the other way round", () => {
  it("answers 'wait or book in' and 'how long before booking in' from when to get assessed", () => {
    expect(anchors("my knee pain is an 8 out of 10 most evenings, hold off or book in?")).toContain(
      "book-an-assessment",
    );
    expect(refused("how long should I keep doing home exercises before booking in?")).toBe(false);
    // The clinic's diary is still the clinic's to answer.
    expect(refused("can I book in for Thursday morning?")).toBe(true);
    expect(refused("how do I book in?")).toBe(true);
    expect(refused("what should I bring before booking in?")).toBe(true);
  });
});

describe("a choice whose sides are told in more words", () => {
  it("reads 'five years ago or try something' as no choice between 'ago' and 'try'", () => {
    expect(
      anchors("is it better to rebuy the trainers I wore three years ago or try something with less drop?")[0],
    ).toBe("shoes");
    // A real choice the articles cannot settle is still refused.
    expect(refused("is it better to run on a treadmill or try the road?")).toBe(true);
  });
});

describe("a body part that names an exercise", () => {
  it("reads 'the hamstring stretch' as the stretch the articles teach, not a hamstring complaint", () => {
    expect(anchors("should the hamstring stretch hurt, or should it feel gentle?")[0]).toBe("hamstring-stretch");
    // A hamstring that hurts is still another body part's complaint.
    expect(refused("my hamstring hurts, should I stretch it?")).toBe(true);
    expect(refused("the hamstring stretch hurts since I think I pulled it")).toBe(true);
    expect(refused("my back exercises are painful, what should I do")).toBe(true);
  });
});

describe("a stage of life told in the story", () => {
  it("answers the knee question of someone menopausal, or whose pregnancy is a time told", () => {
    expect(refused("I'm 49 and menopausal, my knees ache going downstairs and after sitting. what could it be?")).toBe(
      false,
    );
    expect(refused("my knee has ached since late pregnancy and now my shin tingles too. who should look at it?")).toBe(
      false,
    );
  });

  it("still leaves pregnancy now, a recent birth, and the stage asked about, to the clinic", () => {
    expect(refused("is it safe to run while pregnant?")).toBe(true);
    expect(refused("I'm 20 weeks pregnant. Is it ok to keep running?")).toBe(true);
    expect(refused("I'm 6 weeks postpartum. When can I start running again?")).toBe(true);
    expect(refused("when can I start exercising again after a c-section?")).toBe(true);
    expect(refused("since my pregnancy loss my knee aches, which exercises help?")).toBe(true);
    expect(refused("can the menopause cause knee pain?")).toBe(true);
    // A warning sign told after a birth is still answered from the warning list (the round's review
    // found these refused while a caesarean was counted wherever it was asked about).
    expect(anchors("After my caesarean my leg went numb below the knee, should I walk it off?")[0]).toBe(
      "get-help-now",
    );
    expect(anchors("After my caesarean my knee swelled up hot and I've got a fever, what do I do?")[0]).toBe(
      "get-help-now",
    );
    // An injection told as history is still what a question pointing back at it asks about.
    expect(refused("I had a cortisone injection years ago, would one help now?")).toBe(true);
    // The pelvis's own trouble in pregnancy is not the knee's.
    expect(refused("pelvic girdle pain at 30 weeks, sharp at the front when I turn over in bed, what helps")).toBe(
      true,
    );
  });
});
