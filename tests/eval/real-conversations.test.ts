import { describe, expect, it } from "vitest";
import {
  checkRealConversations,
  engineVerdict,
  labelledVerdict,
  loadRealConversations,
  type RealConversation,
} from "./check-real-conversations.js";

// The real-language conversations are only worth playing through the chat if what they expect
// is what the rules engine gives for the visitor's true answers, and if the set still covers
// the cases it promises. A failure here is a mistake in the file or a change of the rules:
// spec/triage.md decides which.

const conversations = loadRealConversations();

describe("real-language conversations", () => {
  it.each(conversations.map((conversation) => [conversation.id, conversation] as const))(
    "%s expects exactly the disposition the engine gives for its true intake",
    (_id, conversation) => {
      expect(engineVerdict(conversation.intake), conversation.why).toEqual(labelledVerdict(conversation));
    },
  );

  it("the set answers every question the chat would ask and keeps its promised mix of levels and visitors", () => {
    expect(checkRealConversations(conversations)).toEqual([]);
  });

  it("the check names a conversation whose expected level was written by hand against the engine", () => {
    const first = conversations[0] as RealConversation;
    const handWritten = { ...first, expected: { ...first.expected, level: "routine" as const } };
    expect(checkRealConversations([handWritten, ...conversations.slice(1)]).join("\n")).toMatch(
      new RegExp(`${first.id}: expected .*routine`),
    );
  });

  it("the check names a conversation whose intake leaves a question the chat would ask unanswered", () => {
    const selfCare = conversations.find(
      (conversation) => conversation.expected.level === "self_care",
    ) as RealConversation;
    const { painScore: _dropped, ...intake } = selfCare.intake;
    const problems = checkRealConversations([{ ...selfCare, intake }]);
    expect(problems.join("\n")).toMatch(
      new RegExp(`${selfCare.id}: intake incomplete, the chat would still ask .*painScore`),
    );
  });
});
