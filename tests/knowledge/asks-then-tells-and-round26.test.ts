import { describe, expect, it } from "vitest";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, twenty-sixth round. Each positive case failed before its change; each negative case
// keeps its answer or its refusal.

describe("a short message that asks first, then tells", () => {
  it("answers the question when an aside follows it", () => {
    expect(anchors("do i need special trainers for dodgy knees? mine are about 6 yrs old")[0]).toBe("shoes");
    expect(
      anchors("full bed rest or keep moving? knee sore since I went over on it at the allotment, nothing dramatic")[0],
    ).toBe("keep-active");
  });

  it("refuses the clinic's business, how much weight to lose and when shoes are worn out, asked first; and still a medicine", () => {
    expect(refused("can I bring my toddler to the appointment? no childcare that day")).toBe(true);
    expect(refused("do you do saturday morning appointments? I work all week")).toBe(true);
    expect(refused("Can I take ibuprofen with it? my knee is killing me")).toBe(true);
    expect(refused("How much weight should I lose to help my knees? I'm about 2 stone over")).toBe(true);
    expect(refused("at what mileage are running shoes dead? my watch says mine have done 700 km")).toBe(true);
  });
});

describe("a short question's aside that says more (review)", () => {
  it("still refuses a question whose aside names a medicine, a pregnancy, a scan or another part of the body", () => {
    expect(refused("is it ok to run? I'm on warfarin")).toBe(true);
    expect(refused("Can I keep running? I'm 30 weeks pregnant")).toBe(true);
    expect(refused("what exercises can I do? the MRI showed a meniscus tear")).toBe(true);
    expect(refused("Can I keep doing hill repeats? my shins are agony")).toBe(true);
    // Second review: chemotherapy, a transplant's medicines and a failing heart, which the engine
    // reads as no more than self-care.
    expect(refused("what should I do for a sore knee? I'm on chemo at the moment.")).toBe(true);
    expect(refused("can I still do my squats? I'm on immunosuppressants after a transplant.")).toBe(true);
    expect(refused("is it safe to use an exercise bike? I have heart failure.")).toBe(true);
  });

  it("still answers from the care advice when the engine reads the aside as a matter to book (second review)", () => {
    expect(anchors("should I keep running? my knee gave way twice this week.")[0]).toBe("when-to-get-checked");
  });

  it("leads with the same-day list for a knee 'swollen and feels warm' (second review)", () => {
    expect(anchors("can I keep walking the dog? my knee is swollen and feels warm.")[0]).toBe("get-seen-soon");
  });

  it("still leads with the warning list when the aside tells a warning sign", () => {
    expect(anchors("any exercises for runners knee? my calf's swollen and tender since my flight home")[0]).toBe(
      "get-seen-soon",
    );
    expect(anchors("My knee is hot and swollen and I'm on chemotherapy, what should I do?")[0]).toBe("get-help-now");
  });
});

describe("a pregnancy told as what came before", () => {
  it("answers a question whose story names pregnancies past", () => {
    expect(anchors("My arches dropped after both pregnancies. Could flat feet be behind my knee pain?")).toContain(
      "foot-control",
    );
    expect(
      anchors(
        "Before pregnancy I ran 10k easily. Now my son is one and I'm back running hills with the buggy and the front of my knee aches afterwards. What causes that?",
      ),
    ).toContain("causes");
  });

  it("still refuses running while pregnant, or just after a birth", () => {
    expect(refused("I'm 20 weeks pregnant and my knee aches, is it safe to keep running?")).toBe(true);
    // Review: a sentence telling a pregnancy now or just past is no history.
    expect(
      refused(
        "I ran loads before my pregnancy but I'm now 30 weeks pregnant and my knee hurts on the stairs. What exercises can I do?",
      ),
    ).toBe(true);
    expect(refused("Pre pregnancy I could run 10k, I'm 8 weeks postnatal now. When can I run?")).toBe(true);
    // Second review: a pregnancy now told in another sentence.
    expect(
      refused("I had runners knee before my pregnancy. Now I'm 20 weeks and it's flaring. Can I keep running?"),
    ).toBe(true);
    expect(refused("had a c section 8 weeks ago, when can I start running again?")).toBe(true);
  });
});

describe("whether it runs in families, told or asked", () => {
  it("answers a question whose story blames genetics in passing", () => {
    expect(
      anchors(
        "have mild OA in one knee (thanks genetics). some of the mums at the school gate have started a running club and i want to join. can i still run or will it make it worse",
      )[0],
    ).toBe("is-running-bad");
  });

  it("still refuses whether knee trouble is genetic or runs in families", () => {
    expect(refused("is knee arthritis genetic?")).toBe(true);
    expect(refused("my mum and gran both had bad knees, is it hereditary?")).toBe(true);
  });
});

describe("topics the articles leave out", () => {
  it("refuses diabetes, heat, a shoe brand and how to wear kinesiology tape", () => {
    expect(refused("Can diabetes cause arthritis in the knee?")).toBe(true);
    expect(refused("Is heat a good idea for a stiff knee in the morning?")).toBe(true);
    expect(refused("are Skechers any good for bad knees?")).toBe(true);
    expect(refused("how long can I leave kinesiology tape on my knee?")).toBe(true);
  });

  it("still answers a hot swollen knee with diabetes, ice or heat after a run, shoes and tape", () => {
    expect(anchors("my knee is hot, red and swollen and I have diabetes, what should I do?")[0]).toBe("get-help-now");
    expect(anchors("ice or heat after a run?")[0]).toBe("ice");
    expect(anchors("what shoes are best for knee pain?")[0]).toBe("shoes");
    expect(anchors("does kinesiology tape help knee pain?")[0]).toBe("taping-and-supports");
    // Review: the same words told, not asked about.
    expect(anchors("I have diabetes and my knees ache when I walk the dog. What exercises would help?")[0]).toBe(
      "which-exercises",
    );
    expect(anchors("Will the physio want to watch me run when I come to the appointment?")[0]).toBe("assessment");
    expect(
      anchors("I bought new shoes last week and now my knee hurts on runs. Could the shoes be the cause?")[0],
    ).toBe("shoes");
    // Second review: heat beside ice, an idiom, tape worn to exercise and feeding a baby, told.
    expect(anchors("is heat good for a swollen knee or should i ice it?")[0]).toBe("ice");
    expect(
      anchors("Was on cloud 9 finishing the marathon, now my kneecap aches on stairs. Is this runners knee?")[0],
    ).toBe("what-it-is");
    expect(anchors("I tape my knee for netball. Can I leave the tape on while I do my exercises?")[0]).toBe(
      "taping-and-supports",
    );
    expect(anchors("I kneel to breastfeed and my knee aches after. Any exercises?")[0]).toBe("which-exercises");
  });
});
