import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { findClinicBySlug } from "../../src/db/clinics.js";
import { leads } from "../../src/db/schema.js";
import { insertStaff } from "../../src/db/staff.js";
import { hashPassword } from "../../src/staff/password.js";
import { TestChatClient } from "../helpers/chat-client.js";
import { newVisitorAddress, postJson, testDb, workerAsApp, workerFetch } from "./worker-fetch.js";

// A visitor leaves their details after a chat; a staff member, created with the functions the
// admin CLI's create-staff uses (its argument parsing needs node:util parseArgs, which workerd
// lacks), signs in and reads the lead from D1 through the API and the dashboard page.

const PASSWORD = "correct horse battery";

async function chatWithLead(address: string) {
  const client = new TestChatClient(workerAsApp(address));
  await client.send();
  await client.send("My left knee aches after running for 3 weeks, I'm 34");
  const response = await postJson(
    "/api/leads",
    {
      conversationId: client.id,
      name: "Dana Visitor",
      email: "dana@example.com",
      preferredTime: "weekday mornings",
      consent: true,
    },
    { "x-visitor-token": client.token ?? "" },
    address,
  );
  return { client, response };
}

async function signIn(email: string, address: string) {
  const response = await postJson("/api/staff/login", { email, password: PASSWORD }, {}, address);
  expect(response.status).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .find((line) => line.startsWith("knee_staff="))
    ?.split(";")[0];
  expect(cookie).toBeDefined();
  return cookie ?? "";
}

describe("leads and the staff dashboard on the Worker", () => {
  it("stores a visitor's lead in D1 and answers 201", async () => {
    const { client, response } = await chatWithLead(newVisitorAddress());
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; status: string };
    expect(body.status).toBe("new");
    const [row] = await testDb().select().from(leads).where(eq(leads.id, body.id));
    expect(row).toMatchObject({
      conversationId: client.id,
      name: "Dana Visitor",
      email: "dana@example.com",
      fit: "good candidate for PT",
    });
  });

  it("lets a staff member sign in and read the clinic's leads", async () => {
    const address = newVisitorAddress();
    const { response: leadResponse } = await chatWithLead(address);
    const { id: leadId } = (await leadResponse.json()) as { id: string };

    const email = `owner-${crypto.randomUUID().slice(0, 8)}@demo.test`;
    const demo = await findClinicBySlug(testDb(), "demo");
    if (!demo) throw new Error("the Worker did not seed the demo clinic");
    await insertStaff(testDb(), {
      clinicId: demo.id,
      email,
      passwordHash: await hashPassword(PASSWORD),
      role: "owner",
      now: Date.now(),
    });

    const cookie = await signIn(email, address);
    const list = await workerFetch("/api/staff/leads", { headers: { cookie } }, address);
    expect(list.status).toBe(200);
    const body = (await list.json()) as { items: Array<{ id: string; name: string }>; total: number };
    expect(body.items.map((item) => item.id)).toContain(leadId);

    const page = await workerFetch("/staff", { headers: { cookie } }, address);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>");
  });

  it("refuses the staff API without a session", async () => {
    expect((await workerFetch("/api/staff/leads")).status).toBe(401);
  });
});
