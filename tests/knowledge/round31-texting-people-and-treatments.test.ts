import { describe, expect, it } from "vitest";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, thirty-first round. Each positive case failed before its change; each negative case
// keeps its answer or its refusal.

describe("texting shorthand and time units weigh nothing", () => {
  it("reads 'n' as 'and', not as a word the articles lack", () => {
    expect(anchors("knees crackle n creak but no pain, should i worry")).toContain("symptoms");
  });

  it("reads 'wks', 'hrs' and 'yrs' as the weeks, hours and years they are", () => {
    expect(anchors("rested 2 wks, still bad once i go back to training. why??")).toContain("rest-is-not-enough");
    expect(refused("my knee has ached for 2 hrs after every run for 3 yrs, is that normal")).toBe(false);
  });

  it("still refuses what the articles leave out, told in shorthand", () => {
    expect(refused("how many mg of ibuprofen n for how many wks")).toBe(true);
    expect(refused("knee replacement recovery, how many wks off work")).toBe(true);
  });
});

describe("a partner, a housemate or a sibling is whose knee it is, not what is asked", () => {
  it("answers a partner's running form named without 'my'", () => {
    expect(anchors("boyfriend overstrides loads, could that hurt his knees")).toContain("stride-habits");
  });

  it("answers when someone should bother seeing a physio", () => {
    expect(anchors("when should my sister bother seeing a physio about her knee")).toContain("when-to-see-a-pt");
  });

  it("reads 'am I overreacting' as a doubt, not a topic", () => {
    expect(anchors("knee pain 7/10 after runs most days, time to see someone or am I overreacting?")).toContain(
      "book-an-assessment",
    );
  });

  it("still refuses what the articles leave out for a partner", () => {
    expect(refused("can my girlfriend take naproxen for her knee")).toBe(true);
    expect(refused("does my husband need a referral from his GP to see you?")).toBe(true);
  });
});

describe("dry needling: what it is, beside whether it hurts", () => {
  it("answers what dry needling is, asked with whether it hurts", () => {
    expect(anchors("what is dry needling and does it hurt")).toContain("hands-on-treatments");
    expect(anchors("what does dry needling involve and is it painful?")).toContain("hands-on-treatments");
  });

  it("still refuses only whether it hurts, or how the course goes", () => {
    expect(refused("does dry needling hurt?")).toBe(true);
    expect(refused("My physio wants to try shockwave next week. How many sessions is normal and does it hurt?")).toBe(
      true,
    );
  });
});

describe("'knock it on the head' is stopping, not a blow", () => {
  it("answers whether to keep the exercises up, not with the emergency signs", () => {
    const found = anchors(
      "been doing my knee exercises for months and it feels fine now, can I knock them on the head?",
    );
    expect(found).toContain("keep-it-going");
    expect(found).not.toContain("get-help-now");
  });

  it("still leads with the emergency signs for a real knock to the head and knee", () => {
    expect(anchors("fell off a ladder, knocked my head and my knee, now I can't put any weight on the leg")[0]).toBe(
      "get-help-now",
    );
  });
});
