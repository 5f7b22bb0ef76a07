import { describe, expect, it } from "vitest";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, twenty-ninth round. Each positive case failed before its change; each negative case
// keeps its answer or its refusal.

describe("a bare question about the story just told", () => {
  it("reads 'Who's right?' as asking about the claims before it", () => {
    expect(
      anchors(
        "My son plays hockey (AA peewee) and his coach wants him doing cross country in the fall for fitness. My husband thinks all that running will ruin his knees before he's 20. Who's right?",
      )[0],
    ).toBe("is-running-bad");
  });

  it("reads 'what now' as asking what to do next about the story", () => {
    expect(
      anchors(
        "I'm a 35 yr old rec hockey guy with a knee that's been achy on and off since the spring. Tried a bunch of knee exercises off youtube daily for a month, the usual squats and lunges, and honestly nothing changed. what now",
      ),
    ).toContain("keep-it-going");
  });

  it("searches 'Is that part of the problem?' by the story it points at", () => {
    expect(
      anchors(
        "We do a lot of sprint work on the track in preseason and my knees have been barking. My friend filmed me and my foot lands way out in front of me. Is that part of the problem, and can it be fixed?",
      ),
    ).toContain("stride-habits");
  });

  it("refuses 'Who's right?' between claims the articles leave out (review)", () => {
    expect(
      refused(
        "My chiropractor says my hips are out of alignment and that's why my knee hurts. My physio says no. Who's right?",
      ),
    ).toBe(true);
  });

  it("still refuses either alone", () => {
    expect(refused("Who's right?")).toBe(true);
    expect(refused("what now")).toBe(true);
  });
});

describe("clinical words for what the articles say in everyday ones", () => {
  it("reads crepitus as the knee's noises", () => {
    expect(anchors("crepitus under my kneecap when i squat but zero pain. anything to worry about?")[0]).toBe(
      "symptoms",
    );
  });

  it("reads McConnell taping as taping", () => {
    expect(anchors("does McConnell taping actually help or is it placebo?")[0]).toBe("taping-and-supports");
  });

  it("still refuses what the articles do not say about either", () => {
    expect(refused("is crepitus a sign I need a knee replacement?")).toBe(true);
  });
});

describe("a clinician poking at the hip", () => {
  it("is examining it", () => {
    expect(
      anchors("Why does my physio keep poking at your hip and watching your feet when it's your knee that hurts?"),
    ).toContain("why-look-beyond");
    expect(anchors("the physio prodded my hip for ages, why when it's my knee?")[0]).toBe("why-look-beyond");
  });

  it("not a visitor poking their own knee", () => {
    expect(refused("my son keeps poking at his knee, is that ok?")).toBe(true);
  });
});

describe("back or buttock pain spreading down the leg", () => {
  it("leads with booking an assessment", () => {
    expect(
      anchors("knee pain plus my lower back, and something shoots from my butt down the back of my thigh. related?")[0],
    ).toBe("book-an-assessment");
    expect(
      anchors("my knee aches and there's a pain that shoots from my lower back down into my thigh. connected?")[0],
    ).toBe("book-an-assessment");
  });

  it("not for pain spreading from the knee, or a glute exercise", () => {
    expect(anchors("my knee pain shoots down into my shin when I run, what helps?")[0]).not.toBe("book-an-assessment");
    expect(anchors("how do I do a glute bridge properly?")[0]).toBe("glute-bridges");
  });
});

describe("what the articles leave out, asked in new words", () => {
  it("refuses weight loss in stones, a heel lift for a longer leg, the clinic's services and session length, and a catcher's knee savers", () => {
    expect(
      refused("Will losing 2 stone take the pressure off my knees? asking as someone who really loves biscuits"),
    ).toBe(true);
    expect(refused("my left leg is about 2cm longer than my right, should I get a heel lift?")).toBe(true);
    expect(refused("Does your clinic do video gait analysis on a treadmill?")).toBe(true);
    expect(refused("how long is a session with your physios?")).toBe(true);
    expect(refused("are knee savers any good for catchers?")).toBe(true);
  });

  it("still answers heel raises, heels that lift on a squat, gait analysis and weight lost without trying", () => {
    expect(anchors("my heels lift when I squat, is that why my knee hurts?")[0]).toBe("ankle-and-big-toe");
    expect(refused("what is gait analysis?")).toBe(false);
    expect(anchors("I've lost 2 stone without trying and my knee aches every night")[0]).toBe("get-seen-soon");
  });
});

describe("another activity offered instead of running", () => {
  it("answers whether the running may go on", () => {
    expect(anchors("got mild arthritis in my knee, should I switch to swimming or can I still run a bit?")[0]).toBe(
      "is-running-bad",
    );
    expect(refused("Do I give up running and cycle instead, or can I carry on if I build up slowly?")).toBe(false);
  });

  it("still refuses the other activity asked about on its own", () => {
    expect(refused("should I swim instead?")).toBe(true);
    expect(refused("is swimming better than running for my knees?")).toBe(true);
  });
});

describe("words a phone's voice typing hears wrong", () => {
  it("reads glue bridges, the need cap, the phone roller and the fizzy oh as meant", () => {
    expect(anchors("how many glue bridges should I do a day")[0]).toBe("glute-bridges");
    expect(anchors("can I use the phone roller on my need cap")[0]).toBe("foam-rolling");
    expect(anchors("what does a fizzy oh do at the first appointment for a knee")).toContain("assessment");
  });

  it("still refuses what only sounds like them", () => {
    expect(refused("I need caps and gowns for the graduation, will kneeling on stage hurt my knee")).toBe(true);
  });
});
