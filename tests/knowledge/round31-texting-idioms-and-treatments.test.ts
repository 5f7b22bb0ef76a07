import { describe, expect, it } from "vitest";
import { anchors, refused } from "../helpers/knowledge-search.js";

// Issue 15, thirty-first round. Each positive case failed before its change; each negative case
// keeps its answer or its refusal.

describe("texting 'n' and 'wk' weigh nothing", () => {
  it("reads 'n' as 'and', not as a word the articles lack", () => {
    expect(anchors("knees crackle n creak but no pain, should i worry")).toContain("symptoms");
  });

  it("reads 'wks' as the weeks they are", () => {
    expect(anchors("had 4 wks rest, knee still bad when i go back. why")).toContain("rest-is-not-enough");
  });

  it("still refuses what the articles leave out, told in shorthand", () => {
    expect(refused("how many mg of ibuprofen n for how many wks")).toBe(true);
    expect(refused("knee replacement recovery, how many wks off work")).toBe(true);
  });

  it("leaves 'hr' and 'min' their meaning: a heart-rate zone is not in the articles (review)", () => {
    expect(refused("what hr zone should I run in while my knee recovers")).toBe(true);
  });
});

describe("a partner's or a housemate's knee keeps its warning lead (review: people words taken back)", () => {
  // "gf", "housemate", "bother", "am I overreacting"… as frame words took the emergency section's
  // lead from a partner's calf story and answered "is skiing bad for knees?" from the urgent list.
  it("leads a partner's swollen calf with breathlessness with the emergency section", () => {
    expect(anchors("my gf's calf is swollen and painful on one side and she's short of breath")[0]).toBe(
      "get-help-now",
    );
  });

  it("keeps a question about an exercise that won't 'bother' the knee on the exercises", () => {
    expect(anchors("what exercises can I do that won't bother my knee?")[0]).toBe("keep-it-going");
  });
});

describe("dry needling: what it is, beside whether it hurts", () => {
  it("answers what dry needling is, asked with whether it hurts", () => {
    expect(anchors("what is dry needling and does it hurt")).toContain("hands-on-treatments");
    expect(anchors("what's dry needling, and will it hurt?")).toContain("hands-on-treatments");
  });

  it("still refuses only whether it hurts, or how the course goes", () => {
    expect(refused("does dry needling hurt?")).toBe(true);
    expect(refused("My physio wants to try shockwave next week. How many sessions is normal and does it hurt?")).toBe(
      true,
    );
  });

  it("still refuses safety, or shockwave, asked after what needling is (second review)", () => {
    expect(refused("what is dry needling and does it hurt? is it safe?")).toBe(true);
    expect(refused("what is dry needling and does it hurt, and what is shockwave")).toBe(true);
  });

  it("still refuses what shockwave is, and sessions, price or feel beside what needling is (review)", () => {
    expect(refused("my physio wants to do shockwave. what is it, and is it painful?")).toBe(true);
    expect(refused("What is shockwave and how many sessions will I need?")).toBe(true);
    expect(refused("what is dry needling, how many sessions, and how much is it?")).toBe(true);
    expect(refused("I'm getting needling tomorrow. What's it going to feel like and will it hurt?")).toBe(true);
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

  it("answers a knock told beside the idiom as it answers the plain words (review)", () => {
    const idiom =
      "knocked my knee against the car door this morning and it's swollen, do I knock the training on the head?";
    const plain = "knocked my knee against the car door this morning and it's swollen, do I stop the training?";
    expect(anchors(idiom)).toEqual(anchors(plain));
    expect(anchors(idiom)[0]).toBe("get-help-now");
  });

  it("keeps a knock told, not asked about, a knock (fourth review)", () => {
    expect(anchors("my knee feels numb, I knocked it on the head earlier")[0]).toBe("get-help-now");
  });

  it("keeps a knock on the head of the bed or a head rest a knock (review)", () => {
    expect(anchors("knocked my knee on the head of the bed, it's swollen")[0]).toBe("get-help-now");
    expect(anchors("knocked it on the head rest, do I need to get it checked")).toContain("when-to-get-checked");
  });

  it("still leads with the emergency signs for a real knock to the head and knee", () => {
    expect(anchors("fell off a ladder, knocked my head and my knee, now I can't put any weight on the leg")[0]).toBe(
      "get-help-now",
    );
  });
});

describe("stopping the exercises once the knee calms down", () => {
  it("answers from keeping the strength work going", () => {
    expect(anchors("once my knee calms down can I stop doing the exercises?")[0]).toBe("keep-it-going");
    expect(anchors("when it settles down do I still need to keep up the bridges and clams?")).toContain(
      "keep-it-going",
    );
  });

  it("leaves stopping while it hurts, to start again once it settles, to other sections (second review)", () => {
    expect(anchors("should i stop the exercises while its flared up and start again once it calms down?")[0]).not.toBe(
      "keep-it-going",
    );
    expect(anchors("bridges hurt my knee. stop them once it settles?")[0]).not.toBe("keep-it-going");
    expect(anchors("once it calms down can I stop the exercises? it's keeping me up at night")[0]).not.toBe(
      "keep-it-going",
    );
    expect(anchors("once it settles can I stop the exercises? knee gave way on me twice this week")[0]).not.toBe(
      "keep-it-going",
    );
  });

  it("leaves a knee still troubled, or another thing stopped, to their own sections", () => {
    expect(anchors("once it calms down can I stop the exercises? it still clicks and swells after runs")).not.toContain(
      "keep-it-going",
    );
    expect(anchors("my knee calms down after a run, can I stop icing it")[0]).toBe("ice");
  });
});

describe("what the writer does instead of running is who asks about runner's knee", () => {
  it("answers what runner's knee is for a dancer who doesn't run", () => {
    expect(anchors("can it be runner's knee? i dont run, i dance")[0]).toBe("what-it-is");
    expect(anchors("is it runners knee if im not a runner, i do zumba")[0]).toBe("what-it-is");
  });

  it("still refuses the activity when it is asked about too", () => {
    expect(refused("I don't run, I just dance. Is dancing bad for my knees?")).toBe(true);
    expect(refused("i dont run i dance, is it bad for my knees?")).toBe(true);
    expect(refused("i dont run i swim, is swimming ok for knee arthritis")).toBe(true);
  });
});
