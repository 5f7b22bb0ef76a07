import { afterEach, describe, expect, it } from "vitest";
import { TestChatClient, questionOf, textOf } from "../helpers/chat-client.js";
import { createTestApp } from "../helpers/test-app.js";

// "I don't know" in its everyday forms, played through the guided chat: to a checklist it is
// "not sure about some" (each item then asked on its own), and to a number question it gets a
// clarification that says a rough guess is fine and repeats the scale. Never the same generic
// apology twice (issue 12, item 6; tests/eval real-conversations-2 probe).

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function chatUntil(opening: string, wanted: (question: { kind: string; fields: string[] }) => boolean) {
  const test = await createTestApp();
  cleanup = test.close;
  const client = new TestChatClient(test.app);
  await client.send();
  let reply = await client.send(opening);
  for (let turn = 0; turn < 20; turn += 1) {
    const question = questionOf(reply) as { kind: string; fields: string[]; options?: { label: string }[] } | undefined;
    if (!question) throw new Error(`no question after: ${textOf(reply)}`);
    if (wanted(question)) return { client, question };
    const safe = question.options?.find((option) => /^(?:none of these|no\b)/i.test(option.label));
    reply = await client.send(safe?.label ?? (question.kind === "number" ? "5" : "no"));
  }
  throw new Error("the wanted question was never asked");
}

const opening = "I'm 40, my knee has ached for 3 weeks, no injury, it's sore going downstairs";

describe("'I don't know' to a checklist", () => {
  it.each(["dunno", "I don't know", "not sure", "idk", "no idea tbh"])(
    "takes %j as not sure about some and moves on to single questions",
    async (text) => {
      const { client, question } = await chatUntil(opening, (asked) => asked.kind === "multi");
      const reply = await client.send(text);
      expect(textOf(reply)).not.toMatch(/didn't catch/);
      const next = questionOf(reply) as { kind: string; fields: string[] } | undefined;
      expect(next?.kind).not.toBe("multi");
      expect(question.fields).toContain(next?.fields[0]);
    },
  );

  it("three 'dunno's in a row never repeat an apology and move the interview on", async () => {
    const { client, question } = await chatUntil(opening, (asked) => asked.kind === "multi");
    let previous = JSON.stringify(question.fields);
    for (let turn = 0; turn < 3; turn += 1) {
      const reply = await client.send("dunno");
      expect(textOf(reply)).not.toMatch(/didn't catch/);
      const next = questionOf(reply);
      // Each reply moves on: another question, or (a doubted red flag reads as yes) the advice.
      if (next) expect(JSON.stringify(next.fields)).not.toBe(previous);
      previous = JSON.stringify(next?.fields);
    }
  });

  it("still reads a named item in a checklist reply as ticked", async () => {
    const { client, question } = await chatUntil(opening, (asked) => asked.kind === "multi");
    const reply = await client.send("none of these");
    expect(textOf(reply)).not.toMatch(/didn't catch/);
    expect((questionOf(reply) as { fields: string[] } | undefined)?.fields).not.toEqual(question.fields);
  });
});

describe("'I don't know' to a number question", () => {
  it.each(["dunno", "no idea", "not sure"])(
    "answers %j to the pain score with a rough guess is fine and the scale",
    async (text) => {
      const { client } = await chatUntil(opening.replace("it's sore going downstairs", ""), (asked) =>
        asked.fields.includes("painScore"),
      );
      const first = textOf(await client.send(text));
      expect(first).toMatch(/rough guess/i);
      expect(first).toMatch(/0 to 10|0 .* 10/);
      expect(first).not.toMatch(/didn't catch/);
      const second = textOf(await client.send(text));
      expect(second).not.toMatch(/didn't catch/);
    },
  );

  it.each(["dunno", "can't remember"])(
    "answers %j to how long ago it started with a rough guess and the spans",
    async (text) => {
      const { client } = await chatUntil("I'm 40, my knee aches, no injury", (asked) =>
        asked.fields.includes("daysSinceOnset"),
      );
      const reply = textOf(await client.send(text));
      expect(reply).toMatch(/rough guess/i);
      expect(reply).toMatch(/2–6 weeks ago/);
      expect(reply).not.toMatch(/didn't catch/);
    },
  );

  it("still apologises for a reply that is not an answer at all", async () => {
    const { client } = await chatUntil(opening.replace("it's sore going downstairs", ""), (asked) =>
      asked.fields.includes("painScore"),
    );
    expect(textOf(await client.send("purple"))).toMatch(/didn't catch/);
  });
});

describe("an answer together with a correction of an earlier fact, over HTTP", () => {
  it("reads '4. actually it was 3 weeks not 10 days' to the pain score as 4 and corrects the onset to 21 days", async () => {
    const { client } = await chatUntil("I'm 40, my knee has ached for 10 days, no injury, I didn't hurt it", (asked) =>
      asked.fields.includes("painScore"),
    );
    const reply = await client.send("4. actually it was 3 weeks not 10 days");
    expect(textOf(reply)).not.toMatch(/didn't catch/);
    expect(textOf(reply)).toMatch(/I've updated that/);
    expect((questionOf(reply) as { fields: string[] } | undefined)?.fields).not.toContain("painScore");
    expect(textOf(reply)).toMatch(/Worst pain: 4\/10/);
    expect(textOf(reply)).toMatch(/Started: 3 weeks ago/);
  });
});
