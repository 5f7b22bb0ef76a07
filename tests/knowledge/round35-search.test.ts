import { describe, expect, it } from "vitest";
import { composeAnswer } from "../../src/knowledge/compose-answer.js";
import { testKnowledge } from "../helpers/test-app.js";
import { refused } from "../helpers/knowledge-search.js";

// Issue 15, thirty-fifth round: the search changes kept for the round's questions (families of
// older parents, people with hypermobile knees, festival-goers), each with a case it must leave
// alone, and what was tried and taken back or narrowed in review, each kept as the case that showed
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

describe("pseudogout is refused, as gout is", () => {
  // Held-out 172: a nan "diagnosed with pseudogout" was answered from the first steps for a new injury.
  it("refuses the asked condition", () => {
    expect(refused("My nan has been diagnosed with pseudogout in her knee. What is it and will it come back?")).toBe(
      true,
    );
  });
  it("still leads a hot, swollen knee with a fever with the warning list", () => {
    expect(cited("my dad has pseudogout and now his knee is hot, red and swollen and he has a fever of 39")).toBe(
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

describe("'do / does <care>' told, not asked (review)", () => {
  // The cue was first tried after any subject: review found "I do icing twice a day and my knee is
  // still hot red swollen and I have a temperature now" led by the ice section (its warning signs were
  // read as asked), and "she does running club twice a week" stopping "is it ok to keep running?".
  it("keeps the warning list first and the question answered", () => {
    expect(
      cited(
        "I do icing twice a day and my knee is still hot red swollen and I have a temperature now. How long should I ice for?",
      ),
    ).toBe("get-help-now");
    expect(cited("is it ok to keep running? she does running club twice a week")).toBe("keep-active");
  });
});

describe("refusal words taken back in review", () => {
  // "dehydrated", "beighton", "rollercoaster", "compression stockings" and "flight socks" were tried
  // as refusal words (held-outs 172-174). Review found a swollen, shivery knee after a race refused
  // because the runner was dehydrated, questions told beside a Beighton score or flight socks
  // refused, and a rollercoaster of flare-ups.
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
  });
});
