import { MockLanguageModelV3 } from "ai/test";
import { describe, expect, it } from "vitest";
import { playVignetteConversation } from "../../src/eval/play-conversation.js";
import type { Intake } from "../../src/triage/index.js";
import { callTool, say, streamOf, type StreamPart } from "./scripted-model.js";
import { llmApp, quietFallbackLog, urgentOttawaIntake } from "./llm-setup.js";

// The eval player (npm run eval -- --brain llm) against a stand-in model: it records a number
// or a duration typed in answer to the pending question, and otherwise just acknowledges.
// Option labels are recorded by the server itself.

function lastUserText(prompt: unknown[]): string {
  const users = (prompt as Array<{ role: string; content: Array<{ type: string; text?: string }> }>).filter(
    (message) => message.role === "user",
  );
  return users[users.length - 1]?.content.map((part) => part.text ?? "").join("") ?? "";
}

function pendingField(prompt: unknown[]): string | undefined {
  const system = (prompt[0] as { content?: unknown } | undefined)?.content;
  return typeof system === "string" ? /\(fields: (\w+)\)/.exec(system)?.[1] : undefined;
}

function standInModel() {
  return new MockLanguageModelV3({
    doStream: async ({ prompt }) => {
      const last = prompt[prompt.length - 1];
      if (last?.role === "tool") return streamOf(say("Thanks."));
      const text = lastUserText(prompt).trim();
      const field = pendingField(prompt);
      const days = /^(\d+) days ago$/.exec(text)?.[1] ?? (text === "today" ? "0" : undefined);
      const hours = /^(\d+) hours ago$/.exec(text)?.[1];
      let parts: StreamPart[] = say("Thanks.");
      if (field === "daysSinceOnset" && (days ?? hours) !== undefined) {
        parts = [callTool("record_intake", { daysSinceOnset: days !== undefined ? Number(days) : Number(hours) / 24 })];
      } else if (field && /^\d+$/.test(text)) {
        parts = [callTool("record_intake", { [field]: Number(text) })];
      }
      return streamOf(parts);
    },
  });
}

const selfCareIntake: Intake = {
  age: 60,
  injury: "no",
  daysSinceOnset: 21,
  walkFourStepsNow: "yes",
  footColdPale: "no",
  numbnessTingling: "no",
  footWeakness: "no",
  swelling: "none",
  hotRed: "no",
  feverOrUnwell: "no",
  calfPainSwelling: "no",
  locked: "no",
  catching: "no",
  givingWay: "none",
  otherJointsSwollen: "no",
  backPainRadiating: "no",
  recentSurgeryOrInjection: "no",
  nightPain: "no",
  painScore: 4,
  trend: "same",
  limitsActivity: "no",
  effusionAfterActivity: "no",
};

describe("playVignetteConversation plays a vignette against the LLM brain", () => {
  it("answers every question from the intake and ends at the engine's disposition (self-care)", async () => {
    const { app } = await llmApp(standInModel());
    const played = await playVignetteConversation(app, {
      opening: "I'm 60 and my knee has ached for about 3 weeks",
      intake: selfCareIntake,
    });
    expect(played.disposition).toMatchObject({ level: "self_care", complete: true });
    expect(played.fallbacks).toBe(0);
    expect(played.unanswerable).toEqual([]);
    expect(played.turns).toBeGreaterThan(5);
  });

  it("reaches an urgent disposition for an Ottawa case", async () => {
    const { app } = await llmApp(standInModel());
    const played = await playVignetteConversation(app, {
      opening: "twisted my knee skiing yesterday",
      intake: urgentOttawaIntake,
    });
    expect(played.disposition).toMatchObject({ level: "urgent", action: "urgent_care_today", complete: true });
  });

  it("an emergency phrase in the opening ends in one turn", async () => {
    const { app } = await llmApp(standInModel());
    const played = await playVignetteConversation(app, {
      opening: "came off my motorbike 2 hours ago and my foot feels cold and looks pale",
      intake: { ...urgentOttawaIntake, footColdPale: "yes" },
    });
    expect(played.disposition?.level).toBe("emergency");
    expect(played.turns).toBe(1);
  });

  it("counts the turns where the model failed and the guided brain answered", async () => {
    quietFallbackLog();
    const failing = new MockLanguageModelV3({
      doStream: async () => {
        throw new Error("down");
      },
    });
    const { app } = await llmApp(failing);
    const played = await playVignetteConversation(
      app,
      { opening: "my knee has ached for 3 weeks, no injury", intake: selfCareIntake },
      { answerWith: "structured" },
    );
    expect(played.disposition?.level).toBe("self_care");
    expect(played.fallbacks).toBe(played.turns);
  });
});
