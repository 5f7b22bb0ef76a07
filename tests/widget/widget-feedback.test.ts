import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { events } from "../../src/db/schema.js";
import { postJson } from "../helpers/test-app.js";
import { TestChatClient } from "../helpers/chat-client.js";
import { asStaff, createTwoClinics, signIn } from "../staff/staff-helpers.js";

// "Was this helpful?" at the end of a chat: stored on the visitor's own conversation (their
// token proves it), shown to staff on the conversation, in the list and in the funnel.

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function finishedChat() {
  const test = await createTwoClinics();
  cleanup = test.close;
  app = test.app;
  const client = new TestChatClient(test.app);
  await client.send();
  await client.send("My left knee aches after running for 3 weeks, I'm 34");
  return { test, client };
}

let app: Parameters<typeof postJson>[0];
const feedback = (client: TestChatClient, helpful: boolean, token = client.token ?? "", clinic = "demo") =>
  postJson(
    app,
    "/api/events",
    { clinic, type: "feedback", conversationId: client.id, helpful },
    { "x-visitor-token": token },
  );

describe("the visitor's feedback", () => {
  it("is stored once per conversation (a second tap replaces the first) and staff see it", async () => {
    const { test, client } = await finishedChat();
    expect((await feedback(client, false)).status).toBe(204);
    expect((await feedback(client, true)).status).toBe(204);
    const rows = await test.db.select().from(events).where(eq(events.type, "feedback"));
    expect(rows.map((row) => [row.conversationId, row.data])).toEqual([[client.id, JSON.stringify({ helpful: true })]]);

    const session = await signIn(test, "owner@demo.test");
    const list = (await (await asStaff(test, session, "GET", "/api/staff/conversations")).json()) as {
      items: Array<{ id: string; helpful: boolean | null }>;
    };
    expect(list.items.find((item) => item.id === client.id)?.helpful).toBe(true);
    const detail = (await (await asStaff(test, session, "GET", `/api/staff/conversations/${client.id}`)).json()) as {
      helpful: boolean | null;
    };
    expect(detail.helpful).toBe(true);
    expect(await (await asStaff(test, session, "GET", `/staff/conversations/${client.id}`)).text()).toMatch(
      /Was this helpful\?\u201d: <span class="badge ok">Yes<\/span>/,
    );
    const funnel = await (await asStaff(test, session, "GET", "/staff/funnel")).text();
    expect(funnel).toContain("<strong>100%</strong> said yes: 1 yes and 0 no, from 1 visitor who answered");
  });

  it("needs the visitor's own token and a conversation of that clinic", async () => {
    const { test, client } = await finishedChat();
    expect((await feedback(client, true, "not-the-token")).status).toBe(403);
    expect((await feedback(client, true, "")).status).toBe(403);
    expect((await feedback(client, true, client.token ?? "", "harbour")).status).toBe(404);
    const missing = await postJson(
      test.app,
      "/api/events",
      { clinic: "demo", type: "feedback", helpful: true },
      { "x-visitor-token": client.token ?? "" },
    );
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { field?: string } }).error.field).toBe("conversationId");
    expect(await test.db.select().from(events).where(eq(events.type, "feedback"))).toEqual([]);
  });
});
