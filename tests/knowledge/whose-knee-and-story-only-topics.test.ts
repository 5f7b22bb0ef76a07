import { describe, expect, it } from "vitest";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, twenty-third round. Parents asked about "my son's" knee and were refused because "son"
// counted as a topic; a reader told who they are ("I'm only a slow plodder") or copied a sheet's
// "x2"; a story told an operation the articles leave out and then asked what to do about a routine
// sign, or asked nothing at all. Each positive case failed before its change; each negative case
// keeps its refusal or its answer.

describe("whose knee it is", () => {
  it("answers a parent's question about a son's knee: the relative is who, not what is asked", () => {
    expect(anchors("Should my son ice his knee after practice?")[0]).toBe("ice");
  });

  it("still refuses what the articles leave out, whoever's knee it is", () => {
    expect(refused("can my son take ibuprofen for his knee?")).toBe(true);
    expect(
      refused(
        "My daughter is super bendy and her knees bend backwards when she stands. Is hypermobility something to worry about for her knees long term?",
      ),
    ).toBe(true);
  });
});

describe("who the writer is, and a sheet's sets and reps", () => {
  it("answers overstriding for 'I'm only a slow plodder': a kind of runner, one word before the word", () => {
    expect(anchors("What is overstriding and does it matter for my knees? I'm only a slow plodder")).toContain(
      "stride-habits",
    );
  });

  it("still refuses a health word told the same way", () => {
    expect(refused("I'm a keen smoker, does it matter for my knees?")).toBe(true);
    // Review: a condition's sufferer or survivor is what the question is about.
    expect(refused("I'm a stroke survivor and my knee hyperextends when I walk, what exercises help?")).toBe(true);
  });

  it("answers how monster walks go where the sheet says 'x2'", () => {
    expect(anchors("how do monster walks go?? my sheet just says 'monster walks x2' with a stick man lol")[0]).toBe(
      "monster-walks",
    );
  });

  it("still refuses a supplement counted the same way", () => {
    expect(refused("is collagen x2 a day ok for my knees")).toBe(true);
  });
});

describe("stopping the exercises once the knee is 'loads better'", () => {
  it("leads with keeping the work going, not the ice section's 'pack'", () => {
    expect(anchors("Knee's loads better now. Can I pack in the exercises?")[0]).toBe("keep-it-going");
  });

  it("does not when the exercises make the knee swell", () => {
    expect(anchors("knee's loads better but the bridges make it swell, should I stop them?")[0]).not.toBe(
      "keep-it-going",
    );
  });
});

