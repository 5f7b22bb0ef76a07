import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import type { Intake } from "../../src/triage/index.js";
import { TestChatClient, latestTriage } from "../helpers/chat-client.js";
import { createTestApp } from "../helpers/test-app.js";
import { playVignette } from "../helpers/vignette-player.js";

// A first-time kneecap dislocation that went straight back, told in the opening: the visitor is
// told "within 24 hours" at once (U-PATELLA-FIRST), and the kneecap question is asked again only
// while "still out" is possible, that is until the visitor says nothing looks out of place (an
// unsure answer there is an emergency of its own; worseValueStillPossible's unit test covers it).

interface Vignette {
  id: string;
  opening: string;
  intake: Intake;
}

// v42: a 17-year-old netballer, the kneecap out and straight back in, first time; nothing looks out of place.
const vignettes = JSON.parse(readFileSync(new URL("../eval/vignettes.json", import.meta.url), "utf8")) as Vignette[];
const firstTime = vignettes.find((vignette) => vignette.id === "v42-patella-first-time");
if (firstTime?.intake.deformity !== "no")
  throw new Error("vignette v42-patella-first-time (nothing out of place) is missing");

describe("a kneecap that popped out and went straight back in, first time", async () => {
  const { app, close } = await createTestApp();
  afterAll(close);

  it("is not asked about again once nothing looks out of place", async () => {
    const client = new TestChatClient(app);
    const played = await playVignette(client, firstTime.opening, firstTime.intake, "structured");
    expect(played.questions.flatMap((question) => question.fields)).not.toContain("patellaDislocation");
    expect(latestTriage(client)).toMatchObject({ level: "urgent", action: "see_doctor_within_24h" });
  });
});
