import { describe, expect, it } from "vitest";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, thirtieth round. Each positive case failed before its change; each negative case
// keeps its answer or its refusal.

describe("an app, a tracker or a walking aid told in the story is context, not the question", () => {
  it("answers a claim an app made from the articles", () => {
    expect(
      anchors("Does having tight hamstrings actually cause knee pain? My stretching app keeps saying so"),
    ).toContain("why-flexibility");
  });

  it("answers what a running app plans after time off", () => {
    expect(
      anchors(
        "Coming back after 6 weeks off with a sore knee. My running app wants hill repeats and a long run in the same week. Is that OK?",
      ),
    ).toContain("building-back-up");
  });

  it("answers a claim a friend on Strava made", () => {
    expect(
      anchors("my strava mate says my arms swing across my body and that's why my knee hurts. can that be a thing?")[0],
    ).toBe("stride-habits");
  });

  it("answers an older visitor with a walking stick asking for one exercise", () => {
    expect(anchors("72, arthritic knee, walking stick. If I only do one exercise, what should it be?")).toContain(
      "quad-strength",
    );
  });

  it("still refuses the app, the tracker or the walking aid asked about", () => {
    expect(refused("is there a good app for knee exercises?")).toBe(true);
    expect(refused("which running watch is best for tracking knee load")).toBe(true);
    expect(refused("should I use a walking stick for my knee?")).toBe(true);
    expect(refused("My mother uses a walking stick now. Which hand should she hold it in for a bad right knee?")).toBe(
      true,
    );
  });

  it("still refuses how many steps a day are safe, told with an app or not", () => {
    expect(refused("How many steps a day is safe with knee osteoarthritis? my app default is 10k")).toBe(true);
    expect(refused("how many steps a day is safe with knee arthritis, is 10k too much")).toBe(true);
  });

  it("answers a brace question that doubts it is 'just a crutch'", () => {
    expect(
      anchors(
        "I do 30 mins of jumping jacks every evening in my flat. The left knee's started aching a bit. Would a knee sleeve or brace help, or is that just a crutch?",
      )[0],
    ).toBe("taping-and-supports");
  });
});

describe("the app or the walking aid the story named, asked about by 'it' or 'they' (review)", () => {
  it("still refuses whether it works, is worth it or is a good idea", () => {
    expect(refused("My physio recommended a knee exercise app. Does it actually work?")).toBe(true);
    expect(refused("I'm thinking of getting a fitness tracker to watch my knee. Worth it?")).toBe(true);
    expect(refused("Dad's been given a walking stick for his arthritic knee. Is it a good idea?")).toBe(true);
    expect(refused("I use crutches since my knee op. Are they bad for my other knee?")).toBe(true);
    expect(refused("Nan's got a new walking stick. Should she hold it on the same side as the sore knee?")).toBe(true);
    expect(refused("Which side should I use my cane on with a bad left knee?")).toBe(true);
  });

  it("still answers how long to hold a stretch with a watch named", () => {
    expect(
      refused(
        "I've got a foam roller and a running watch. For the quad stretch, how long should I hold it in position?",
      ),
    ).toBe(false);
  });

  it("still refuses a training plan put after 'or is it just'", () => {
    expect(refused("Is my knee sore from running, or is it just my new training plan?")).toBe(true);
  });

  it("refuses whether so many steps a day are safe", () => {
    expect(refused("Is 10,000 steps a day ok with arthritis in my knee?")).toBe(true);
    expect(refused("Is 10k steps a day bad for my knees?")).toBe(true);
  });
});

describe("what the articles leave out, in the round's read sets", () => {
  it("refuses what the NHS offers and how to reach it", () => {
    expect(refused("How many physio sessions will the NHS give me for my knee?")).toBe(true);
    expect(refused("Does the NHS let me self-refer to physio for my knee or do I need to see my GP first?")).toBe(true);
  });

  it("still answers a question told beside an NHS wait", () => {
    expect(
      anchors(
        "I've been put on the NHS waiting list for physio for my runner's knee but it's about ten weeks. I cycle to work, which doesn't seem to bother it. What exercises should I be doing at home to strengthen things up while I wait?",
      ),
    ).toContain("which-exercises");
  });

  it("refuses whether losing a bit of weight eases the knees, and how a cracked kneecap heals", () => {
    expect(refused("will losing a bit of weight take the pressure off my knees for derby?")).toBe(true);
    expect(refused("How long does a cracked kneecap take to heal before I can skate again?")).toBe(true);
  });

  it("still sends a fall with a kneecap that may be cracked to be seen", () => {
    expect(
      anchors("fell on my knee, think I might have a cracked kneecap, it's swollen and I can't straighten it")[0],
    ).toBe("get-seen-soon");
  });
});

describe("a warning list is not found by what the visitor denies", () => {
  it("answers an ache with no fall from what the ache may be, not from the emergency signs", () => {
    const derby =
      "So I started derby fresh meat two months ago, three practices a week and loads of time low in derby stance. now the front of both knees aches around the kneecap and going down the stairs at work the day after practice is the worst bit. no falls I can think of. what even is that?";
    expect(anchors(derby)).toContain("symptoms");
    expect(anchors("didn't fall or anything. what is it?")).not.toContain("get-help-now");
  });

  it("still answers from the warning lists when a sign is told beside the denial", () => {
    expect(anchors("didn't fall but my knee is hot, red and swollen and I feel feverish. what should I do?")[0]).toBe(
      "get-help-now",
    );
    expect(
      anchors("no injury but it locked this morning and I couldn't straighten it for ten minutes. what is that?")[0],
    ).toBe("get-seen-soon");
  });
});

describe("what the second review found (review)", () => {
  it("still answers from the warning lists a sign told after a denial", () => {
    expect(anchors("didnt knock it and it just started locking. what does that mean?")[0]).toBe("get-seen-soon");
    expect(anchors("never twisted it and yet it keeps giving way. what is that?")[0]).toBe("book-an-assessment");
  });

  it("still answers an NHS physio's advice told beside the question", () => {
    expect(anchors("NHS physio gave me straight leg raises, how do I do them properly?")[0]).toBe(
      "straight-leg-raises",
    );
    expect(anchors("the NHS website says to rest it, but is rest alone enough for runners knee?")[0]).toBe(
      "rest-is-not-enough",
    );
    expect(refused("can I self refer to NHS physio for my knee and how long is the waiting list")).toBe(true);
  });

  it("still answers an exercise question told beside a plan to lose some weight", () => {
    expect(anchors("doctor says lose a bit of weight. can I still do glute bridges with bad knees?")[0]).toBe(
      "glute-bridges",
    );
  });

  it("still sends a kneecap that may be cracked, asked about A&E, to the emergency signs", () => {
    expect(
      anchors(
        "came off my bike onto my knee, think I might have a cracked knee cap, it's swollen. should I go to A&E?",
      )[0],
    ).toBe("get-help-now");
    expect(refused("after a broken kneecap, when can I go back to running?")).toBe(true);
  });

  it("reads what never stops as kept on, not denied (final pass)", () => {
    expect(anchors("never stops locking, have to wiggle it. what is wrong?")[0]).toBe("when-to-get-checked");
    expect(anchors("it never stops giving way on me, what's wrong?")[0]).toBe("book-an-assessment");
  });
});
