import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import type { AlertDelivery } from "../../src/alerts/alert-delivery.js";
import { insertClinic } from "../../src/db/clinics.js";
import { alerts, clinics, leads } from "../../src/db/schema.js";
import type { KneeUIMessage } from "../../src/chat/protocol/ui-message.js";
import { latestTriage, TestChatClient } from "../helpers/chat-client.js";
import { createTestApp, postJson } from "../helpers/test-app.js";
import { urgentOttawaIntake } from "../llm/llm-setup.js";

// POST /api/leads as the widget sends it: book or call back, the phone rule, one lead per
// conversation under concurrency, the staff alert written with the lead, and the booking link.

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const URGENT = "I'm 55 and I twisted my knee skiing yesterday";
const ROUTINE = "My right knee hurts on stairs since last month";
const EMERGENCY = "I fell off my bike and now my foot is cold and looks pale";

async function setup(overrides: Parameters<typeof createTestApp>[0] = {}) {
  let deliveries = 0;
  const alertDelivery: AlertDelivery = { deliverSoon: () => void (deliveries += 1) };
  const test = await createTestApp({ alertDelivery, ...overrides });
  cleanup = test.close;
  return { test, deliveries: () => deliveries };
}

async function conversation(test: TestApp, opening: string, clinic?: string) {
  const client = new TestChatClient(test.app, undefined, clinic);
  await client.send();
  await client.send(opening);
  return client;
}

function postLead(test: TestApp, client: TestChatClient, body: Record<string, unknown>) {
  return postJson(
    test.app,
    "/api/leads",
    { conversationId: client.id, name: "Sam Lee", consent: true, ...body },
    { "x-visitor-token": client.token ?? "" },
  );
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; field?: string } }).error;
}

describe("a call back today, for an urgent visitor", () => {
  it("is accepted after an urgent disposition: a callback lead with an alert of kind callback, delivered at once, and no booking link", async () => {
    const { test, deliveries } = await setup();
    const client = await conversation(test, URGENT);
    expect(latestTriage(client)?.level).toBe("urgent");
    const response = await postLead(test, client, { intent: "callback", phone: "(555) 010-2233" });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { leadId: string; bookingUrl?: string };
    expect(body.bookingUrl).toBeUndefined();
    const [lead] = await test.db.select().from(leads).where(eq(leads.id, body.leadId));
    expect(lead).toMatchObject({ intent: "callback", phone: "+15550102233", level: "urgent", status: "new" });
    expect(
      await test.db
        .select({ kind: alerts.kind, leadId: alerts.leadId, conversationId: alerts.conversationId })
        .from(alerts),
    ).toEqual([{ kind: "callback", leadId: body.leadId, conversationId: client.id }]);
    expect(deliveries()).toBe(1);
  });

  it("is refused with a clear message when the advice is not urgent, and after an emergency, storing nothing", async () => {
    const { test } = await setup();
    const routine = await conversation(test, ROUTINE);
    const refused = await postLead(test, routine, { intent: "callback", phone: "(555) 010-2233" });
    expect(refused.status).toBe(400);
    expect(await errorOf(refused)).toMatchObject({
      field: "intent",
      message: expect.stringMatching(/only when the advice is to get care today/),
    });

    const emergency = await conversation(test, EMERGENCY);
    expect(latestTriage(emergency)?.level).toBe("emergency");
    const afterEmergency = await postLead(test, emergency, { intent: "callback", phone: "(555) 010-2233" });
    expect(afterEmergency.status).toBe(400);
    expect(await errorOf(afterEmergency)).toMatchObject({
      field: "intent",
      message: expect.stringContaining("please call 911 now"),
    });

    expect(await test.db.select().from(leads)).toHaveLength(0);
    // Only the emergency itself alerted staff (issue 13): no lead, no call-back.
    expect((await test.db.select({ kind: alerts.kind }).from(alerts)).map((alert) => alert.kind)).toEqual([
      "emergency",
    ]);
    // The same routine visitor may still ask to be contacted about an appointment.
    expect((await postLead(test, routine, { phone: "(555) 010-2233" })).status).toBe(201);
  });

  it("needs a phone number to call", async () => {
    const { test } = await setup();
    const client = await conversation(test, URGENT);
    const response = await postLead(test, client, { intent: "callback", email: "sam@example.com" });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ field: "phone", message: expect.stringMatching(/phone number/) });
    expect((await errorOf(await postLead(test, client, { intent: "later", phone: "(555) 010-2233" }))).field).toBe(
      "intent",
    );
  });

  it("a book lead writes an alert of kind lead", async () => {
    const { test, deliveries } = await setup();
    const client = await conversation(test, ROUTINE);
    expect((await postLead(test, client, { email: "sam@example.com" })).status).toBe(201);
    expect((await test.db.select({ kind: alerts.kind }).from(alerts)).map((row) => row.kind)).toEqual(["lead"]);
    expect(deliveries()).toBe(1);
  });
});

