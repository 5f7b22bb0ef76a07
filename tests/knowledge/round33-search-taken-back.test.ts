import { describe, expect, it } from "vitest";
import { composeAnswer } from "../../src/knowledge/compose-answer.js";
import { testKnowledge } from "../helpers/test-app.js";
import { refused } from "../helpers/knowledge-search.js";

// Issue 15, thirty-third round: the search changes tried this round and taken back in review, each
// kept as the case that showed the harm (each fails on the reviewed change).

const cited = (message: string) => {
  const answer = composeAnswer(testKnowledge(), message);
  return answer.kind === "answer" ? answer.source.anchor : "none";
};

describe("what a physio said is still searched with the physio (review: taken back)", () => {
  // Tried in the thirty-third round: "my physio says / noticed / thinks…" searched as "I'm told…"
  // (held-out 151's "Physio says I overstride" led to what a physio does). Review found the physio's
  // own business lost: "our physio said she can't do anything more, what now?" was answered from the
  // emergency list, "my physio thinks I should see a doctor, should I?" from same-day care.
  it("answers a question about the physio from the physio article", () => {
    expect(cited("our physio said she can't do anything more, what now?")).not.toBe("get-help-now");
    expect(cited("my physio thinks I should see a doctor, should I?")).not.toBe("get-seen-soon");
    expect(cited("my physio said I need 6 sessions, is that normal?")).toBe("recovery-time");
  });
});

describe("an operation told in a decade or 'years on' still frames the question (review: taken back)", () => {
  // Tried in the thirty-third round: a told sentence with "back in the 80s", "an old meniscus tear"
  // or "3 years on" as history, left out of the search (held-out 162's ACL "back in the 80s"). Review
  // found the present carried in the same words: "3 years on the waiting list for a knee
  // replacement", a bend "only in the 90s" three weeks after an operation, a reconstruction offered
  // for "an old ACL tear".
  it("refuses what the articles leave out", () => {
    expect(
      refused("I've been 3 years on the waiting list for a knee replacement. What can I do in the meantime?"),
    ).toBe(true);
    expect(refused("Three weeks after my knee replacement my bend is only in the 90s. Is that normal?")).toBe(true);
    expect(refused("Got an old ACL tear and they've offered me a reconstruction. Is it worth it?")).toBe(true);
    expect(refused("I had my ACL done in the 90s, will it need doing again?")).toBe(true);
  });
});

describe("early and late appointments are not yet the clinic's business (review: taken back)", () => {
  // Tried in the thirty-third round: "early morning appointments", "late appointments",
  // "appointments after work", "do you do early appointments" (held-out 161's night worker) as the
  // clinic's hours. Review found a story told in the same sentence as the question refused: "how do
  // i know if my knee pain is serious, i can only get to late appointments at my gp…" lost the
  // advice on when to be seen, and a carer's "early morning appointments" lost the answer on
  // kneeling.
  it("answers a question that tells appointments in passing", () => {
    expect(
      refused(
        "how do i know if my knee pain is serious, i can only get to late appointments at my gp so need to know if its urgent",
      ),
    ).toBe(false);
    expect(refused("I have an early morning appointment tomorrow, should I ice my knee before I go?")).toBe(false);
  });
});
