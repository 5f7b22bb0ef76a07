import { describe, expect, it } from "vitest";
import { createMemoryRateLimiter, rateRules } from "../../src/lib/rate-limit.js";
import { TestChatClient } from "../helpers/chat-client.js";
import { createTestApp, postJson } from "../helpers/test-app.js";

function openChat(id: string) {
  return { id, messages: [] };
}

describe("rate limits on chat and leads", () => {
  it("answers a friendly 429 with Retry-After once one address exceeds its chat limit", async () => {
    const { app, close } = await createTestApp({
      env: { CHAT_RATE_LIMIT_PER_MINUTE: "3" },
      clientAddress: () => "203.0.113.7",
    });
    try {
      for (let index = 0; index < 3; index += 1) {
        expect((await postJson(app, "/api/chat", openChat(`limit-${index}`))).status).toBe(200);
      }
      const limited = await postJson(app, "/api/chat", openChat("limit-4"));
      expect(limited.status).toBe(429);
      expect(limited.headers.get("retry-after")).toBe("60");
      const body = (await limited.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("rate_limited");
      expect(body.error.message).toMatch(/wait a moment/);
    } finally {
      close();
    }
  });

  it("counts each address separately, so one busy visitor does not block another", async () => {
    let address = "198.51.100.1";
    const { app, close } = await createTestApp({
      env: { CHAT_RATE_LIMIT_PER_MINUTE: "2" },
      clientAddress: () => address,
    });
    try {
      await postJson(app, "/api/chat", openChat("a-1"));
      await postJson(app, "/api/chat", openChat("a-2"));
      expect((await postJson(app, "/api/chat", openChat("a-3"))).status).toBe(429);
      address = "198.51.100.2";
      expect((await postJson(app, "/api/chat", openChat("b-1"))).status).toBe(200);
    } finally {
      close();
    }
  });

  it("limits lead requests per address", async () => {
    const { app, close } = await createTestApp({
      env: { CHAT_RATE_LIMIT_PER_MINUTE: "100" },
      clientAddress: () => "192.0.2.9",
    });
    try {
      const statuses: number[] = [];
      for (let index = 0; index < 6; index += 1) {
        statuses.push(
          (
            await postJson(app, "/api/leads", {
              conversationId: "none",
              name: "A",
              email: "a@example.com",
              consent: true,
            })
          ).status,
        );
      }
      expect(statuses.slice(0, 5).every((status) => status !== 429)).toBe(true);
      expect(statuses[5]).toBe(429);
    } finally {
      close();
    }
  });

  it("opens a new window after the period, so the limit is not permanent", async () => {
    let time = 1_000_000;
    const limiter = createMemoryRateLimiter(() => time);
    const rule = { name: "chat-ip" as const, limit: 1, periodSeconds: 60 as const };
    expect(await limiter.hit(rule, "x")).toBe(true);
    expect(await limiter.hit(rule, "x")).toBe(false);
    time += 60_000;
    expect(await limiter.hit(rule, "x")).toBe(true);
  });

  it("a stranger without the visitor's token cannot use up that conversation's limit", async () => {
    let address = "198.51.100.30";
    const { app, close } = await createTestApp({
      env: { CHAT_RATE_LIMIT_PER_MINUTE: "1000" },
      clientAddress: () => address,
    });
    try {
      const client = new TestChatClient(app);
      await client.send();
      const perConversation = rateRules(1000)["chat-conversation"].limit;
      address = "198.51.100.31";
      for (let index = 0; index < perConversation + 5; index += 1) {
        const forged = await postJson(
          app,
          "/api/chat",
          { id: client.id, messages: [{ id: `x${index}`, role: "user", parts: [{ type: "text", text: "hi" }] }] },
          { "x-visitor-token": "not-the-token" },
        );
        expect(forged.status).toBe(403);
      }
      address = "198.51.100.30";
      await expect(client.send("my knee hurts when I run")).resolves.toBeDefined();
    } finally {
      close();
    }
  });

  it("lead requests that fail validation do not use up the address's lead limit", async () => {
    const { app, close } = await createTestApp({
      env: { CHAT_RATE_LIMIT_PER_MINUTE: "100" },
      clientAddress: () => "192.0.2.44",
    });
    try {
      for (let index = 0; index < 8; index += 1) {
        // A visitor fixing a form: no way to reach them yet, then a bad email address.
        const invalid =
          index % 2 === 0
            ? { conversationId: "c", name: "A", consent: true }
            : { conversationId: "c", name: "A", email: "not-an-email", consent: true };
        expect((await postJson(app, "/api/leads", invalid)).status).toBe(400);
      }
      const valid = await postJson(app, "/api/leads", {
        conversationId: "none",
        name: "A",
        email: "a@example.com",
        consent: true,
      });
      expect(valid.status).toBe(404);
    } finally {
      close();
    }
  });
});
