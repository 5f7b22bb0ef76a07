import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { intakeSnapshots } from "../../src/db/schema.js";
import { TestChatClient, latestTriage, questionOf, textOf } from "../helpers/chat-client.js";
import { createTestApp } from "../helpers/test-app.js";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function chatWith(opening: string) {
  const test = await createTestApp();
  cleanup = test.close;
  const client = new TestChatClient(test.app);
  await client.send();
  const reply = await client.send(opening);
  return { client, reply, db: test.db };
}

describe("correcting what the assistant understood", () => {
  it("'actually I can walk on it' replaces the earlier answer, re-shows the summary and lowers a non-emergency level", async () => {
    const { client, db } = await chatWith("I'm 40, my knee has hurt for 3 weeks, no injury, and I can't walk on it");
    expect(latestTriage(client)?.reasons.map((reason) => reason.rule)).toContain("U-CANNOT-WALK");
    const reply = await client.send("actually I can walk on it");
    expect(textOf(reply)).toMatch(/I've updated that/);
    expect(textOf(reply)).toMatch(/Can take 4 steps now: Yes/);
    expect(latestTriage(client)?.reasons.map((reason) => reason.rule)).not.toContain("U-CANNOT-WALK");
    const sources = (await db.select().from(intakeSnapshots).where(eq(intakeSnapshots.conversationId, client.id))).map((row) => row.source);
    expect(sources).toContain("correction");
    expect(questionOf(reply)).toBeDefined();
  });

  it("restating the same answer is not a correction and changes nothing", async () => {
    const { client, db } = await chatWith("I'm 40, my knee has hurt for 3 weeks, no injury, I can walk fine");
    const reply = await client.send("yes I can walk on it");
    expect(textOf(reply)).not.toMatch(/I've updated that/);
    const sources = (await db.select().from(intakeSnapshots).where(eq(intakeSnapshots.conversationId, client.id))).map((row) => row.source);
    expect(sources).not.toContain("correction");
  });
});
