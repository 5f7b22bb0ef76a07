import { describe, expect, it } from "vitest";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, twenty-second round. The seen sets asked "ice or heat?" after a run and what physios
// do "apart from" the exercise sheet, and were refused; told knees that "fall in" on a squat, and
// were read as a fall; asked to stop the exercises once the pain had gone
// and got the exercise's own steps; asked how to tape their own knee, how many miles shoes last,
// how much weight to lose, about a meniscus trim, knee wraps and Saturday appointments, and got a
// passage that only shares their words. Each case failed before its change; each negative case
// keeps its refusal or its answer, the last two blocks as read-only reviews of the round found them.

describe("ice or heat", () => {
  it("answers 'ice or heat?' after activity from the ice section: ice is the choice's first option", () => {
    expect(anchors("ice or heat on a sore knee after running?")[0]).toBe("ice");
  });

  it("still refuses heat asked about on its own, first, or instead of ice", () => {
    expect(refused("heat pack or ice on a stiff knee in the morning, which is better")).toBe(true);
    expect(refused("should i use a heat pad instead of ice on my knee")).toBe(true);
    expect(refused("ice or heat pad for my knee")).toBe(true);
  });
});

describe("stopping the exercises once the knee is better", () => {
  it("answers from keeping the work going, not from the exercise's steps", () => {
    expect(
      anchors("Pain's gone after six weeks of the exercises the physio gave me. Can I stop doing them now?")[0],
    ).toBe("keep-it-going");
    expect(anchors("should I keep doing my knee exercises now the pain's gone?")[0]).toBe("keep-it-going");
  });

  it("does not read stopping exercises that hurt as stopping them once better", () => {
    expect(anchors("should I stop the exercises if they make the pain worse?")[0]).not.toBe("keep-it-going");
  });
});

describe("a lifespan given of the thing itself", () => {
  it("refuses how many miles shoes last: 'six weeks' of pain under 'Running form and shoes' is no lifespan", () => {
    expect(refused("how many miles do running shoes last before they stop protecting your knees?")).toBe(true);
    expect(refused("how long do running shoes last")).toBe(true);
  });

  it("still answers how long runner's knee lasts", () => {
    expect(refused("how long does runners knee last")).toBe(false);
  });
});

describe("taping your own knee", () => {
  it("refuses how to tape a knee yourself: the articles say what taping does, not how to do it", () => {
    expect(refused("How do I tape my own knee for running? Which way do the strips go on?")).toBe(true);
    expect(refused("how do I put kt tape on my own knee, which pattern do I use for pain under the kneecap")).toBe(
      true,
    );
    expect(refused("kt tape how to apply knee diagram")).toBe(true);
  });

  it("still answers whether taping helps, told after a physio taped it or asked as keeping on taping", () => {
    expect(
      anchors(
        "my physio put tape on my kneecap and it felt loads better straight away. does the tape actually fix anything or does it just cover it up",
      )[0],
    ).toBe("taping-and-supports");
    expect(
      anchors("I've bought a roll of the same tape. Can I just keep taping it myself and carry on running?"),
    ).toContain("taping-and-supports");
  });
});

describe("how much weight to lose", () => {
  it("refuses how much to lose or how much weight matters: the articles never say", () => {
    expect(refused("how much weight does dad need to lose to take the pressure off his knees")).toBe(true);
    expect(refused("if I lose another stone how much less pressure goes through my knees when I run")).toBe(true);
    expect(refused("how heavy is too heavy to start running, should i lose a certain amount first")).toBe(true);
  });

  it("still answers a heavier beginner's aching knees, and a warning sign told beside the weight", () => {
    expect(
      refused(
        "I'm 41, about 115kg, and started couch to 5k three weeks ago. My knees began aching round the front. Am I just too heavy to run or is there something I can do?",
      ),
    ).toBe(false);
    expect(
      anchors(
        "I need to lose weight, I know. Since yesterday my knee is hot, red and swollen and I feel shivery and feverish. What should I do?",
      )[0],
    ).toBe("get-help-now");
  });
});

describe("the clinic's business set aside or taken as given", () => {
  it("answers what physios do 'apart from' the exercise sheet, and what happens 'if I book in'", () => {
    expect(refused("What do physios actually do for runner's knee apart from hand out exercise sheets?")).toBe(false);
    expect(refused("If I book in, will the physio just massage it or actually give me stuff to do myself?")).toBe(
      false,
    );
  });

  it("still refuses the clinic's business asked after them", () => {
    expect(refused("If I book in, how much does it cost?")).toBe(true);
    expect(refused("do you take any insurance other than bupa?")).toBe(true);
  });
});

describe("knees that fall in on a squat", () => {
  it("answers from the collapsing section, not the same-day list: knees falling in are no fall", () => {
    expect(anchors("I'm 72 and bowl. my knees fall in when I squat, is that bad?")[0]).toBe("collapsing");
  });
});

