import { describe, expect, it } from "vitest";
import { composeAnswer } from "../../src/knowledge/compose-answer.js";
import { testKnowledge } from "../helpers/test-app.js";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, thirty-third round. Each positive case failed before its change; each negative case
// keeps its answer or its refusal.

const cited = (message: string) => {
  const answer = composeAnswer(testKnowledge(), message);
  return answer.kind === "answer" ? answer.source.anchor : "none";
};

describe("what a physio said is searched by what was said, not by the physio", () => {
  // Held-out 151: "Physio says I overstride" led to what a physio does, and a physio who "noticed my
  // ankle barely bends" to the assessment, not to the ankle's part in knee pain.
  it("answers what was said", () => {
    expect(anchors("Physio says I overstride. What does that even mean?")).toContain("stride-habits");
    expect(
      cited(
        "my physio noticed my ankle barely bends compared to the other one, could that make my knee sore when I squat?",
      ),
    ).toBe("ankle-and-big-toe");
  });

  it("still answers from the physio article when the physio's treatment is asked about", () => {
    expect(cited("my physio said I need 6 sessions, is that normal?")).toBe("recovery-time");
    expect(cited("the physio said come back in two weeks, why so long between visits?")).not.toBe("none");
  });
});

describe("an operation told as decades-old history is the background, not the topic", () => {
  // Held-out 162: "had my ACL done back in the 80s… is that ok to keep going?" and a scope "back
  // in the 90s" were refused as questions about surgery.
  it("answers the question told after an old operation", () => {
    expect(
      cited(
        "I'm 60, had my ACL done back in the 80s. Took up parkrun this year. The knee aches a bit that evening but its fine by the next morning. Is that ok to keep going?",
      ),
    ).toBe("keep-active");
    expect(
      refused(
        "im 45 with an old meniscus tear that never bothered me much. want to do couch to 5k, am i asking for trouble?",
      ),
    ).toBe(false);
  });

  it("still refuses a question about the operation itself", () => {
    expect(refused("I had my ACL done in the 90s, will it need doing again?")).toBe(true);
    expect(refused("had a knee op in the nineties. can I have another?")).toBe(true);
    expect(refused("my ACL was done in the 80s, how long do reconstructions last?")).toBe(true);
  });
});
