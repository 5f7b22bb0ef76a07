import { afterEach, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { clinics, webhookDeliveries, webhookOutbox } from "../../src/db/schema.js";
import { addressKey, addressRange } from "../../src/lib/ip-address.js";
import { deliverDueWebhooks } from "../../src/webhooks/deliver.js";
import { nodeWebhookFetch, type LookupAll } from "../../src/webhooks/node-webhook-fetch.js";
import { verifySignature } from "../../src/webhooks/signature.js";
import { publicTargets, webhookTargetProblem, type WebhookTargetPolicy } from "../../src/webhooks/target-policy.js";
import { conversationWithLead, createTwoClinics, postForm, signIn } from "./staff-helpers.js";

// The address policy itself, on every spelling of an internal target, and the Node delivery
// transport, which checks the addresses a host resolves to when it connects. Tests reach a
// receiver on loopback only through a policy relaxed for that, passed in explicitly.

let cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

const strict = publicTargets({ httpsOnly: false });
const production = publicTargets({ httpsOnly: true });
/** The default policy plus loopback, for receivers a test starts on 127.0.0.1. */
const loopbackToo: WebhookTargetPolicy = {
  ...strict,
  allowsAddress: (address) => addressRange(address) === "loopback" || strict.allowsAddress(address),
};

async function loopbackReceiver() {
  const received: Array<{ headers: Record<string, string | string[] | undefined>; body: string }> = [];
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanup.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port: (server.address() as AddressInfo).port, received };
}

/** A DNS answer a test chooses, standing in for a resolver it cannot run. */
function fakeDns(answers: Record<string, string[]>): LookupAll {
  return (hostname, _options, callback) => {
    const addresses = answers[hostname];
    if (!addresses)
      return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }), []);
    callback(
      null,
      addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 })),
    );
  };
}

