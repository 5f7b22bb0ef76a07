import { describe, expect, it } from "vitest";
import { anchors, refused } from "../helpers/knowledge-search.js";
import { testKnowledge } from "../helpers/test-app.js";

// Issue 15, eighteenth round. Held-outs 69 (beginners and returners), 70 (reluctant
// self-managers), 71 (search-box typers) and 72 (jumping and court sports) ask in words the
// search read as a topic the articles leave out, or did not connect to the articles' words.
// Each case failed before its change; each negative case keeps its answer or its refusal.

describe("tingling told in everyday words, with back pain", () => {
  it("reads 'pins and needles' as the tingling below the knee the articles send for an assessment", () => {
    expect(
      anchors(
        "lower back pain going down the back of my leg and pins and needles under the knee no injury or anything could it all be linked",
      ),
    ).toEqual(expect.arrayContaining(["book-an-assessment", "when-to-get-checked"]));
    // Dry needling is still dry needling.
    expect(anchors("is dry needling worth trying for knee pain")[0]).toBe("hands-on-treatments");
  });

  it("reads tingling down the shin as felt below the knee, not as a shin problem the articles leave out", () => {
    expect(
      anchors(
        "Back running a month. The knee aches but I'm also getting pins and needles down the front of my shin, and my lower back has been sore with it going into my bum. Is it all connected?",
      ),
    ).toContain("when-to-get-checked");
    // Shin pain of its own is still left to the clinic, and a tight shin is not the articles' topic
    // because their warning list names "a tight calf or shin".
    expect(refused("what stretches help shin splints")).toBe(true);
    expect(refused("my shins hurt after running on concrete, what helps?")).toBe(true);
    expect(refused("tight shins, should I foam roll them?")).toBe(true);
  });

  it("leads a short question with the assessment the articles advise for new tingling below the knee", () => {
    expect(anchors("tingling down my shin after sitting, should I stretch?")[0]).toBe("book-an-assessment");
    expect(anchors("pins and needles down my shin after sitting, should I stretch?")[0]).toBe("book-an-assessment");
    // After an injury it is an emergency sign.
    expect(anchors("fell off my bike and now there's tingling down my shin, should I stretch?")[0]).toBe(
      "get-help-now",
    );
  });
});

describe("a story that tells the knee's arthritis", () => {
  const osteoarthritisRunning = "knee-osteoarthritis-and-exercise#is-running-bad";
  const cited = (message: string) =>
    testKnowledge()
      .search(message, 3)
      .map((result) => `${result.articleId}#${result.anchor}`);

  it("answers the question after it about running with arthritis", () => {
    expect(
      cited(
        "I'm 64, been doing parkrun every Saturday for ten years and just found out I've got early arthritis in the left knee. Do I have to give up running now?",
      ),
    ).toContain(osteoarthritisRunning);
    expect(
      cited(
        "GP says the x-ray shows wear and tear in my right knee. I'm 52. Should I give up on starting couch to 5k?",
      ),
    ).toContain(osteoarthritisRunning);
  });

  it("does not let the arthritis decide that the articles answer a question they leave out", () => {
    expect(
      refused(
        "Diagnosed with knee osteoarthritis last year and the exercises have helped a bit. My GP has now mentioned hyaluronic gel injections. A friend had them and swears by them. Do they actually work, and how many would I need?",
      ),
    ).toBe(true);
  });

  it("does not frame the question with arthritis that is only feared", () => {
    const shown = cited(
      "I'm 20, my knee clicks and aches after sitting through lectures. Never injured it. My mate says I'll get arthritis by 30. Is that what's happening?",
    );
    expect(shown).toContain("runners-knee-basics#symptoms");
    expect(shown.filter((id) => id.startsWith("knee-osteoarthritis-and-exercise#"))).toEqual([]);
  });
});

describe("stopping the exercises once the knee feels better", () => {
  it("reads 'ditch the boring exercises' as dropping the strength work, not as boredom the articles leave out", () => {
    expect(anchors("knee finally stopped hurting so can I ditch the boring exercises now?")[0]).toBe("keep-it-going");
    expect(refused("once it stops hurting can i ditch the boring exercises")).toBe(false);
    // Staying motivated, and feeling bored, are still left to the clinic.
    expect(refused("I get so bored on long runs, any tips for staying motivated?")).toBe(true);
    expect(refused("is it normal to feel bored and low when injured?")).toBe(true);
  });
});

describe("a beginner asking", () => {
  it("reads 'beginner' as who is asking, not as a topic the articles leave out", () => {
    expect(anchors("gentle knee exercises for a beginner runner")[0]).toBe("which-exercises");
    expect(anchors("is running bad for the knees? total beginner here")[0]).toBe("is-running-bad");
  });

  it("still refuses a weekly mileage or a number of rest days, which the articles never give", () => {
    expect(refused("how many miles a week should a beginner run")).toBe(true);
    expect(refused("how many rest days should a beginner have between runs")).toBe(true);
    // Asked of a sore knee, rest is theirs; so is how to build up.
    expect(refused("how many rest days should I take with runner's knee")).toBe(false);
    expect(refused("beginner runner, how do I build up my miles without hurting my knee")).toBe(false);
  });
});

describe("the coloured tape", () => {
  it("answers whether the stretchy coloured tape does anything, which the taping section covers", () => {
    expect(anchors("that stretchy coloured tape people put on knees, does it do anything or is it placebo")[0]).toBe(
      "taping-and-supports",
    );
  });

  it("still refuses which colour to choose, and a bruise changing colour", () => {
    expect(refused("do the different colours of kinesio tape actually mean anything")).toBe(true);
    expect(refused("what colour resistance band should I buy for monster walks")).toBe(true);
    expect(
      refused("banged my knee on the table and the bruise has gone purple and green. is the colour change normal?"),
    ).toBe(true);
  });
});

describe("a team's season", () => {
  it("reads 'pre-season' as when, not as a topic the articles leave out", () => {
    expect(
      anchors("doing the conditioning runs for pre-season, is it bad for my knees that i land on my heels")[0],
    ).toBe("stride-habits");
    expect(
      anchors(
        "we went from twice a week to two-a-days in pre-season and now both kneecaps ache. is that just overload?",
      )[0],
    ).toBe("causes");
  });
});

describe("tight quads", () => {
  it("reads tight quads as the articles' 'tight hamstrings or quadriceps', not another body part's complaint", () => {
    expect(anchors("is dry needling legit for tight quads")[0]).toBe("hands-on-treatments");
    // A pulled quad is still another body part's injury.
    expect(refused("pulled my quad sprinting, how long to heal")).toBe(true);
  });
});
