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
  it("'actually I can walk on it' never lowers an answer by itself: the walking question is asked again, and its answer corrects it", async () => {
    const { client, db } = await chatWith(
      "I'm 40, my knee has hurt for 3 weeks, I didn't injure it, and I can't walk on it",
    );
    await client.send("No, there was no injury");
    expect(latestTriage(client)?.reasons.map((reason) => reason.rule)).toContain("U-CANNOT-WALK");
    const reply = await client.send("actually I can walk on it");
    // Free text can raise, never lower (spec §7.1): the level stands until the question is answered.
    expect(latestTriage(client)?.reasons.map((reason) => reason.rule)).toContain("U-CANNOT-WALK");
    expect(questionOf(reply)).toMatchObject({ fields: ["walkFourStepsNow"], recheck: true });
    const answered = await client.send("Yes");
    expect(textOf(answered)).toMatch(/I've updated that/);
    expect(textOf(answered)).toMatch(/Can take 4 steps now: Yes/);
    expect(latestTriage(client)?.reasons.map((reason) => reason.rule)).not.toContain("U-CANNOT-WALK");
    const sources = (await db.select().from(intakeSnapshots).where(eq(intakeSnapshots.conversationId, client.id))).map(
      (row) => row.source,
    );
    expect(sources).toContain("correction");
    expect(questionOf(answered)).toBeDefined();
  });

  it("restating the same answer to a recheck is not a correction and changes nothing", async () => {
    const { client, db } = await chatWith(
      "I'm 40, my knee has hurt for 3 weeks, I didn't injure it, and I can't walk on it",
    );
    await client.send("No, there was no injury");
    await client.send("hmm actually I can walk on it I think");
    const reply = await client.send("No");
    expect(textOf(reply)).not.toMatch(/I've updated that/);
    expect(latestTriage(client)?.reasons.map((reason) => reason.rule)).toContain("U-CANNOT-WALK");
    const sources = (await db.select().from(intakeSnapshots).where(eq(intakeSnapshots.conversationId, client.id))).map(
      (row) => row.source,
    );
    expect(sources).not.toContain("correction");
  });
});
