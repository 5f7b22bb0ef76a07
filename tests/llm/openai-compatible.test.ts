import { createServer } from "node:net";
import { LLMock } from "@copilotkit/aimock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { events } from "../../src/db/schema.js";
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
  mock.on(
    { userMessage: opening, hasToolResult: false },
    { toolCalls: [{ name: "record_intake", arguments: JSON.stringify(urgentOttawaIntake) }] },
  );
  mock.on({ userMessage: opening, hasToolResult: true }, { content: "Thank you, that's everything I need to know." });
  mock.on(
    { userMessage: "knee feels stiff" },
    { content: "Thanks for telling me. Did it start with a specific injury, like a fall or a twist?" },
  );
  // A lying model: it tells an urgent visitor they are fine (issue 14, finding 11).
  mock.on(
    { userMessage: "what do you think" },
    {
      content:
        "You're fine, this is just self-care, no need to see a doctor. Is it getting better, staying the same, or getting worse?",
    },
  );
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
  it("a streamed tool call records what the visitor said; reassuring facts nobody asked are refused, and the interview goes on", async () => {
    const { client, close } = await appWithModelAt(`${mock.url}/v1`);
    try {
      const reply = await client.send("I'm 55 and I twisted my knee skiing yesterday, it's a bit swollen");
      console.log(`aimock conversation, the reply's parts in order:\n  ${transcript(reply).join("\n  ")}`);
      expect(recordedFields(reply)).toEqual(expect.arrayContaining(["age", "injury", "daysSinceOnset"]));
      // The model's "no"s for questions the visitor was never asked do not count (spec §7.1).
      expect(recordedFields(reply)).not.toContain("footColdPale");
      expect(latestTriage(client)).toMatchObject({ level: "urgent", action: "urgent_care_today", complete: false });
      expect(textOf(reply)).toContain("Thank you, that's everything I need to know.");
      expect(questionOf(reply)).toBeDefined();
      expect(dataOf(reply, "notice")).toBeUndefined();
      const paths = mock.getRequests().map((request) => request.path);
      expect(paths).toContain("/v1/chat/completions");
      expect(paths).not.toContain("/v1/responses");
    } finally {
      close();
    }
  });

  it("a lying model over HTTP cannot tell an urgent visitor they are fine: the sentence is withheld, the question still comes", async () => {
    const { client, close, db } = await appWithModelAt(`${mock.url}/v1`);
    try {
      await client.send("", { age: 60, injury: "yes", daysSinceOnset: 1 });
      expect(latestTriage(client)?.level).toBe("urgent");
      const reply = await client.send("what do you think");
      expect(textOf(reply)).not.toMatch(/you're fine|no need to see a doctor|self-care/i);
      expect(textOf(reply)).toContain("Is it getting better");
      expect(questionOf(reply)).toBeDefined();
      const withheld = (await db.select().from(events).where(eq(events.type, "model_text_withheld"))).map(
        (row) => JSON.parse(row.data ?? "{}") as { text: string },
      );
      expect(withheld[0]?.text).toMatch(/You're fine/);
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
      // The reply was recorded before the model ran: the fallback continues from it, and "no
      // injury" is shown back for confirmation (spec §7.3).
      expect(recordedFields(reply)).toContain("age");
      expect(questionOf(reply)?.id).toMatch(/^q-confirm-/);
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
