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

  it("still answers what is driving the pain, a knee that hurts to drive, and driving through the heels", () => {
    expect(anchors("what's driving my knee pain?")[0]).toBe("assessment");
    expect(anchors("my knee aches on long drives, why?")[0]).toBe("symptoms");
    expect(anchors("it hurts to drive and going down stairs, is that runner's knee?")[0]).toBe("what-it-is");
    expect(anchors("am i meant to drive through my heels when i do the glute bridge?")[0]).toBe("glute-bridges");
    // Review: a squat's cue, mileage driven up and a knee aching in the car stay the articles'.
    expect(anchors("Can I drive my knees out over my toes when I squat?")[0]).toBe("ankle-and-big-toe");
    expect(anchors("Is it safe to drive up my mileage now the pain has settled?")[0]).toBe("building-back-up");
    expect(anchors("How do I get back to driving the kids to parkrun without my knee aching in the car?")[0]).toBe(
      "symptoms",
    );
  });

  // A guard: reading every "they" as pointing back (taken back after review) had answered this.
  it("refuses what an employer must provide by law, and still answers a knee sore at work", () => {
    expect(
      refused(
        "my manager wont let me sit at the till even though my knees are killing me. do they have to give me a stool by law? im in the UK",
      ),
    ).toBe(true);
    expect(anchors("my knee aches at work on the till, what can I do?")[0]).toBe("first-steps");
  });
});

describe("a painless noise, asked whether it matters", () => {
  it("answers a painless noise asked about with no word of its own from 'clicking is common'", () => {
    expect(
      anchors(
        "My 16 year old's knees crunch and click every time she squats down, sounds horrible, but she says it doesn't hurt at all. Anything to worry about?",
      )[0],
    ).toBe("symptoms");
    expect(refused("My knees crunch when I squat, it doesn't hurt. Can I take glucosamine for it?")).toBe(true);
    // Review: a wound or a scan told beside the noise is not the noise asked about.
    const tiler = "Knees crunch when I kneel, no pain. I'm a tiler so I'm kneeling all day on hard floors.";
    expect(
      refused(`${tiler} Got a cut over the kneecap from a tile shard and it's gone pus-filled. Is that normal?`),
    ).toBe(true);
    expect(refused(`${tiler} Thinking of getting an MRI done privately. Is that worth it?`)).toBe(true);
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
    expect(refused("Is the wait for a first appointment long or can I book in this week?")).toBe(true);
    expect(refused("The wait for a first appointment is long, is it quicker to go to A&E or can I book in?")).toBe(
      true,
    );
  });

  it("reads 'the exercises have sorted my knee out' as better, and 'nothing has sorted it' as not", () => {
    expect(anchors("The exercises have sorted my knee out. Can I stop doing them now?")[0]).toBe("keep-it-going");
    expect(asksToStopOnceBetter("Nothing has sorted my knee out, should I stop the exercises?")).toBe(false);
    expect(asksToStopOnceBetter("None of the exercises have sorted my knee out yet. Should I give up on them?")).toBe(
      false,
    );
  });

  it("answers an ankle left stiff by a sprain from the ankle's section, and still refuses a sprained ankle's own recovery", () => {
    expect(
      anchors(
        "I'm 42 and took up running last year. I sprained my ankle badly in the spring and it's felt stiff ever since, and now the knee on that side hurts when I squat down to pick stuff up. Could the ankle be what's causing it?",
      )[0],
    ).toBe("ankle-and-big-toe");
    expect(
      anchors("My ankle has been stiff since I sprained it in March, could that be why my knee hurts on runs?")[0],
    ).toBe("ankle-and-big-toe");
    expect(refused("I sprained my ankle last week, how long before I can run on it?")).toBe(true);
    expect(
      refused(
        "I sprained my ankle and have been limping for a week and now my knee is stiff too. Should I see someone?",
      ),
    ).toBe(true);
  });

  it("reads 'breaks that cycle' as a pattern, not cycling, which stays refused", () => {
    expect(
      anchors(
        "Every spring I get back into running, the knee starts aching around week three, I rest a fortnight, it feels fine, I go again and it's straight back. This has gone on about four years. Is there anything that actually breaks that cycle?",
      ),
    ).toContain("rest-is-not-enough");
    expect(refused("is cycling ok for a sore knee or should I stop?")).toBe(true);
    expect(refused("Is a cycle of 20 miles too much for my knee after a flare up?")).toBe(true);
  });

  it("answers how much pain is OK while staying active from 'mild discomfort… is usually acceptable'", () => {
    expect(anchors("how much pain is too much when running")[0]).toBe("keep-active");
    expect(
      anchors(
        "How much pain is OK when I'm doing stuff on a bad knee? Don't want to make it worse but can't just sit about.",
      )[0],
    ).toBe("keep-active");
    expect(anchors("How much pain is acceptable with a hot swollen knee?")[0]).toBe("get-seen-soon");
    expect(refused("how much pain is normal after a knee replacement?")).toBe(true);
  });
});
