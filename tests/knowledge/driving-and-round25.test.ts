import { describe, expect, it } from "vitest";
import { asksToStopOnceBetter } from "../../src/knowledge/question-intent.js";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, twenty-fifth round. Each positive case failed before its change; each negative case
// keeps its answer or its refusal.

describe("driving, and what the law says", () => {
  it("refuses whether it is safe to drive, and when someone can drive again: the articles never say", () => {
    expect(
      refused(
        "Sprained my right knee stepping off a kerb on Thursday. It's a bit swollen but I can walk on it ok. I've got a 40 minute drive to work on Monday — is it safe to drive with it?",
      ),
    ).toBe(true);
    expect(refused("mum had her new knee put in six weeks ago, when can she drive again")).toBe(true);
  });

  it("still answers what is driving the pain, and a knee that aches on long drives", () => {
    expect(anchors("what's driving my knee pain?")[0]).toBe("assessment");
    expect(anchors("my knee aches on long drives, why?")[0]).toBe("symptoms");
  });

  // A guard: reading "they" as pointing back (below) had answered this from the story.
  it("refuses what an employer must provide by law, and still answers a knee sore at work", () => {
    expect(
      refused(
        "my manager wont let me sit at the till even though my knees are killing me. do they have to give me a stool by law? im in the UK",
      ),
    ).toBe(true);
    expect(anchors("my knee aches at work on the till, what can I do?")[0]).toBe("first-steps");
  });
});

describe("a short question that points back at what was told", () => {
  it("weighs two opinions told just before 'Who's right?'", () => {
    expect(
      anchors(
        "Knee's been sore for about 2 months now, not getting worse but not going away either. It's the one I push the clutch with. Wife says go and get it looked at, I say it'll sort itself out. Who's right?",
      ),
    ).toContain("book-an-assessment");
    expect(
      anchors(
        "Right. County trials are in three weeks. My son's knee aches after sessions but it's gone by the next morning. The school nurse says rest him completely for a month, which feels like total overkill to me and he'll miss the trials. Who's right here?",
      ),
    ).toContain("rest-is-not-enough");
  });

  it("still refuses 'Who's right?' about a supplement", () => {
    expect(refused("My GP says glucosamine works, my physio says it doesn't. Who's right?")).toBe(true);
  });

  it("reads 'they' as the supplements told before 'Are they worth the money?'", () => {
    expect(
      refused(
        "Thinking about trying collagen supplements and turmeric for my knee after reading they rebuild cartilage. I'm 55 and do a lot of hiking. Are they worth the money or is it marketing?",
      ),
    ).toBe(true);
    expect(refused("My physio gave me bridges and clams. Are they meant to hurt?")).toBe(false);
  });

  it("answers a painless noise asked about with no word of its own from 'clicking is common'", () => {
    expect(
      anchors(
        "My 16 year old's knees crunch and click every time she squats down, sounds horrible, but she says it doesn't hurt at all. Anything to worry about?",
      )[0],
    ).toBe("symptoms");
    expect(refused("My knees crunch when I squat, it doesn't hurt. Can I take glucosamine for it?")).toBe(true);
  });
});

describe("what the question asks, in visitors' words", () => {
  it("answers whether it can wait for a normal booking, not as the clinic's diary", () => {
    expect(
      anchors(
        "I'm 34, no fall or injury I can think of, but for the last few weeks my knee keeps giving way on the stairs at work — twice now I've had to grab the rail. No swelling, not hot. Is that emergency territory or can I just book in normally next week?",
      ),
    ).toContain("when-to-see-a-pt");
    expect(refused("do i need a gp referral or can i just book in direct")).toBe(true);
  });

  it("reads 'the exercises have sorted my knee out' as better, and 'nothing has sorted it' as not", () => {
    expect(anchors("The exercises have sorted my knee out. Can I stop doing them now?")[0]).toBe("keep-it-going");
    expect(asksToStopOnceBetter("Nothing has sorted my knee out, should I stop the exercises?")).toBe(false);
  });

  it("answers an ankle left stiff by a sprain from the ankle's section, and still refuses a sprained ankle's own recovery", () => {
    expect(
      anchors(
        "I'm 42 and took up running last year. I sprained my ankle badly in the spring and it's felt stiff ever since, and now the knee on that side hurts when I squat down to pick stuff up. Could the ankle be what's causing it?",
      )[0],
    ).toBe("ankle-and-big-toe");
    expect(refused("I sprained my ankle last week, how long before I can run on it?")).toBe(true);
  });

  it("reads 'breaks that cycle' as a pattern, not cycling, which stays refused", () => {
    expect(
      anchors(
        "Every spring I get back into running, the knee starts aching around week three, I rest a fortnight, it feels fine, I go again and it's straight back. This has gone on about four years. Is there anything that actually breaks that cycle?",
      ),
    ).toContain("rest-is-not-enough");
    expect(refused("is cycling ok for a sore knee or should I stop?")).toBe(true);
  });

  it("reads 'what will they actually do?' after booking a physio as what a physio does", () => {
    expect(
      anchors(
        "Booked in with a physio for next week about my knee, first time I've ever been. What will they actually do? Do I need to bring shorts? Bit nervous to be honest, 62 and never had anything like this done",
      ),
    ).toContain("assessment");
  });

  it("reads 'knacker my knees' as wrecking them, not 'my knees are knackered'", () => {
    expect(
      anchors(
        "Want to start jogging to shift the driver's belly but everyone at work reckons running will knacker my knees. Will it?",
      ),
    ).toContain("is-running-bad");
    expect(anchors("my knees are knackered after work, what stretches help?")[0]).toBe("hamstring-stretch");
  });
});
