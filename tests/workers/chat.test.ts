import { describe, expect, it } from "vitest";
import { latestDisposition } from "../../src/db/conversations.js";
import type { Intake } from "../../src/triage/index.js";
import vignettes from "../eval/vignettes.json" with { type: "json" };
import { TestChatClient, latestTriage, textOf, triageOf } from "../helpers/chat-client.js";
import { playVignette } from "../helpers/vignette-player.js";
import { newVisitorAddress, postJson, testDb, workerAsApp } from "./worker-fetch.js";

// Chat on the Worker, read with the AI SDK's own client code (DefaultChatTransport and
// readUIMessageStream, through tests/helpers/chat-client.ts) rather than by parsing SSE here.

function vignette(id: string) {
  const found = vignettes.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no vignette ${id}`);
  return { ...found, intake: found.intake as Intake };
}

describe("chat on the Worker", () => {
  it("streams the greeting as an AI SDK UI message stream for a bare opening request", async () => {
    const response = await postJson(
      "/api/chat",
      { id: `w-open-${crypto.randomUUID()}`, messages: [] },
      {},
      newVisitorAddress(),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("x-vercel-ai-ui-message-stream")).toBe("v1");
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const stream = await response.text();
    expect(stream).toMatch(/^data: \{"type":"start"/);
    expect(stream).toContain("Stride Physical Therapy assistant");
    expect(stream).toContain(`"type":"data-triage"`);
    expect(stream.trimEnd()).toMatch(/data: \[DONE\]$/);
  });

  it("plays a guided conversation to its disposition and keeps the conversation in D1", async () => {
    const routine = vignette("v52-night-pain-no-risk");
    const client = new TestChatClient(workerAsApp(newVisitorAddress()));
    const result = await playVignette(client, routine.opening, routine.intake, "labels");
    expect(result.questions.length).toBeGreaterThan(0);
    expect(latestTriage(client)).toMatchObject({
      level: routine.expected.level,
      action: routine.expected.action,
      complete: true,
    });
    expect(await latestDisposition(testDb(), client.id)).toMatchObject({ level: routine.expected.level });
  });

  it("shows the emergency card at once for an emergency opening", async () => {
    const client = new TestChatClient(workerAsApp(newVisitorAddress()));
    await client.send();
    const reply = await client.send("I fell off my bike and now my foot is cold and looks pale");
    expect(triageOf(reply)?.level).toBe("emergency");
    expect(textOf(reply)).toContain("911");
  });

  it("refuses a later turn without the visitor token", async () => {
    const address = newVisitorAddress();
    const client = new TestChatClient(workerAsApp(address));
    await client.send();
    const body = { id: client.id, messages: [{ id: "u1", role: "user", parts: [{ type: "text", text: "hello" }] }] };
    expect((await postJson("/api/chat", body, {}, address)).status).toBe(403);
  });
});
