import { afterAll, describe, expect, it } from "vitest";
import { playVignetteConversation } from "../../src/eval/play-conversation.js";
import { levelRank } from "../../src/triage/index.js";
import { createTestApp } from "../helpers/test-app.js";
import {
  checkRealConversations,
  engineVerdict,
  labelledVerdict,
  loadRealConversations,
  type SetPromises,
} from "./check-real-conversations.js";

// A second, independent set of real-language conversations (tests/eval/real-conversations-2.json),
// written as visitors write and labelled by hand from spec/triage.md before any extractor code
// was read, the way a hidden test set will be. Each label was then checked against the rules
// engine (the first block). The second block plays every conversation through the guided chat.

const conversations = loadRealConversations(new URL("./real-conversations-2.json", import.meta.url).pathname);

const secondSetPromises: SetPromises = {
  perLevel: { emergency: 8, urgent: 10, routine: 12, self_care: 10 },
  total: 40,
  acuteInjury: 15,
  child: 8,
  postOperative: 4,
  olderAdult: 12,
  everyUrgentRule: false,
};

// Conversations the guided chat still gets wrong (each would be under-triaged). Empty now: the
// three that answered the injury question with "not really" and then named an everyday event
// ("jumped down the last two steps", "stepped in a pothole", "jumped off a wall") are read as
// injuries (tests/triage/read-reply-in-context.test.ts). A new failure goes here only with a reason.
const knownUnderTriaged = new Set<string>([]);

describe("second real-language set: labels agree with the engine", () => {
  it.each(conversations.map((conversation) => [conversation.id, conversation] as const))(
    "%s expects exactly the disposition the engine gives for its true intake",
    (_id, conversation) => {
      expect(engineVerdict(conversation.intake), conversation.why).toEqual(labelledVerdict(conversation));
    },
  );

  it("the set answers every question the chat would ask and keeps its promised mix", () => {
    expect(checkRealConversations(conversations, secondSetPromises)).toEqual([]);
  });

  it("every known under-triaged id is in the set", () => {
    const ids = new Set(conversations.map((conversation) => conversation.id));
    expect([...knownUnderTriaged].filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe("second real-language set played through the guided chat", async () => {
  const { app, close } = await createTestApp();
  afterAll(() => close());

  for (const conversation of conversations) {
    const known = knownUnderTriaged.has(conversation.id);
    it(`${conversation.id} → ${conversation.expected.level}${known ? " (known under-triage)" : ""}`, async () => {
      const played = await playVignetteConversation(app, conversation, { answerWith: "natural" });
      const level = played.disposition?.level;
      expect(level, "the chat gave a disposition").toBeDefined();
      if (known) {
        // Still lower than the engine's level; a fix makes this fail and the id must go.
        expect(levelRank[level ?? "self_care"]).toBeLessThan(levelRank[conversation.expected.level]);
        return;
      }
      expect(level && levelRank[level], "never lower than the engine's level").toBeGreaterThanOrEqual(
        levelRank[conversation.expected.level],
      );
      expect(level).toBe(conversation.expected.level);
      expect(played.disposition?.action).toBe(conversation.expected.action);
    });
  }
});
