import { describe, expect, it } from "vitest";
import { newVisitorAddress, postJson } from "./worker-fetch.js";

// The per-IP lead limit is counted by the LEAD_IP_LIMITER binding (5 a minute in wrangler.toml).

describe("rate limits on the Worker", () => {
  it("answers the sixth lead request in a minute from one address with a friendly 429", async () => {
    const address = newVisitorAddress();
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let attempt = 0; attempt < 6; attempt += 1) {
      last = await postJson(
        "/api/leads",
        { conversationId: "nope", name: "Sam", email: "sam@example.com", consent: true },
        { "x-visitor-token": "x" },
        address,
      );
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 5).every((status) => status !== 429)).toBe(true);
    expect(statuses[5]).toBe(429);
    const body = (await last?.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toMatch(/wait a minute/);
    expect(last?.headers.get("retry-after")).toBe("60");

    // Another visitor is not affected.
    const other = await postJson(
      "/api/leads",
      { conversationId: "nope", name: "Sam", email: "sam@example.com", consent: true },
      { "x-visitor-token": "x" },
      newVisitorAddress(),
    );
    expect(other.status).not.toBe(429);
  });

  it("answers widget events past 60 a minute from one address with 429 (EVENT_IP_LIMITER)", async () => {
    const address = newVisitorAddress();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 61; attempt += 1)
      statuses.push((await postJson("/api/events", { clinic: "demo", type: "widget_opened" }, {}, address)).status);
    expect(statuses.slice(0, 60).every((status) => status === 204)).toBe(true);
    expect(statuses[60]).toBe(429);
    expect(
      (await postJson("/api/events", { clinic: "demo", type: "widget_opened" }, {}, newVisitorAddress())).status,
    ).toBe(204);
  });
});