describe("the webhook address policy", () => {
  const internal = [
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.170.2/v2/credentials",
    "http://127.0.0.1/",
    "http://127.1/",
    "http://2130706433/",
    "http://0x7f.1/",
    "http://0x7f000001/",
    "http://017700000001/",
    "http://0/",
    "http://0.0.0.0:8787/",
    "http://[::1]/",
    "http://[::]/",
    "http://[0:0:0:0:0:0:0:1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:a9fe:a9fe]/",
    "http://[64:ff9b::a9fe:a9fe]/",
    "http://10.0.0.1/",
    "http://172.16.5.4/",
    "http://172.31.255.255/",
    "http://192.168.1.1/",
    "http://100.64.0.1/",
    "http://100.100.100.200/",
    "http://192.0.0.192/",
    "http://[fd00:ec2::254]/",
    "http://[fc00::1]/",
    "http://[fe80::1]/",
    "http://[ff02::1]/",
    "http://224.0.0.1/",
    "http://255.255.255.255/",
    "http://metadata.google.internal/",
    "http://metadata.google.internal./",
    "http://metadata/",
    "http://localhost/",
    "http://LOCALHOST:8787/",
    "http://api.localhost/",
    "http://printer.local/",
    "http://intranet/",
  ];
  for (const target of internal) {
    it(`refuses ${target}`, () => {
      expect(webhookTargetProblem(target, strict)).toMatch(/public internet address/);
    });
  }

  it("accepts public names and public addresses, IPv4 and IPv6", () => {
    for (const target of [
      "https://crm.stride.example/hooks/knee",
      "https://93.184.215.14/hook",
      "https://[2606:4700:4700::1111]/hook",
      "http://hooks.clinic.example:8443/x",
    ]) {
      expect(webhookTargetProblem(target, strict), target).toBeUndefined();
    }
  });

  it("asks for https in production, and refuses other schemes and credentials anywhere", () => {
    expect(webhookTargetProblem("http://crm.stride.example/hook", production)).toMatch(/https/);
    expect(webhookTargetProblem("https://crm.stride.example/hook", production)).toBeUndefined();
    expect(webhookTargetProblem("ftp://crm.stride.example/hook", strict)).toMatch(/https/);
    expect(webhookTargetProblem("file:///etc/passwd", strict)).toMatch(/https/);
    expect(webhookTargetProblem("https://user:pass@crm.stride.example/hook", strict)).toMatch(/password/);
  });

  it("classifies the address ranges behind those refusals", () => {
    expect(addressRange("169.254.169.254")).toBe("link-local");
    expect(addressRange("100.64.0.1")).toBe("shared (carrier-grade NAT)");
    expect(addressRange("fd00:ec2::254")).toBe("unique-local");
    expect(addressRange("::ffff:10.0.0.1")).toBe("private");
    expect(addressRange("8.8.8.8")).toBe("public");
    expect(addressRange("crm.example")).toBeUndefined();
    expect(addressKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
  });
});

describe("webhook delivery from Node", () => {
  async function clinicWithReceiver(webhookUrl: string) {
    const test = await createTwoClinics();
    cleanup.push(test.close);
    await test.db.update(clinics).set({ webhookUrl, webhookSecret: "whsec_test" }).where(eq(clinics.id, test.demo.id));
    await conversationWithLead(test);
    return test;
  }

  it("refuses a host name that resolves to loopback (DNS rebinding), without connecting", async () => {
    const receiver = await loopbackReceiver();
    const test = await clinicWithReceiver(`http://hooks.clinic.example:${receiver.port}/hook`);
    const dns = fakeDns({ "hooks.clinic.example": ["127.0.0.1"] });
    const report = await deliverDueWebhooks({
      db: test.db,
      fetch: nodeWebhookFetch(strict, dns),
      targets: strict,
      now: Date.now,
    });
    expect(report).toMatchObject({ attempted: 1, delivered: 0 });
    expect(receiver.received).toEqual([]);
    const [attempt] = await test.db.select().from(webhookDeliveries);
    expect(attempt?.error).toBe("could not deliver: target refused or unreachable");
  });

  it("refuses a host name when any one of its addresses is private", async () => {
    const receiver = await loopbackReceiver();
    const test = await clinicWithReceiver(`http://hooks.clinic.example:${receiver.port}/hook`);
    const dns = fakeDns({ "hooks.clinic.example": ["93.184.215.14", "127.0.0.1"] });
    await deliverDueWebhooks({ db: test.db, fetch: nodeWebhookFetch(strict, dns), targets: strict, now: Date.now });
    expect(receiver.received).toEqual([]);
  });

  it("reaches a loopback receiver only under a policy relaxed for it, signed, through the real transport", async () => {
    const receiver = await loopbackReceiver();
    const test = await clinicWithReceiver(`http://hooks.clinic.example:${receiver.port}/hook`);
    const dns = fakeDns({ "hooks.clinic.example": ["127.0.0.1"] });
    const report = await deliverDueWebhooks({
      db: test.db,
      fetch: nodeWebhookFetch(loopbackToo, dns),
      targets: loopbackToo,
      now: Date.now,
    });
    expect(report).toMatchObject({ attempted: 1, delivered: 1 });
    const [call] = receiver.received;
    expect(call?.headers["x-knee-event"]).toBe("lead.created");
    expect(
      await verifySignature(
        "whsec_test",
        String(call?.headers["x-knee-signature"]),
        call?.body ?? "",
        Math.floor(Date.now() / 1000),
      ),
    ).toBe(true);
    const [row] = await test.db.select().from(webhookOutbox);
    expect(row?.status).toBe("delivered");
  });

  it("an owner can save a loopback receiver only when the app's policy is relaxed for it", async () => {
    const form = {
      name: "Demo",
      brandColor: "#0f766e",
      greeting: "Hi",
      phone: "",
      bookingUrl: "",
      emergencyNumber: "911",
      allowedOrigins: "",
      retentionDays: "365",
      webhookUrl: "http://127.0.0.1:9/hook",
    };
    const statuses: number[] = [];
    for (const overrides of [{}, { webhookTargets: loopbackToo }]) {
      const test = await createTwoClinics(overrides);
      cleanup.push(test.close);
      const owner = await signIn(test, "owner@demo.test");
      statuses.push((await postForm(test, owner, "/staff/settings", { _csrf: owner.csrfToken, ...form })).status);
    }
    expect(statuses).toEqual([400, 303]);
  });

  it("shows a closed port and a refused target the same way: no network detail reaches staff", async () => {
    const test = await clinicWithReceiver("http://127.0.0.1:9/hook");
    await deliverDueWebhooks({
      db: test.db,
      fetch: nodeWebhookFetch(loopbackToo),
      targets: loopbackToo,
      now: Date.now,
    });
    const [attempt] = await test.db.select().from(webhookDeliveries);
    expect(attempt?.error).toBe("could not deliver: target refused or unreachable");
  });
});
