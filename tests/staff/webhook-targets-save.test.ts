import { afterEach, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { clinics, webhookDeliveries } from "../../src/db/schema.js";
import { deliverDueWebhooks } from "../../src/webhooks/deliver.js";
import { conversationWithLead, createTwoClinics, postForm, signIn, type TestApp } from "./staff-helpers.js";

// An owner must not be able to point webhooks into our own network: at save time the settings
// form refuses private, loopback, link-local, CGNAT and metadata targets, and a URL stored
// before that rule existed is refused again when a delivery is due.

let cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

async function clinics2() {
  const test = await createTwoClinics();
  cleanup.push(test.close);
  return test;
}

function settingsForm(test: TestApp, csrf: string, webhookUrl: string) {
  return {
    _csrf: csrf,
    name: test.demo.name,
    brandColor: "#0f766e",
    greeting: "Hello",
    phone: "",
    bookingUrl: "",
    emergencyNumber: "911",
    allowedOrigins: "https://www.stride.example",
    retentionDays: "365",
    webhookUrl,
  };
}

/** A receiver on loopback that counts what reaches it. */
async function loopbackReceiver(): Promise<{ url: string; received: string[] }> {
  const received: string[] = [];
  const server: Server = createServer((request, response) => {
    received.push(`${request.method} ${request.url}`);
    request.resume();
    request.on("end", () => response.writeHead(204).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanup.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
}

const refusedTargets = [
  "http://169.254.169.254/latest/meta-data/",
  "http://127.0.0.1:8787/staff",
  "http://[::1]/",
  "http://10.1.2.3/",
  "http://2130706433/",
  "http://0x7f.1/",
  "http://metadata.google.internal/computeMetadata/v1/",
  "http://192.168.0.10/",
  "http://172.20.0.1/",
  "http://100.100.100.200/latest/meta-data/",
  "http://[fd00:ec2::254]/",
  "http://[fe80::1]/",
  "http://[::ffff:169.254.169.254]/",
  "http://localhost:3000/",
];

describe("webhook targets at save time", () => {
  for (const target of refusedTargets) {
    it(`refuses ${target} with 400 naming the webhook URL field, and keeps the old setting`, async () => {
      const test = await clinics2();
      const owner = await signIn(test, "owner@demo.test");
      const response = await postForm(test, owner, "/staff/settings", settingsForm(test, owner.csrfToken, target));
      expect(response.status).toBe(400);
      const page = await response.text();
      expect(page).toContain('id="webhookUrl-error"');
      expect(page).toMatch(/public/);
      const [clinic] = await test.db.select().from(clinics).where(eq(clinics.id, test.demo.id));
      expect(clinic?.webhookUrl).toBeNull();
    });
  }

  it("accepts a public https receiver", async () => {
    const test = await clinics2();
    const owner = await signIn(test, "owner@demo.test");
    const response = await postForm(
      test,
      owner,
      "/staff/settings",
      settingsForm(test, owner.csrfToken, "https://crm.stride.example/hooks/knee"),
    );
    expect(response.status).toBe(303);
  });
});

describe("webhook targets at delivery", () => {
  it("a loopback URL stored before the rule is not called, and staff see a generic error", async () => {
    const test = await clinics2();
    const receiver = await loopbackReceiver();
    await test.db
      .update(clinics)
      .set({ webhookUrl: receiver.url, webhookSecret: "whsec_test" })
      .where(eq(clinics.id, test.demo.id));
    await conversationWithLead(test);
    const report = await deliverDueWebhooks({ db: test.db, fetch: globalThis.fetch, now: Date.now });
    expect(report.delivered).toBe(0);
    expect(receiver.received).toEqual([]);
    const [attempt] = await test.db.select().from(webhookDeliveries);
    expect(attempt?.error).toBe("could not deliver: target refused or unreachable");
  });
});