function offeredActions(client: TestChatClient): string[] {
  return client.messages.flatMap((message: KneeUIMessage) =>
    message.parts.flatMap((part) => (part.type === "data-cta" ? part.data.actions.map((action) => action.kind) : [])),
  );
}

describe("what the chat offers", () => {
  it("urgent advice offers the call back after urgent care; an emergency offers only the emergency call", async () => {
    const { test } = await setup();
    const urgent = await conversation(test, URGENT);
    // The urgent card comes once the interview is done; the visitor answers with the buttons.
    for (let turn = 0; turn < 30 && !offeredActions(urgent).length; turn += 1) {
      const question = urgent.messages.at(-1)?.parts.findLast((part) => part.type === "data-question");
      if (question?.type !== "data-question") break;
      await urgent.send(
        "",
        Object.fromEntries(question.data.fields.map((field) => [field, urgentOttawaIntake[field]])),
      );
    }
    expect(latestTriage(urgent)?.level).toBe("urgent");
    expect(offeredActions(urgent)).toEqual(expect.arrayContaining(["find_urgent_care", "request_callback"]));
    expect(offeredActions(urgent)[0]).toBe("find_urgent_care");

    const emergency = await conversation(test, EMERGENCY);
    expect(offeredActions(emergency)).not.toEqual(expect.arrayContaining(["request_callback"]));
    expect(offeredActions(emergency)).not.toEqual(expect.arrayContaining(["book_assessment"]));
    expect(offeredActions(emergency)).not.toEqual(expect.arrayContaining(["discovery_call"]));
  });

  it("the visitor's conversation, read back, says whether a request was sent and carries the booking link", async () => {
    const { test } = await setup();
    await test.db
      .update(clinics)
      .set({ bookingProvider: "calendly", bookingUrl: "https://calendly.com/stride/assessment" })
      .where(eq(clinics.id, test.demo.id));
    const client = await conversation(test, ROUTINE);
    const read = async () =>
      (await (
        await test.app.request(`/api/conversations/${client.id}`, {
          headers: { "x-visitor-token": client.token ?? "" },
        })
      ).json()) as { lead: { intent: string; bookingUrl?: string } | null };
    expect((await read()).lead).toBeNull();
    const created = (await (await postLead(test, client, { email: "sam@example.com" })).json()) as {
      bookingUrl: string;
    };
    expect((await read()).lead).toEqual({ intent: "book", bookingUrl: created.bookingUrl });
  });
});

describe("the phone rule", () => {
  it("accepts the ways people write numbers in the clinic's country, and international ones, and stores E.164", async () => {
    const { test } = await setup();
    const harbour = await insertClinic(test.db, { slug: "harbour", name: "Harbour PT", emergencyNumber: "999" });
    await test.db.update(clinics).set({ locale: "en-GB" }).where(eq(clinics.id, harbour.id));
    const cases: Array<[string | undefined, string, string]> = [
      [undefined, "(555) 010-2233", "+15550102233"],
      [undefined, "555.010.2233", "+15550102233"],
      [undefined, "1-555-010-2233", "+15550102233"],
      [undefined, "+44 20 7946 0958", "+442079460958"],
      ["harbour", "020 7946 0958", "+442079460958"],
      ["harbour", "+1 (555) 010-2233", "+15550102233"],
    ];
    for (const [clinic, typed, stored] of cases) {
      const client = await conversation(test, ROUTINE, clinic);
      const response = await postLead(test, client, { phone: typed });
      expect(response.status, typed).toBe(201);
      const { leadId } = (await response.json()) as { leadId: string };
      const [lead] = await test.db.select().from(leads).where(eq(leads.id, leadId));
      expect(lead?.phone, typed).toBe(stored);
    }
  });

  it("refuses what is not a reachable number with a message naming the phone number, and keeps nothing", async () => {
    const { test } = await setup();
    const client = await conversation(test, ROUTINE);
    const cases: Array<[string, RegExp]> = [
      ["call me maybe", /phone number should be digits/],
      ["555 0199", /phone number is too short: include the area code/],
      ["020 7946 0958 1234 5678", /phone number has too many digits/],
      ["+999 1234 5678", /phone number's country code/],
    ];
    for (const [typed, message] of cases) {
      const response = await postLead(test, client, { phone: typed });
      expect(response.status, typed).toBe(400);
      expect(await errorOf(response), typed).toMatchObject({
        code: "validation_failed",
        field: "phone",
        message: expect.stringMatching(message),
      });
    }
    expect(await test.db.select().from(leads)).toHaveLength(0);
  });

  it("a refused phone number does not use up the address's lead limit", async () => {
    const { test } = await setup({ env: { CHAT_RATE_LIMIT_PER_MINUTE: "100" }, clientAddress: () => "192.0.2.45" });
    const client = await conversation(test, ROUTINE);
    for (let attempt = 0; attempt < 8; attempt += 1)
      expect((await postLead(test, client, { phone: "555 0199" })).status).toBe(400);
    expect((await postLead(test, client, { phone: "555 010 0199" })).status).toBe(201);
  });
});

describe("one lead per conversation", () => {
  it("20 posts at once: one 201, nineteen 409, one lead and one alert", async () => {
    const { test } = await setup();
    const client = await conversation(test, URGENT);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        postLead(test, client, {
          intent: index % 2 === 0 ? "callback" : "book",
          name: `Sam ${index}`,
          phone: "(555) 010-2233",
        }),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, ...Array.from({ length: 19 }, () => 409)]);
    expect(await test.db.select().from(leads)).toHaveLength(1);
    expect(await test.db.select().from(alerts)).toHaveLength(1);
    const conflict = responses.find((response) => response.status === 409);
    expect((await errorOf(conflict as Response)).message).toMatch(/already has your details/);
  });
});

