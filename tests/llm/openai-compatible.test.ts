import { createServer } from "node:net";
import { LLMock } from "@copilotkit/aimock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestChatClient, latestTriage, questionOf, recordedFields, textOf } from "../helpers/chat-client.js";
import { createTestApp } from "../helpers/test-app.js";
import { dataOf, quietFallbackLog, transcript, urgentOttawaIntake } from "./llm-setup.js";

// End to end through @ai-sdk/openai's chat-completions client, against aimock: an
// OpenAI-compatible HTTP server on a random local port that streams tool calls. The app picks
// the model from its config (OPENAI_BASE_URL + OPENAI_MODEL), exactly as in production.

let mock: LLMock;

beforeAll(async () => {
  mock = new LLMock({ port: 0, host: "127.0.0.1" });
  const opening = "twisted my knee skiing yesterday";
  mock.on({ userMessage: opening, hasToolResult: false }, { toolCalls: [{ name: "record_intake", arguments: JSON.stringify(urgentOttawaIntake) }] });
  mock.on({ userMessage: opening, hasToolResult: true }, { content: "Thank you, that's everything I need to know." });
  mock.on({ userMessage: "knee feels stiff" }, { content: "Thanks for telling me. Did it start with a specific injury, like a fall or a twist?" });
  await mock.start();
});

afterAll(async () => {
  await mock.stop();
});

async function appWithModelAt(baseUrl: string, extraEnv: Record<string, string> = {}) {
  const test = await createTestApp({ env: { OPENAI_BASE_URL: baseUrl, OPENAI_MODEL: "knee-test-model", ...extraEnv } });
  const client = new TestChatClient(test.app);
  await client.send();
  return { ...test, client };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

describe("an OpenAI-compatible server (aimock) behind @ai-sdk/openai", () => {
  it("a streamed tool call records the intake and the server yields the disposition", async () => {
    const { client, close } = await appWithModelAt(`${mock.url}/v1`);
    try {
      const reply = await client.send("I'm 55 and I twisted my knee skiing yesterday, it's a bit swollen");
      console.log(`aimock conversation, the reply's parts in order:\n  ${transcript(reply).join("\n  ")}`);
      expect(recordedFields(reply)).toEqual(expect.arrayContaining(["age", "injury", "daysSinceOnset"]));
      expect(latestTriage(client)).toMatchObject({ level: "urgent", action: "urgent_care_today", complete: true });
      expect(textOf(reply)).toContain("Thank you, that's everything I need to know.");
      expect(textOf(reply)).toContain("My recommendation:");
      expect(dataOf(reply, "notice")).toBeUndefined();
      const paths = mock.getRequests().map((request) => request.path);
      expect(paths).toContain("/v1/chat/completions");
      expect(paths).not.toContain("/v1/responses");
    } finally {
      close();
    }
  });

  it("streams plain model text and attaches the engine's next question", async () => {
    const { client, close } = await appWithModelAt(`${mock.url}/v1`);
    try {
      const reply = await client.send("my knee feels stiff in the mornings");
      expect(textOf(reply)).toContain("Did it start with a specific injury");
      expect(questionOf(reply)?.fields).toEqual(["injury"]);
      expect(dataOf(reply, "notice")).toBeUndefined();
    } finally {
      close();
    }
  });

  it("an unreachable model server falls back to the guided brain with a notice", async () => {
    const log = quietFallbackLog();
    const { client, close } = await appWithModelAt(`http://127.0.0.1:${await closedPort()}/v1`);
    try {
      const reply = await client.send("I'm 34 and my knee has hurt for 3 weeks when I run, no injury");
      expect(dataOf(reply, "notice")).toMatchObject({ kind: "fallback" });
      expect(questionOf(reply)).toBeDefined();
      expect(recordedFields(reply)).toEqual(expect.arrayContaining(["age", "injury"]));
      expect(log.mock.calls.at(-1)?.[1]).toMatchObject({ kind: "unreachable" });
    } finally {
      close();
    }
  });

  it("a rate limit from the server (429) falls back to the guided brain with a notice", async () => {
    const log = quietFallbackLog();
    mock.nextRequestError(429, { message: "Rate limit reached", type: "rate_limit_error" });
    const { client, close } = await appWithModelAt(`${mock.url}/v1`);
    try {
      const reply = await client.send("my knee hurts after long runs");
      expect(dataOf(reply, "notice")).toMatchObject({ kind: "fallback" });
      expect(questionOf(reply)).toBeDefined();
      expect(log.mock.calls.at(-1)?.[1]).toMatchObject({ kind: "rate_limited" });
    } finally {
      close();
    }
  });
});
