import { describe, expect, it } from "vitest";
import { composeAnswer } from "../../src/knowledge/compose-answer.js";
import { testKnowledge } from "../helpers/test-app.js";
import { refused } from "../helpers/knowledge-search.js";

// Issue 15, thirty-fourth round: the search changes tried for the words that made the round's
// questions look unanswered (court players, dog walkers, musicians) and taken back in review, each
// kept as the case that showed the harm (each fails on the reviewed change).

const cited = (message: string) => {
  const answer = composeAnswer(testKnowledge(), message);
  return answer.kind === "answer" ? answer.source.anchor : "none";
};

describe("'bother seeing / calling' stays as it was (review: taken back)", () => {
  // Tried in the thirty-fourth round for held-out 169's "when should i actually bother seeing a
  // physio about this knee?": "bother" read away before seeing, booking, calling or ringing someone,
  // then only before a person. Review found "should I bother seeing how it goes" and "calling it
  // quits" led by the same-day and emergency lists, and then questions about other health problems
  // answered ("should i bother seeing the gp about my blood pressure" from the emergency list).
  it("keeps 'bother' where it is the knee's, a wait, a stop or another problem", () => {
    expect(cited("what exercises can I do that won't bother my knee?")).toBe("keep-it-going");
    expect(cited("should I bother seeing how it goes for a week")).not.toBe("get-seen-soon");
    expect(cited("should I bother calling it quits with running")).not.toBe("get-help-now");
    expect(refused("should i bother seeing the gp about my blood pressure")).toBe(true);
    expect(refused("should i bother calling the hospital about my knee op date")).toBe(true);
    expect(refused("should i bother going to A&E for a scan")).toBe(true);
  });
});

describe("a lone 'bother?' stays as it was (review: taken back)", () => {
  // Tried in the thirty-fourth round: "knee clicks getting off the drum stool, no pain. bother?"
  // (held-out 169) read as "worry?", then as "should I get it checked?". Review found warning stories
  // lose the same-day section: a teenager woken by knee pain at night, a husband's knee swollen after
  // a fall.
  it("keeps the same-day section first", () => {
    expect(cited("teenager with knee pain that wakes him at night. bother?")).toBe("get-seen-soon");
    expect(cited("my husband's knee is swollen after a fall but he won't go. bother?")).toBe("get-seen-soon");
  });
});

describe("'for matches' and 'for games' stay what is asked (review: taken back)", () => {
  // Tried in the thirty-fourth round: "does taping the knee for matches actually do anything"
  // (held-out 166) with the matches weighing nothing, then only after a support. Review found
  // "go for sessions for months" lose the recovery section, a rule about braces in rugby answered,
  // and a knee that gave way "taped up for matches" led by the taping section.
  it("keeps the sessions, the rules and the giving way", () => {
    expect(cited("is it normal to need to go for sessions for months with a knee")).toBe("recovery-time");
    expect(cited("how long do people usually come in for sessions with knee pain")).toBe("recovery-time");
    expect(cited("whats a safe return for matches after knee pain")).toBe("building-back-up");
    expect(refused("are knee braces allowed for matches in rugby")).toBe(true);
    expect(cited("taped up for matches and my knee gave way twice in the last game")).toBe("book-an-assessment");
  });
});

describe("playing through and a rule of thumb stay as they were (review: taken back)", () => {
  // Tried in the thirty-fourth round for held-out 169's "how do you know if knee pain is ok to play
  // through, like is there a rule of thumb": "play/train through" as carrying on, "rule of thumb" with
  // no thumb. Review found "can i play through a broken toe" led by the emergency list, and a rule of
  // thumb for a scan or an X-ray answered from the physio's examination.
  it("keeps a toe off the emergency list and a scan refused", () => {
    expect(cited("can i play through a broken toe")).not.toBe("get-help-now");
    expect(refused("is there a rule of thumb for when you need a scan")).toBe(true);
    expect(refused("is there a rule of thumb for when you need an x-ray")).toBe(true);
  });
});
