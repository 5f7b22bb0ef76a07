import { describe, expect, it } from "vitest";
import { composeAnswer } from "../../src/knowledge/compose-answer.js";
import { testKnowledge } from "../helpers/test-app.js";
import { refused } from "../helpers/knowledge-search.js";

// Issue 15, thirty-fifth round: the search changes kept for the round's questions (families of
// older parents, people with hypermobile knees, festival-goers), each with a case it must leave
// alone, and the refusal words tried and taken back in review, each kept as the case that showed
// the harm (each fails on the reviewed change).

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
});

describe("pseudogout and compression stockings are refused", () => {
  // Held-out 172: a nan "diagnosed with pseudogout" was answered from the first steps for a new
  // injury, and "should mum be wearing compression stockings" from runner's knee's checks.
  it("refuses the asked condition and kit", () => {
    expect(refused("My nan has been diagnosed with pseudogout in her knee. What is it and will it come back?")).toBe(
      true,
    );
    expect(refused("Should mum be wearing compression stockings now she's home from hospital?")).toBe(true);
  });
  it("still leads a swollen calf after a flight with the warning list", () => {
    expect(cited("wore compression stockings on the flight but my calf is swollen and sore and I'm breathless")).toBe(
      "get-help-now",
    );
  });
});

describe("'does icing…' inside a sentence asks", () => {
  // Held-out 174: a long day queueing for rides, "it helps but does icing actually fix anything or
  // just numb it", was refused: the story's words diluted the asking part, which was not cut out.
  it("answers from the ice section", () => {
    expect(
      cited(
        "queued all day at the theme park, knees aching every night at the hotel so ive been icing them. it helps but does icing actually fix anything or just numb it",
      ),
    ).toBe("ice");
  });
});

describe("refusal words taken back in review", () => {
  // "dehydrated", "beighton" and "rollercoaster" were tried as refusal words (held-outs 173 and
  // 174). Review found a swollen, shivery knee after a race refused because the runner was
  // dehydrated, questions told beside a Beighton score refused, and a rollercoaster of flare-ups.
  it("answers them as before", () => {
    expect(cited("dehydrated after the marathon, knee swollen, shivery and shaky. hospital?")).toBe("get-help-now");
    expect(
      refused(
        "I scored 7 on the beighton scale and my knees ache after running. which strengthening exercises should I do?",
      ),
    ).toBe(false);
    expect(refused("rollercoaster of flare ups with my knee OA, how do I manage the bad days?")).toBe(false);
  });
});
