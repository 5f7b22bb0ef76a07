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
