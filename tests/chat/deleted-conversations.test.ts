import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { conversations, messages } from "../../src/db/schema.js";
import { ChatClientError, TestChatClient } from "../helpers/chat-client.js";
import { createTestApp, postJson } from "../helpers/test-app.js";

// A visitor who deletes their chat must be able to trust it is gone: the same id cannot bring
// it back (not with the old token, not as a new chat), and a turn that was already on its way
// when the delete arrived cannot write it back either.

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function setup() {
  const test = await createTestApp();
  cleanup = test.close;
  return test;
}

type Test = Awaited<ReturnType<typeof setup>>;

async function leftOver(test: Test, id: string) {
  return {
    conversations: (await test.db.select().from(conversations).where(eq(conversations.id, id))).length,
    messages: (await test.db.select().from(messages).where(eq(messages.conversationId, id))).length,
  };
}

function turn(test: Test, id: string, token: string | undefined, text: string) {
  return postJson(
    test.app,
    "/api/chat",
    { id, messages: [{ id: `m-${text.length}-${Math.random()}`, role: "user", parts: [{ type: "text", text }] }] },
    token ? { "x-visitor-token": token } : {},
  );
}

describe("deleted conversations stay deleted", () => {
  it("a chat request with the deleted conversation's id and token is refused and re-creates nothing", async () => {
    const test = await setup();
    const client = new TestChatClient(test.app);
    await client.send();
    await client.send("I twisted my knee yesterday");
    const deleted = await test.app.request(`/api/conversations/${client.id}`, {
      method: "DELETE",
      headers: { "x-visitor-token": client.token ?? "" },
    });
    expect(deleted.status).toBe(200);
    const again = await client.send("are you still there?").catch((error: unknown) => error);
    expect(again).toBeInstanceOf(ChatClientError);
    expect((again as ChatClientError).status).toBe(404);
    expect(await leftOver(test, client.id)).toEqual({ conversations: 0, messages: 0 });
  });

  it("the id of a deleted conversation cannot be started again as a new chat", async () => {
    const test = await setup();
    const client = new TestChatClient(test.app);
    await client.send();
    await test.app.request(`/api/conversations/${client.id}`, {
      method: "DELETE",
      headers: { "x-visitor-token": client.token ?? "" },
    });
    const fresh = await postJson(test.app, "/api/chat", { id: client.id, messages: [] });
    expect(fresh.status).toBe(404);
    expect(((await fresh.json()) as { error: { message: string } }).error.message).toMatch(/deleted/);
    expect(await leftOver(test, client.id)).toEqual({ conversations: 0, messages: 0 });
  });

  it("turns sent just before the delete are finished or refused, never written after it", async () => {
    const test = await setup();
    const client = new TestChatClient(test.app);
    await client.send();
    const token = client.token ?? "";
    const first = turn(test, client.id, token, "I twisted my knee playing football yesterday");
    const second = turn(test, client.id, token, "it is swollen and I can't straighten it");
    const deleted = test.app.request(`/api/conversations/${client.id}`, {
      method: "DELETE",
      headers: { "x-visitor-token": token },
    });
    const [firstResponse, secondResponse, deleteResponse] = await Promise.all([first, second, deleted]);
    // Drain the streams, so every write a turn makes has happened before we look.
    await Promise.all([firstResponse.text(), secondResponse.text()]);
    expect(deleteResponse.status).toBe(200);
    expect(await leftOver(test, client.id)).toEqual({ conversations: 0, messages: 0 });
    // And a turn arriving after it is refused.
    expect((await turn(test, client.id, token, "hello?")).status).toBe(404);
    expect(await leftOver(test, client.id)).toEqual({ conversations: 0, messages: 0 });
  });

  it("a delete sent while a turn is being answered waits for it, then removes it too", async () => {
    const test = await setup();
    const client = new TestChatClient(test.app);
    await client.send();
    const token = client.token ?? "";
    const answering = turn(test, client.id, token, "My knee hurts when I run");
    const deleted = await test.app.request(`/api/conversations/${client.id}`, {
      method: "DELETE",
      headers: { "x-visitor-token": token },
    });
    expect(deleted.status).toBe(200);
    await (await answering).text();
    expect(await leftOver(test, client.id)).toEqual({ conversations: 0, messages: 0 });
  });
});
