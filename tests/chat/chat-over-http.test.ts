import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { DefaultChatTransport, readUIMessageStream } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KneeUIMessage } from "../../src/chat/protocol/ui-message.js";
import { readIncomingBody, socketAddress } from "../../src/lib/node-request.js";
import { createTestApp } from "../helpers/test-app.js";

// Through a real socket, not app.request, wired as server.ts wires it: what a browser gets
// must be byte-for-byte whole.

let baseUrl = "";
let stop: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  const { app, close } = await createTestApp({ readBody: readIncomingBody, clientAddress: socketAddress });
  const server = serve({ fetch: app.fetch, port: 0 });
  await new Promise((resolve) => server.once("listening", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stop = () => new Promise((resolve) => server.close(() => resolve(close())));
});
afterAll(() => stop());

async function post(body: unknown, token?: string): Promise<{ response: Response; text: string }> {
  const response = await fetch(`${baseUrl}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { "x-visitor-token": token } : {}) },
    body: JSON.stringify(body),
  });
  return { response, text: await response.text() };
}

describe("the chat over HTTP", () => {
  it("sends replies with non-ASCII text (en dashes, degrees) whole, ending in [DONE]", async () => {
    const opened = await post({ id: "http-1", messages: [] });
    const token = /"visitorToken":"([^"]+)"/.exec(opened.text)?.[1];
    const { response, text } = await post(
      { id: "http-1", messages: [{ id: "u1", role: "user", parts: [{ type: "text", text: "I hurt my knee" }] }] },
      token,
    );
    expect(text).toContain("1–7 days ago");
    expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
    const length = response.headers.get("content-length");
    if (length) expect(Number(length)).toBe(new TextEncoder().encode(text).length);
  });

  it("is read by the AI SDK's own transport over the socket", async () => {
    const transport = new DefaultChatTransport<KneeUIMessage>({ api: `${baseUrl}/api/chat` });
    const stream = await transport.sendMessages({
      chatId: "http-2",
      messages: [
        { id: "u1", role: "user", parts: [{ type: "text", text: "I twisted my knee at football 2 days ago, I'm 25" }] },
      ],
      trigger: "submit-message",
      messageId: undefined,
      abortSignal: undefined,
    });
    let last: KneeUIMessage | undefined;
    for await (const message of readUIMessageStream<KneeUIMessage>({ stream, terminateOnError: true })) last = message;
    expect(last?.parts.some((part) => part.type === "data-question")).toBe(true);
    expect(last?.metadata?.visitorToken).toBeTruthy();
  });
});
