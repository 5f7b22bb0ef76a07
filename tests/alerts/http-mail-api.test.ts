import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { deliverDueAlerts } from "../../src/alerts/deliver-alerts.js";
import { httpMailApiMailer } from "../../src/alerts/http-mail-api-mailer.js";
import { serialisedDelivery } from "../../src/alerts/serialised-delivery.js";
import { parseConfig } from "../../src/config.js";
import { alerts, clinics } from "../../src/db/schema.js";
import { TestChatClient } from "../helpers/chat-client.js";
import { createTestApp } from "../helpers/test-app.js";

// Mail where SMTP cannot go (Cloudflare Workers): the same alerts through an HTTP mail API in
// the shape of Resend's documented POST /emails, here a loopback server the test starts.

interface ApiCall {
  authorization: string | undefined;
  body: { from: string; to: string[]; subject: string; text: string };
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function mailApi(status: number) {
  const calls: ApiCall[] = [];
  const server = createServer(async (request: IncomingMessage, response) => {
    let raw = "";
    for await (const chunk of request) raw += chunk;
    calls.push({ authorization: request.headers.authorization, body: JSON.parse(raw) as ApiCall["body"] });
    response
      .writeHead(status, { "content-type": "application/json" })
      .end(status === 200 ? '{"id":"em_1"}' : '{"message":"invalid from"}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return { calls, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/emails` };
}

async function appMailingThrough(url: string) {
  const env = {
    PUBLIC_URL: "https://triage.stride-pt.example",
    MAIL_API_KEY: "re_test_key",
    MAIL_API_URL: url,
    MAIL_FROM: "alerts@stride-pt.example",
  };
  const mailer = httpMailApiMailer(parseConfig({ NODE_ENV: "test", ...env }));
  if (!mailer) throw new Error("no mailer with MAIL_API_KEY set");
  let run: () => Promise<unknown> = async () => undefined;
  const delivery = serialisedDelivery(() => run());
  const test = await createTestApp({ env, mailer, alertDelivery: delivery });
  run = () => deliverDueAlerts({ db: test.db, mailer, publicOrigin: test.deps.config.publicOrigin, now: Date.now });
  cleanups.push(test.close);
  await test.db
    .update(clinics)
    .set({ alertEmails: JSON.stringify(["desk@stride-pt.example"]) })
    .where(eq(clinics.id, test.demo.id));
  const client = new TestChatClient(test.app);
  await client.send();
  await client.send("I fell off my bike and now my foot is cold and looks pale");
  await delivery.idle();
  return { test, client };
}

describe("alerts through an HTTP mail API", () => {
  it("posts the emergency alert as JSON with the API key, to the clinic's alert addresses", async () => {
    const api = await mailApi(200);
    const { test, client } = await appMailingThrough(api.url);
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]?.authorization).toBe("Bearer re_test_key");
    expect(api.calls[0]?.body).toMatchObject({
      from: "alerts@stride-pt.example",
      to: ["desk@stride-pt.example"],
      subject: "Emergency advised",
    });
    expect(api.calls[0]?.body.text).toContain(`https://triage.stride-pt.example/staff/conversations/${client.id}`);
    expect(await test.db.select({ mailStatus: alerts.mailStatus }).from(alerts)).toEqual([{ mailStatus: "mailed" }]);
  });

  it("keeps an alert the API refuses pending, with the reason, for a retry", async () => {
    const api = await mailApi(422);
    const { test } = await appMailingThrough(api.url);
    expect(api.calls).toHaveLength(1);
    const [alert] = await test.db
      .select({ mailStatus: alerts.mailStatus, mailError: alerts.mailError, attempts: alerts.attempts })
      .from(alerts);
    expect(alert).toMatchObject({ mailStatus: "pending", attempts: 1 });
    expect(alert?.mailError).toBeTruthy();
  });

  it("is off without an API key", () => {
    expect(httpMailApiMailer(parseConfig({ NODE_ENV: "test" }))).toBeUndefined();
  });
});
