import { afterAll, describe, expect, it } from "vitest";
import { TestChatClient, latestTriage } from "../helpers/chat-client.js";
import { createTestApp } from "../helpers/test-app.js";
import { playVignette } from "../helpers/vignette-player.js";

// A first-time kneecap dislocation that went straight back, told in the opening: the visitor is
// told "within 24 hours" at once (U-PATELLA-FIRST), and the kneecap question is asked again only
// while "still out" is possible, that is until the visitor says nothing looks out of place (an
// unsure answer there is an emergency of its own; worseValueStillPossible's unit test covers it).

const intake = {
  age: 17,
  sex: "female",
  side: "left",
  injury: "yes",
  mechanism: "twist",
  daysSinceOnset: 1,
  walkFourStepsImmediately: "yes",
  walkFourStepsNow: "yes",
  flexTo90: "yes",
  tenderPatellaOnly: "no",
  tenderFibularHead: "no",
  straightLegRaise: "yes",
  patellaDislocation: "went_back_first_time",
  openWound: "no",
  footColdPale: "no",
  numbnessTingling: "no",
  footWeakness: "no",
  severePainOutOfProportion: "no",
  swelling: "mild",
  rapidSwelling: "no",
  anticoagulants: "no",
  hotRed: "no",
  feverOrUnwell: "no",
  calfPainSwelling: "no",
  locked: "no",
  catching: "no",
  givingWay: "none",
  backPainRadiating: "no",
  recentSurgeryOrInjection: "no",
  nightPain: "no",
  painScore: 5,
  trend: "same",
  limitsActivity: "yes",
} as const;

describe("a kneecap that popped out and went straight back in, first time", async () => {
  const { app, close } = await createTestApp();
  afterAll(close);
  const opening = "my kneecap popped out at netball yesterday and went straight back in, first time it's ever happened";

  it("is not asked about again once nothing looks out of place", async () => {
    const client = new TestChatClient(app);
    const played = await playVignette(client, opening, { ...intake, deformity: "no" }, "structured");
    expect(played.questions.flatMap((question) => question.fields)).not.toContain("patellaDislocation");
    expect(latestTriage(client)).toMatchObject({ level: "urgent", action: "see_doctor_within_24h" });
  });
});
