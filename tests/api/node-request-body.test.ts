import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readIncomingBody, socketAddress } from "../../src/lib/node-request.js";
import { createTestApp } from "../helpers/test-app.js";

// The Node entry reads JSON bodies straight from the Node request (src/lib/node-request.ts).
// Through a real socket, as server.ts wires it: limits, bad JSON, uploads in pieces.

let port = 0;
let stop: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  const { app, close } = await createTestApp({ readBody: readIncomingBody, clientAddress: socketAddress });
  const server = serve({ fetch: app.fetch, port: 0 });
  await new Promise((resolve) => server.once("listening", resolve));
  port = (server.address() as AddressInfo).port;
  stop = () => new Promise((resolve) => server.close(() => resolve(close())));
});
afterAll(() => stop());

/** POST `pieces` one write at a time on a fresh connection; without a length the upload is chunked. */
function post(
  path: string,
  pieces: Array<string | Buffer>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: "127.0.0.1",
        port,
        path,
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json", ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    request.on("error", reject);
    for (const piece of pieces) request.write(piece);
    request.end();
  });
}

const errorCode = (body: string) => (JSON.parse(body) as { error: { code: string } }).error.code;

describe("JSON bodies read from the Node request", () => {
  it("a body sent in pieces, splitting a multi-byte character, is read whole", async () => {
    const json = Buffer.from(JSON.stringify({ age: 40, activity: "running – 5 km at 20°C" }), "utf8");
    const dash = json.indexOf(Buffer.from("–"));
    const { status, body } = await post("/api/triage", [json.subarray(0, dash + 1), json.subarray(dash + 1)]);
    expect(status).toBe(200);
    expect(body).toContain('"level"');
  });

  it("an upload that grows past 64 KB without declaring its length gets a 413", async () => {
    const piece = "x".repeat(16 * 1024);
    const { status, body } = await post("/api/triage", ['{"activity":"', piece, piece, piece, piece, piece, '"}']);
    expect(status).toBe(413);
    expect(errorCode(body)).toBe("payload_too_large");
  });

  it("a body of just under 64 KB is still read (and judged on its content)", async () => {
    const { status, body } = await post("/api/triage", [JSON.stringify({ activity: "x".repeat(60 * 1024) })]);
    expect(status).toBe(400);
    expect(errorCode(body)).toBe("validation_failed");
  });

  it("a declared length over the limit gets a 413 before the body is read: 64 KB, or 1 MB for a chat's whole history", async () => {
    // Only two of the promised bytes are ever sent: the answer cannot have waited for the rest.
    const triage = await post("/api/triage", ["{}"], { "content-length": String(65 * 1024 + 1) });
    expect(triage.status).toBe(413);
    expect(errorCode(triage.body)).toBe("payload_too_large");
    const chat = await post("/api/chat", ["{}"], { "content-length": String(1024 * 1024 + 1) });
    expect(chat.status).toBe(413);
    expect(errorCode(chat.body)).toBe("payload_too_large");
  });

  it("a chat body over 64 KB, as the AI SDK's transport sends a long conversation's history, is read", async () => {
    const history = Array.from({ length: 40 }, (_, index) => ({
      id: `a${index}`,
      role: "assistant",
      parts: [{ type: "text", text: "x".repeat(2000) }],
    }));
    const opened = await post("/api/chat", [
      JSON.stringify({
        id: "node-body-long",
        messages: [...history, { id: "u1", role: "user", parts: [{ type: "text", text: "my knee hurts" }] }],
      }),
    ]);
    expect(opened.status).toBe(200);
  });

  it("an empty body is a 400 that says to send JSON", async () => {
    const { status, body } = await post("/api/triage", [], { "content-length": "0" });
    expect(status).toBe(400);
    expect(body).toContain("The request body is empty; send JSON.");
  });

  it("malformed JSON is a 400, and a chat turn works over the same reader", async () => {
    const bad = await post("/api/chat", ['{"id": "n-1", "messages": ['], {});
    expect(bad.status).toBe(400);
    expect(errorCode(bad.body)).toBe("bad_request");
    const opened = await post("/api/chat", [JSON.stringify({ id: "node-body-1", messages: [] })]);
    expect(opened.status).toBe(200);
    expect(opened.body).toContain('"visitorToken"');
  });
});
