import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import type { Intake } from "../../src/triage/index.js";
import { TestChatClient, latestTriage } from "../helpers/chat-client.js";
import { createTestApp } from "../helpers/test-app.js";
import { playVignette, type AnswerMode } from "../helpers/vignette-player.js";

interface Vignette {
  id: string;
  opening: string;
  intake: Intake;
  expected: { level: string; action: string; complete?: boolean };
}

const vignettes = JSON.parse(readFileSync(new URL("../eval/vignettes.json", import.meta.url), "utf8")) as Vignette[];
// Complete vignettes only: a deliberately partial one cannot be played to the end.
const playable = vignettes.filter((vignette) => vignette.expected.complete !== false);
const modes: AnswerMode[] = ["structured", "labels", "words"];
const questionCounts: number[] = [];

describe("guided conversations reach the vignette's level", async () => {
  const { app, close } = await createTestApp();
  afterAll(() => {
    close();
    const sorted = [...questionCounts].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(
      `guided conversations: ${questionCounts.length} played, questions asked median ${median}, max ${sorted[sorted.length - 1]}`,
    );
  });

  for (const [index, vignette] of playable.entries()) {
    const mode = modes[index % modes.length] as AnswerMode;
    it(`${vignette.id} (${mode}) ends at ${vignette.expected.level} without asking an answered field again`, async () => {
      const client = new TestChatClient(app);
      const result = await playVignette(client, vignette.opening, vignette.intake, mode);
      questionCounts.push(result.questions.length);
      expect(latestTriage(client)?.level).toBe(vignette.expected.level);
      expect(latestTriage(client)?.action).toBe(vignette.expected.action);
      expect(result.reAsked).toEqual([]);
    });
  }
});