describe("more the articles leave out: a meniscus trim, a lifter's knee wraps, weekend appointments", () => {
  it("refuses them asked about", () => {
    expect(refused("Had a meniscectomy 3 weeks ago. When can I run again?")).toBe(true);
    expect(refused("whats the proper way to wrap my knees with knee wraps for a powerlifting meet?")).toBe(true);
    expect(refused("Do you do evening or saturday appointments? I work 9 to 5")).toBe(true);
  });

  it("still answers the question asked beside wraps or an appointment told as story", () => {
    expect(
      anchors(
        "Knees cave in when I squat at the gym, my trainer called it valgus. I was going to buy knee wraps to hold them out. what is it actually and what causes it?",
      )[0],
    ).toBe("collapsing");
    expect(anchors("I've got a saturday appointment booked. Can I keep running till then?")[0]).toBe("keep-active");
  });
});

describe("an operation feared, and whether it is worth booking in", () => {
  it("answers running on an arthritic knee 'asking for a replacement' from whether running harms knees", () => {
    expect(
      anchors(
        "Got diagnosed with osteoarthritis in my left knee last year at 52. My brother-in-law says running on an arthritic knee is asking for a replacement. Is running completely off the table now or could I build back to it?",
      ),
    ).toContain("is-running-bad");
  });

  it("answers 'worth booking in?' as whether it is time to be seen", () => {
    expect(
      anchors("knee aches all night, constant, and rolling over doesnt change it at all. worth booking in?"),
    ).toContain("book-an-assessment");
  });

  it("still refuses the operation and the diary asked about", () => {
    expect(refused("I'm heading for a knee replacement next spring, what should I do to prepare?")).toBe(true);
    expect(
      refused(
        "running on an arthritic knee is asking for a replacement, my brother says. how long do replacements last?",
      ),
    ).toBe(true);
    expect(refused("can you book me in for Thursday?")).toBe(true);
  });
});

describe("what the round's three reviews kept answered or refused", () => {
  it("keeps heat asked for stiffness or warming up, a planned operation, and the clinic's diary refused", () => {
    expect(refused("should i put ice or heat on it before a run to loosen it up")).toBe(true);
    expect(refused("Do I put ice or heat on a stiff knee first thing in the morning?")).toBe(true);
    expect(refused("I'm heading for a knee replacement on Tuesday, what exercises should I do this week?")).toBe(true);
    expect(
      refused("Should I be asking for a replacement at my next GP appointment or keep going with the exercises?"),
    ).toBe(true);
    expect(refused("Is it worth going down to the osteopath for my knee pain?")).toBe(true);
    expect(refused("Apart from running can I do yoga with runner's knee?")).toBe(true);
    expect(refused("What should I bring when booking in?")).toBe(true);
    expect(refused("If I book in can you see me Saturday morning?")).toBe(true);
  });

  it("keeps icing, whether taping helps, weight training and recovery time answered", () => {
    expect(anchors("Should I wrap my knees in ice after a long run?")[0]).toBe("ice");
    expect(anchors("Will it help if I tape my own knee?")[0]).toBe("taping-and-supports");
    expect(refused("Does my weight training make runner's knee worse?")).toBe(false);
    expect(anchors("How long will recovery last?")).toContain("recovery-time");
    expect(anchors("Should I keep running until my Saturday appointment or rest it?")[0]).toBe("keep-active");
  });

  it("answers stopping exercises that cause a sharp pain from when to get them checked, not from keeping them going", () => {
    expect(anchors("pain has eased but should I stop the exercises if one of them gives me a sharp pain?")[0]).not.toBe(
      "keep-it-going",
    );
  });
});

describe("what a second review of the narrowed round kept", () => {
  it("keeps stopping insoles, or exercises that click, apart from keeping the work going", () => {
    expect(anchors("pain's gone, can I stop wearing the insoles or do I need them?")[0]).toBe("insoles-and-orthotics");
    expect(anchors("pain has gone but it clicks when I do the bridges, should I stop them?")[0]).not.toBe(
      "keep-it-going",
    );
  });

  it("keeps a knee 'asking for a replacement', ice or heat for night pain, and the clinic's diary refused", () => {
    expect(refused("I've been told my knee is asking for a replacement, can I keep walking?")).toBe(true);
    expect(refused("ice or heat on my knee pain at night?")).toBe(true);
    expect(refused("if I book in do I need to bring shorts?")).toBe(true);
  });

  it("keeps whether to be seen this week, taping shown by a physio, and the weight on a squat answered", () => {
    expect(refused("do you think a doctor should see me this week or can I wait?")).toBe(false);
    expect(refused("My physio showed me how to tape my knee, but it still hurts on the stairs, why?")).toBe(false);
    expect(refused("for split squats does the weight really matter, or is it all about form for my knees?")).toBe(
      false,
    );
  });
});