describe("the booking link in the 201 answer", () => {
  async function bookingClinic(test: TestApp, provider: "calcom" | "calendly", bookingUrl: string) {
    await test.db.update(clinics).set({ bookingProvider: provider, bookingUrl }).where(eq(clinics.id, test.demo.id));
  }

  async function bookedLead(test: TestApp) {
    const client = await conversation(test, URGENT);
    const response = await postLead(test, client, {
      name: "Sam Lee",
      email: "sam@example.com",
      phone: "(555) 010-2233",
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { leadId: string; bookingUrl: string };
    const [lead] = await test.db.select().from(leads).where(eq(leads.id, body.leadId));
    if (!lead?.leadRef) throw new Error("the lead has no reference");
    return { url: new URL(body.bookingUrl), lead, leadRef: lead.leadRef };
  }

  /** Nothing about the knee or the advice leaves in the link: only name, email and the reference. */
  function expectNoClinicalWords(url: URL, lead: { level: string | null; intakeSummary: string | null }) {
    const text = decodeURIComponent(url.toString()).toLowerCase();
    for (const word of ["knee", "ski", "urgent", "triage", "pain", "swell", "injury", String(lead.level)])
      expect(text).not.toContain(word);
    expect([...url.searchParams.keys()].sort()).toEqual(expect.arrayContaining(["email", "name"]));
  }

  it("Cal.com: prefilled name and email, metadata[lead] = the lead's opaque reference", async () => {
    const { test } = await setup();
    await bookingClinic(test, "calcom", "https://cal.com/stride/assessment");
    const { url, lead, leadRef } = await bookedLead(test);
    expect(url.origin + url.pathname).toBe("https://cal.com/stride/assessment");
    expect(url.searchParams.get("metadata[lead]")).toBe(leadRef);
    expect(url.searchParams.get("name")).toBe("Sam Lee");
    expect(url.searchParams.get("email")).toBe("sam@example.com");
    expect(leadRef).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expectNoClinicalWords(url, lead);
  });

  it("Calendly: prefilled name and email, utm_content = the lead's opaque reference", async () => {
    const { test } = await setup();
    await bookingClinic(test, "calendly", "https://calendly.com/stride/assessment");
    const { url, lead, leadRef } = await bookedLead(test);
    expect(url.searchParams.get("utm_content")).toBe(leadRef);
    expect(url.searchParams.get("name")).toBe("Sam Lee");
    expectNoClinicalWords(url, lead);
  });

  it("every lead gets its own reference", async () => {
    const { test } = await setup();
    await bookingClinic(test, "calendly", "https://calendly.com/stride/assessment");
    const first = await bookedLead(test);
    const second = await bookedLead(test);
    expect(first.leadRef).not.toBe(second.leadRef);
  });
});

describe("a lead for someone else's knee (issue 16.5)", () => {
  it("records the patient apart from the contact: the visitor is the contact, the child is the patient", async () => {
    const { test } = await setup();
    const client = new TestChatClient(test.app);
    await client.send();
    await client.send("My child");
    await client.send("she twisted her knee at netball yesterday and can't put weight on it");
    const response = await postLead(test, client, { phone: "(555) 010-2233", patientName: "Mia" });
    expect(response.status).toBe(201);
    const [lead] = await test.db.select().from(leads);
    expect(lead).toMatchObject({ name: "Sam Lee", phone: "+15550102233", patient: "child", patientName: "Mia" });
  });

  it("keeps a visitor's own lead as theirs, ignoring a patient name sent with it", async () => {
    const { test } = await setup();
    const client = await conversation(test, ROUTINE);
    const response = await postLead(test, client, { phone: "(555) 010-2233", patientName: "Someone" });
    expect(response.status).toBe(201);
    const [lead] = await test.db.select().from(leads);
    expect(lead).toMatchObject({ patient: "self", patientName: null });
  });
});