describe("a topic the articles leave out, told only as the story of a routine sign", () => {
  it("answers what to do from booking an assessment, as the engine reads it", () => {
    expect(
      anchors(
        "I had a meniscus trim two years ago and now the knee gives way and catches painfully, what should I do?",
      )[0],
    ).toBe("book-an-assessment");
    expect(
      anchors("had an arthroscopy last year, my knee catches and gives way now, worth getting it checked?")[0],
    ).toBe("book-an-assessment");
  });

  it("still refuses a question about the topic itself", () => {
    expect(
      refused("had a meniscus trim 2 years ago, catches sometimes, how long is recovery from a meniscus repair?"),
    ).toBe(true);
    expect(refused("my knee catches and gives way, is a steroid injection worth it?")).toBe(true);
  });

  it("answers a story that asks nothing from the level the engine reads", () => {
    expect(anchors("pain is about 8/10 when I kneel to paint the skirting boards, been like it 3 weeks now")[0]).toBe(
      "book-an-assessment",
    );
  });

  it("still refuses a story that asks about a topic without a question mark", () => {
    expect(refused("soft lump behind my knee like a water balloon, is it a bakers cyst")).toBe(true);
    expect(refused("best stretches to get rid of sciatica in my lower back")).toBe(true);
    expect(refused("knee been giving way, 3 weeks, magnesium spray any use")).toBe(true);
  });

  it("still refuses a topic asked in another sentence, or beside the asking words (review)", () => {
    expect(refused("Is glucosamine worth trying? I'm a bit worried, it swells up after every run.")).toBe(true);
    expect(refused("how much is a session? knee gives way a lot, should I get it looked at")).toBe(true);
    expect(refused("Knee swells after every walk. Should I get an MRI or get it looked at?")).toBe(true);
  });

  it("answers 'lately it catches' after an arthroscopy last year: the year dates the operation", () => {
    expect(
      anchors("had an arthroscopy last year, lately it catches and gives way, should I get it looked at?")[0],
    ).toBe("book-an-assessment");
  });

  it("still answers as routine a story that has only cut back its running", () => {
    expect(
      anchors("I've cut back my running, my knee catches and gives way since my arthroscopy, what should I do?")[0],
    ).toBe("book-an-assessment");
  });

  it("does not answer as routine a story with a sign the interview may raise (second review)", () => {
    expect(
      anchors(
        "had a cortisone jab in the knee 10 days ago, now it's throbbing, warm to touch and clicks painfully. what should i do",
      )[0],
    ).not.toBe("book-an-assessment");
    expect(
      anchors("I'm on methotrexate, my knee has gone hot and red and it clicks painfully. What should I do?")[0],
    ).not.toBe("book-an-assessment");
  });

  it("still refuses a topic asked in an earlier clause, or asked as a request (second review)", () => {
    expect(refused("Is PRP any good for a knee that gives way, or should I just see a physio?")).toBe(true);
    expect(refused("my knee keeps giving way. I'd like to know if turmeric helps. should i get it checked?")).toBe(
      true,
    );
    expect(refused("yoga poses for a knee that buckles")).toBe(true);
    expect(refused("knee swells up after every run. prices for an assessment")).toBe(true);
  });

  it("reads a visit already planned as no question whether to be seen (review)", () => {
    expect(anchors("getting it looked at friday. ice or heat for the swelling after runs?")[0]).toBe("ice");
  });
});

describe("going on with an activity while the knee is sore", () => {
  it("answers whether to keep swimming or skip yoga from keeping active", () => {
    expect(anchors("ok to keep swimming with a sore knee?")[0]).toBe("keep-active");
    expect(anchors("sore knee - skip yoga altogether or keep going?")[0]).toBe("keep-active");
  });

  it("answers keeping up an activity with words between: 'keep going with rowing' (second review)", () => {
    expect(anchors("should I keep going with rowing while my knee is sore?")[0]).toBe("keep-active");
  });

  it("still refuses an activity told as a habit, then asked about (second review)", () => {
    expect(refused("I keep cycling but the knee pain on the outside won't go, what is it?")).toBe(true);
    expect(refused("still doing pilates 3 times a week, knee aches after, is pilates bad for knees?")).toBe(true);
  });

  it("still refuses what the activity itself is like, or switching to it", () => {
    expect(refused("I want to keep swimming, is front crawl ok for my knee?")).toBe(true);
    expect(refused("can I still do hot yoga with a sore knee?")).toBe(true);
    expect(refused("is swimming good for bad knees?")).toBe(true);
    expect(refused("which swimming stroke is best for my knee?")).toBe(true);
    expect(
      refused(
        "Breaststroke kick in the pool is giving me pain on the inside of my knee during tri training. What causes that, and should I just switch to front crawl?",
      ),
    ).toBe(true);
  });
});

describe("legs of different lengths, and remedies rubbed on", () => {
  it("refuses a leg longer than the other and arnica asked about: the articles leave both out", () => {
    expect(refused("one leg is shorter than the other, could that cause knee pain?")).toBe(true);
    expect(refused("can I put arnica on my knee")).toBe(true);
  });

  it("answers a story that only tells them, and a knee sore 'longer than the other' (review)", () => {
    expect(anchors("Had arnica on it for weeks, still swelling after every walk")[0]).toBe("book-an-assessment");
    expect(refused("this knee has been sore longer than the other one, should I worry?")).toBe(false);
    expect(
      anchors("my son is double jointed and his knee swelled up within an hour of landing badly, what now?")[0],
    ).toBe("get-seen-soon");
  });

  it("still answers heels that lift on a squat: the ankle's stiffness", () => {
    expect(refused("heel lifts when I squat and the knee hurts, ankle stiffness?")).toBe(false);
  });
});
