import { afterAll, describe, expect, it } from "vitest";
import { playVignetteConversation } from "../../src/eval/play-conversation.js";
import { loadVignettes } from "../../src/eval/vignettes.js";
import { levelRank } from "../../src/triage/index.js";
import { createTestApp } from "../helpers/test-app.js";

// The 75 real-language conversations (tests/eval/real-conversations.json) played through the
// guided chat as visitors write: a messy opening full of spec §7 traps, then every question
// answered in everyday words ("nah", "a bit puffy", "since last tuesday", "just the numbness").
// Each must reach the engine's level for the visitor's true intake, and none may end lower.

const conversations = await loadVignettes(new URL("../eval/real-conversations.json", import.meta.url).pathname);
const questionCounts: number[] = [];
let notUnderstood = 0;

describe("real-language conversations reach the engine's level", async () => {
  const { app, close } = await createTestApp();
  afterAll(() => {
    close();
    const sorted = [...questionCounts].sort((a, b) => a - b);
    console.log(
      `real-language conversations: ${sorted.length} played, questions median ${sorted[Math.floor(sorted.length / 2)]}, max ${sorted[sorted.length - 1]}, replies not understood ${notUnderstood}`,
    );
  });

  for (const conversation of conversations) {
    it(`${conversation.id}: ${conversation.title} → ${conversation.expected.level}`, async () => {
      const played = await playVignetteConversation(app, conversation, { answerWith: "natural" });
      questionCounts.push(played.questions);
      notUnderstood += played.notUnderstood;
      const level = played.disposition?.level;
      expect(level && levelRank[level], "never lower than the engine's level").toBeGreaterThanOrEqual(
        levelRank[conversation.expected.level],
      );
      expect(level).toBe(conversation.expected.level);
      expect(played.disposition?.action).toBe(conversation.expected.action);
    });
  }
});
