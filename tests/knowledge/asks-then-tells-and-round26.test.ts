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
    expect(
      anchors("Do tight hamstrings cause knee pain? mine are like banjo strings, can't reach past my shins").slice(
        0,
        2,
      ),
    ).toEqual(["causes", "why-flexibility"]);
  });

  it("refuses the clinic's business, how much weight to lose and when shoes are worn out, asked first; and still a medicine", () => {
    expect(refused("can I bring my 2 year old to the appointment? no childcare that day")).toBe(true);
    expect(refused("do you do early morning appointments? I start work at 9")).toBe(true);
    expect(refused("Can I take ibuprofen with it? my knee is killing me")).toBe(true);
    expect(refused("How much weight should I lose to help my knees? I'm about 2 stone over")).toBe(true);
    expect(refused("at what mileage are running shoes dead? my watch says mine have done 700 km")).toBe(true);
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
    expect(refused("had a c section 8 weeks ago, when can I start running again?")).toBe(true);
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
  });
});
