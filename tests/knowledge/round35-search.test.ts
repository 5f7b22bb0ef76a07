import { describe, expect, it } from "vitest";
import { composeAnswer } from "../../src/knowledge/compose-answer.js";
import { testKnowledge } from "../helpers/test-app.js";
import { refused } from "../helpers/knowledge-search.js";

// Issue 15, thirty-fifth round: the one search change kept for the round's questions (families of
// older parents, people with hypermobile knees, festival-goers), with a case it must leave alone, and
// what was tried and taken back in review, each kept as the case that showed the harm (each fails on
// the reviewed change).

const cited = (message: string) => {
  const answer = composeAnswer(testKnowledge(), message);
  return answer.kind === "answer" ? answer.source.anchor : "none";
};

describe("'hes' and 'shes' typed without the apostrophe", () => {
  // Held-out 172: "grandad got told he has runners knee?? hes 70. what is it" was refused: "hes"
  // counted as a word no article uses.
  it("answers as with the apostrophe", () => {
    expect(cited("grandad got told he has runners knee?? hes 70. what is it")).toBe("what-it-is");
    expect(cited("my wife has runners knee and shes 50, what is it")).toBe("what-it-is");
  });
  it("still refuses what no article answers", () => {
    expect(refused("hes 70, can he have a steroid injection in his knee")).toBe(true);
  });
});

describe("refusal words taken back in review", () => {
  // "dehydrated", "beighton", "rollercoaster", "compression stockings", "flight socks" and
  // "pseudogout" were tried as refusal words (held-outs 172-174). Review found a swollen, shivery
  // knee after a race refused because the runner was dehydrated, and questions refused where the
  // word was only told: beside a Beighton score, flight socks, a rollercoaster of flare-ups, or a
  // pseudogout ruled out.
  it("answers them as before", () => {
    expect(cited("dehydrated after the marathon, knee swollen, shivery and shaky. hospital?")).toBe("get-help-now");
    expect(
      refused(
        "I scored 7 on the beighton scale and my knees ache after running. which strengthening exercises should I do?",
      ),
    ).toBe(false);
    expect(refused("rollercoaster of flare ups with my knee OA, how do I manage the bad days?")).toBe(false);
    expect(
      refused("wore flight socks for the flight, knee stiff from sitting so long. any exercises to loosen it up?"),
    ).toBe(false);
    expect(refused("it's not pseudogout, it's osteoarthritis. what exercises help?")).toBe(false);
  });
});

describe("'but / so does icing…' inside a sentence stays as it was (review: taken back)", () => {
  // Tried for held-out 174's "…it helps but does icing actually fix anything or just numb it": "do /
  // does <care>" as where the asking starts. Review found "I do icing twice a day" hiding a hot,
  // swollen, feverish knee's warning list, then, after "but / so" only, an old ACL told beside "but do
  // walking" refusing the question, and "squatting hurts and so does running" led by the same-day list.
  it("keeps the warning list and the answers", () => {
    expect(
      cited(
        "I do icing twice a day and my knee is still hot red swollen and I have a temperature now. How long should I ice for?",
      ),
    ).toBe("get-help-now");
    expect(
      refused(
        "Tore my ACL skiing in 2009 but do walking and cycling fine now. Which exercises are good for runner's knee?",
      ),
    ).toBe(false);
    expect(
      cited(
        "Front of my knee has hurt for 9 weeks now. Squatting hurts and so does running on the treadmill. Work is busy so I haven't seen anyone.",
      ),
    ).not.toBe("get-seen-soon");
  });
});
