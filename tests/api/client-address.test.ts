import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.js";
import { createTestApp, postJson } from "../helpers/test-app.js";

// Which address a per-visitor limit counts: the socket's, unless TRUSTED_PROXY says a proxy in
// front of us reports it (cloudflare: cf-connecting-ip; N: the Nth x-forwarded-for entry from
// the right). Observed through the chat limit of 2 a minute.

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function limitedApp(trustedProxy: string | undefined, socket = "10.0.0.2") {
  const test = await createTestApp({
    env: { CHAT_RATE_LIMIT_PER_MINUTE: "2", ...(trustedProxy ? { TRUSTED_PROXY: trustedProxy } : {}) },
    clientAddress: () => socket,
  });
  cleanup = test.close;
  let counter = 0;
  return async (headers: Record<string, string>) =>
    (await postJson(test.app, "/api/chat", { id: `address-${(counter += 1)}`, messages: [] }, headers)).status;
}

describe("the client address behind a proxy", () => {
  it("unset: forwarded headers are ignored, so a client cannot rotate them past the limit", async () => {
    const chat = await limitedApp(undefined);
    const statuses = [];
    for (let index = 1; index <= 3; index += 1)
      statuses.push(
        await chat({ "x-forwarded-for": `198.51.100.${index}`, "cf-connecting-ip": `198.51.100.${index}` }),
      );
    expect(statuses).toEqual([200, 200, 429]);
  });

  it("TRUSTED_PROXY=1: the rightmost x-forwarded-for entry is the client; entries a client prepends change nothing", async () => {
    const chat = await limitedApp("1");
    expect(await chat({ "x-forwarded-for": "1.1.1.1, 198.51.100.7" })).toBe(200);
    expect(await chat({ "x-forwarded-for": "2.2.2.2, 198.51.100.7" })).toBe(200);
    expect(await chat({ "x-forwarded-for": "3.3.3.3, 198.51.100.7" })).toBe(429);
    // Another visitor behind the same proxy has a count of their own.
    expect(await chat({ "x-forwarded-for": "198.51.100.8" })).toBe(200);
  });

  it("TRUSTED_PROXY=2: the second entry from the right is the client (the first is our inner proxy's view)", async () => {
    const chat = await limitedApp("2");
    expect(await chat({ "x-forwarded-for": "forged, 198.51.100.7, 10.0.0.9" })).toBe(200);
    expect(await chat({ "x-forwarded-for": "198.51.100.7, 10.0.0.8" })).toBe(200);
    expect(await chat({ "x-forwarded-for": "198.51.100.7, 10.0.0.7" })).toBe(429);
    expect(await chat({ "x-forwarded-for": "198.51.100.9, 10.0.0.9" })).toBe(200);
  });

  it("TRUSTED_PROXY=N with fewer entries than N falls back to the socket address, never a client's own entry", async () => {
    const chat = await limitedApp("2");
    expect(await chat({ "x-forwarded-for": "198.51.100.1" })).toBe(200);
    expect(await chat({ "x-forwarded-for": "198.51.100.2" })).toBe(200);
    expect(await chat({ "x-forwarded-for": "198.51.100.3" })).toBe(429);
  });

  it("TRUSTED_PROXY=cloudflare: cf-connecting-ip is the client, x-forwarded-for is ignored", async () => {
    const chat = await limitedApp("cloudflare");
    expect(await chat({ "cf-connecting-ip": "198.51.100.7", "x-forwarded-for": "1.1.1.1" })).toBe(200);
    expect(await chat({ "cf-connecting-ip": "198.51.100.7", "x-forwarded-for": "2.2.2.2" })).toBe(200);
    expect(await chat({ "cf-connecting-ip": "198.51.100.7" })).toBe(429);
    expect(await chat({ "cf-connecting-ip": "198.51.100.8" })).toBe(200);
  });

  it("limits key an IPv6 visitor on their /64, so rotating through it does not help", async () => {
    const chat = await limitedApp("cloudflare");
    expect(await chat({ "cf-connecting-ip": "2001:db8:1:2::1" })).toBe(200);
    expect(await chat({ "cf-connecting-ip": "2001:db8:1:2:ffff:ffff:ffff:fffe" })).toBe(200);
    expect(await chat({ "cf-connecting-ip": "2001:db8:1:2:abcd::9" })).toBe(429);
    expect(await chat({ "cf-connecting-ip": "2001:db8:1:3::1" })).toBe(200);
  });

  it("an IPv4 client seen through an IPv6 socket (::ffff:a.b.c.d) counts as the IPv4 address", async () => {
    const test = await createTestApp({
      env: { CHAT_RATE_LIMIT_PER_MINUTE: "1" },
      clientAddress: (request) => request.headers.get("x-test-socket") ?? "",
    });
    cleanup = test.close;
    expect(
      (
        await postJson(
          test.app,
          "/api/chat",
          { id: "mapped-1", messages: [] },
          { "x-test-socket": "::ffff:198.51.100.7" },
        )
      ).status,
    ).toBe(200);
    expect(
      (await postJson(test.app, "/api/chat", { id: "mapped-2", messages: [] }, { "x-test-socket": "198.51.100.7" }))
        .status,
    ).toBe(429);
  });

  it("refuses a TRUSTED_PROXY that is neither cloudflare nor a hop count", () => {
    expect(() => parseConfig({ TRUSTED_PROXY: "yes" })).toThrow(ConfigError);
    expect(() => parseConfig({ TRUSTED_PROXY: "0" })).toThrow(ConfigError);
    expect(parseConfig({ TRUSTED_PROXY: "Cloudflare" }).TRUSTED_PROXY).toBe("cloudflare");
    expect(parseConfig({ TRUSTED_PROXY: "2" }).TRUSTED_PROXY).toBe(2);
    expect(parseConfig({}).TRUSTED_PROXY).toBeUndefined();
  });
});
