import { describe, expect, it } from "vitest";
import { composeAnswer } from "../../src/knowledge/compose-answer.js";
import { testKnowledge } from "../helpers/test-app.js";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, thirty-second round. Each positive case failed before its change; each negative case
// keeps its answer or its refusal.

describe("a fear told beside a question still frames it (review: taken back)", () => {
  // Tried in the thirty-second round: a told fear ("I'm scared I'll need surgery", "I keep reading
  // about replacements") as no topic of the message. The search still read the feared words, so
  // "I'm scared I'll need surgery. Any advice?" was answered from the emergency list and "I'm
  // terrified it's a stress fracture. What should I be doing?" from keeping active.
  it("refuses what the articles leave out, told as a fear", () => {
    expect(refused("I'm scared I'll need surgery. Any advice?")).toBe(true);
    expect(refused("Im terrified its a stress fracture from running. What should I be doing?")).toBe(true);
    expect(refused("I'm worried it's a fracture. Can I walk on it?")).toBe(true);
  });
});

describe("beside same-day or emergency care, no physio booking and only a warning against what is asked", () => {
  const answerTo = (message: string) => composeAnswer(testKnowledge(), message);

  it("suggests no physio booking beside same-day care for a knee that swelled within hours of a twist", () => {
    const answer = answerTo(
      "Went over on my knee at netball on Saturday, within a couple of hours it was huge and now it feels wobbly. Doctor is booked up, should I just see a physio?",
    );
    expect(answer.kind === "answer" && answer.source.anchor).toBe("get-seen-soon");
    expect(answer.kind === "answer" && answer.related).toBeUndefined();
  });

  it("suggests no slow-kneecap-pain list beside same-day care for a physio-or-A&E question (review)", () => {
    const answer = answerTo(
      "Went over on my knee at netball, within a couple of hours it was huge. should I see a physio or go to a&e?",
    );
    expect(answer.kind === "answer" && answer.related).toBeUndefined();
  });

  it("still shows another article's warning against stretching beside same-day care (review)", () => {
    const answer = answerTo("my calf is painful and swollen on one side, can I stretch it out?");
    expect(answer.kind === "answer" && answer.related?.anchor).toBe("when-to-get-checked");
  });

  it("still suggests a second article's list beside a list of when to get checked", () => {
    const answer = answerTo("knee pain after running, when should I get it checked?");
    expect(answer.kind === "answer" && answer.related?.anchor).toBe("when-to-get-checked");
  });
});

describe("a session by video is the clinic's business", () => {
  it("refuses whether an assessment can be done by video, or telehealth", () => {
    expect(refused("could my first assessment be done by video instead? I live miles away")).toBe(true);
    expect(refused("is telehealth physio any good for a sore knee")).toBe(true);
  });

  it("still answers a video of the visitor's running or of exercises (review)", () => {
    expect(refused("should I video my running for the physio")).toBe(false);
    expect(refused("can I film my running by video to check my form?")).toBe(false);
    expect(refused("can you show me straight leg raises by video")).toBe(false);
    expect(refused("should I film my running over video to check my form")).toBe(false);
    expect(refused("do I still need to ice after my physio session by video?")).toBe(false);
    expect(refused("what exercises can be done online at home for runner's knee?")).toBe(false);
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
