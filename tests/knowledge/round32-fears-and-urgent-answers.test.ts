import { describe, expect, it } from "vitest";
import { composeAnswer } from "../../src/knowledge/compose-answer.js";
import { testKnowledge } from "../helpers/test-app.js";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, thirty-second round. Each positive case failed before its change; each negative case
// keeps its answer or its refusal.

describe("a fear of what may come is how the visitor feels, not what they ask", () => {
  it("answers what to do when the visitor fears an operation", () => {
    expect(
      anchors(
        "my knee has started giving way on downhills and it puffs up after long runs. I'm scared it's a ligament and I'll end up needing an operation. What should I be doing?",
      ),
    ).toContain("book-an-assessment");
  });

  it("answers whether to get checked when the visitor has been reading about replacements", () => {
    expect(
      refused(
        "Knee's ached for 2 months and my groin on that side aches too. I keep reading about hip replacements online. Should I get it looked at?",
      ),
    ).toBe(false);
  });

  it("still refuses a question about the operation itself, or one pointing back at the fear", () => {
    expect(refused("I'm scared I'll need surgery. Will I need an operation?")).toBe(true);
    expect(
      refused("I'm terrified I'll end up with a knee replacement like my mum. how do I stop that happening?"),
    ).toBe(true);
  });

  it("still refuses a question about the feared thing itself (review)", () => {
    expect(refused("I'm worried it's a fracture. Can I walk on it?")).toBe(true);
    expect(refused("I'm scared I'll need a replacement like my dad. What exercises help?")).toBe(true);
    expect(refused("I'm worried it's a torn meniscus. How long does it take to heal?")).toBe(true);
  });

  it("still counts an operation told as done inside the fear (review)", () => {
    expect(refused("I'm worried it's my hip replacement causing it. What should I do?")).toBe(true);
    expect(refused("I keep thinking about my ACL reconstruction. What should I do?")).toBe(true);
  });

  it("still counts an operation told as done, whatever the feeling beside it", () => {
    expect(refused("I'm worried because I had an arthroscopy in March. What should I be doing?")).toBe(true);
  });
});

describe("the advice for same-day or emergency care stands alone", () => {
  const answerTo = (message: string) => composeAnswer(testKnowledge(), message);

  it("suggests no physio booking beside same-day care for a knee that swelled within hours of a twist", () => {
    const answer = answerTo(
      "Went over on my knee at netball on Saturday, within a couple of hours it was huge and now it feels wobbly. Doctor is booked up, should I just see a physio?",
    );
    expect(answer.kind === "answer" && answer.source.anchor).toBe("get-seen-soon");
    expect(answer.kind === "answer" && answer.related).toBeUndefined();
  });

  it("still shows another article's warning list beside same-day care (review)", () => {
    const answer = answerTo("my calf is painful and swollen on one side, can I stretch it out?");
    expect(answer.kind === "answer" && answer.related?.anchor).toBe("when-to-get-checked");
  });

  it("still suggests a second article's list beside a list of when to get checked", () => {
    const answer = answerTo("knee pain after running, when should I get it checked?");
    expect(answer.kind === "answer" && answer.related?.anchor).toBe("when-to-get-checked");
  });
});

describe("a session by video is the clinic's business", () => {
  it("refuses whether an assessment can be done by video or over video", () => {
    expect(refused("could my first assessment be done by video instead? I live miles away")).toBe(true);
    expect(refused("can physio sessions be done over video")).toBe(true);
  });

  it("still answers a video of the visitor's running or of exercises (review)", () => {
    expect(refused("should I video my running for the physio")).toBe(false);
    expect(refused("can I film my running by video to check my form?")).toBe(false);
    expect(refused("can you show me straight leg raises by video")).toBe(false);
    expect(anchors("how do I do a glute bridge")).toContain("glute-bridges");
  });
});

describe("yoga's bridge pose, and runner's knee for someone who only does barre", () => {
  it("answers bridge pose from the glute bridge", () => {
    expect(anchors("is bridge pose good for knees")).toContain("glute-bridges");
  });

  it("answers 'runner's knee, but I only do barre?' from what runner's knee is", () => {
    expect(anchors("runners knee but i only do barre??")).toContain("what-it-is");
  });

  it("still refuses other poses and whether an activity the articles leave out is good for knees", () => {
    expect(refused("is camel pose bad for knees")).toBe(true);
    expect(refused("is full bridge pose safe for my knees?")).toBe(true);
    expect(refused("is yoga good for knees")).toBe(true);
    expect(refused("runners knee but i only do barre, is barre bad for knees?")).toBe(true);
  });
});

describe("what a physio does is not when to see one", () => {
  it("answers what a physio actually does from what physio involves", () => {
    const top = anchors("what does a physio actually do for knees");
    expect(top[0]).not.toBe("when-to-see-a-pt");
    expect(top).toEqual(expect.arrayContaining(["strength-mobility-balance"]));
  });

  it("still answers when to go from when to see one", () => {
    expect(anchors("when should I see a physio for knee pain")[0]).toBe("when-to-see-a-pt");
    expect(anchors("what does a physio do and when should I go?")[0]).toBe("when-to-see-a-pt");
  });
});
