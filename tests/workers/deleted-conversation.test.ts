import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { conversations } from "../../src/db/schema.js";
import { TestChatClient } from "../helpers/chat-client.js";
import { newVisitorAddress, postJson, testDb, workerAsApp, workerFetch } from "./worker-fetch.js";

// On D1 too, a deleted conversation leaves a tombstone: its id cannot start a chat again.

describe("a deleted conversation on the Worker", () => {
  it("cannot be re-created with its id, with or without the old token", async () => {
    const address = newVisitorAddress();
    const client = new TestChatClient(workerAsApp(address));
    await client.send();
    const deleted = await workerFetch(
      `/api/conversations/${client.id}`,
      { method: "DELETE", headers: { "x-visitor-token": client.token ?? "" } },
      address,
    );
    expect(deleted.status).toBe(200);
    const withToken = await postJson(
      "/api/chat",
      { id: client.id, messages: [] },
      { "x-visitor-token": client.token ?? "" },
      address,
    );
    const without = await postJson("/api/chat", { id: client.id, messages: [] }, {}, address);
    expect([withToken.status, without.status]).toEqual([404, 404]);
    expect(await testDb().select().from(conversations).where(eq(conversations.id, client.id))).toEqual([]);
  });
});
