import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, leads, webhookOutbox } from "../../src/db/schema.js";
import { canMove } from "../../src/staff/lead-updates.js";
import { fitFor } from "../../src/staff/lead-fit.js";
import { TestChatClient } from "../helpers/chat-client.js";
import { postJson } from "../helpers/test-app.js";
import { asStaff, conversationWithLead, createTwoClinics, signIn, type TestApp } from "./staff-helpers.js";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function openConversation() {
  const test = await createTwoClinics();
  cleanup = test.close;
  const client = new TestChatClient(test.app);
  await client.send();
  await client.send("My right knee hurts on stairs since last month");
  return { test, client };
}

function postLead(test: TestApp, client: TestChatClient, body: Record<string, unknown>, token = client.token ?? "") {
  return postJson(
    test.app,
    "/api/leads",
    { conversationId: client.id, name: "Sam Lee", ...body },
    { "x-visitor-token": token },
  );
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; field?: string } }).error;
}

describe("POST /api/leads", () => {
  it("stores the contact with the intake summary, urgency and fit label, and answers 201 { leadId, bookingUrl } (id and status kept)", async () => {
    const { test, client } = await openConversation();
    const response = await postLead(test, client, {
      email: "sam@example.com",
      preferredTime: "after 5pm",
      consent: true,
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { leadId: string; id: string; status: string };
    expect(body).toEqual({
      leadId: expect.any(String),
      id: body.leadId,
      status: "new",
      intent: "book",
      bookingUrl: "https://example.com/book",
    });
    const [lead] = await test.db.select().from(leads).where(eq(leads.id, body.id));
    expect(lead).toMatchObject({
      clinicId: test.demo.id,
      conversationId: client.id,
      name: "Sam Lee",
      email: "sam@example.com",
      phone: null,
      preferredTime: "after 5pm",
      status: "new",
      fit: "good candidate for PT",
    });
    expect(lead?.level).toBeTruthy();
    expect(lead?.intakeSummary).toContain("Knee: right");
    expect(lead?.consentAt).toBeGreaterThan(0);
  });

  it("labels a lead from an emergency conversation 'sent to emergency care'", async () => {
    const test = await createTwoClinics();
    cleanup = test.close;
    const { leadId } = await conversationWithLead(test, {
      opening: "I fell off my bike and now my foot is cold and looks pale",
    });
    const [lead] = await test.db.select().from(leads).where(eq(leads.id, leadId));
    expect(lead).toMatchObject({ level: "emergency", fit: "sent to emergency care" });
    expect(lead?.intakeSummary).toMatch(/Triage: emergency/);
  });

  it("maps levels to fit labels, treating a red flag without a level as needing a doctor", () => {
    expect(fitFor({ level: "emergency", redFlag: true })).toBe("sent to emergency care");
    expect(fitFor({ level: "urgent", redFlag: true })).toBe("needs a doctor first");
    expect(fitFor({ level: "routine", redFlag: false })).toBe("good candidate for PT");
    expect(fitFor({ level: "self_care", redFlag: false })).toBe("good candidate for PT");
    expect(fitFor({ level: null, redFlag: false })).toBe("good candidate for PT");
    expect(fitFor({ level: null, redFlag: true })).toBe("needs a doctor first");
  });

  it("refuses a lead without consent, naming the consent field", async () => {
    const { test, client } = await openConversation();
    for (const consent of [false, "true", undefined]) {
      const response = await postLead(test, client, {
        email: "sam@example.com",
        ...(consent === undefined ? {} : { consent }),
      });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).field).toBe("consent");
    }
    expect(await test.db.select().from(leads)).toHaveLength(0);
  });

  it("refuses a lead with neither email nor phone, and treats empty boxes as not given", async () => {
    const { test, client } = await openConversation();
    const response = await postLead(test, client, { email: "", phone: "  ", consent: true });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.field).toBe("email");
    expect(error.message).toMatch(/phone/);
    expect((await postLead(test, client, { email: "", phone: "+44 20 7946 0000", consent: true })).status).toBe(201);
  });

  it("names the field of a malformed email, phone, name or an unknown field", async () => {
    const { test, client } = await openConversation();
    expect((await errorOf(await postLead(test, client, { email: "not-an-email", consent: true }))).field).toBe("email");
    expect((await errorOf(await postLead(test, client, { phone: "call me maybe", consent: true }))).field).toBe(
      "phone",
    );
    expect((await errorOf(await postLead(test, client, { name: " ", email: "a@b.co", consent: true }))).field).toBe(
      "name",
    );
    expect(
      (await errorOf(await postLead(test, client, { email: "a@b.co", consent: true, clinicId: "x" }))).message,
    ).toMatch(/clinicId/);
  });

  it("needs the conversation's own visitor token: wrong or missing is 403, an unknown conversation 404", async () => {
    const { test, client } = await openConversation();
    const other = new TestChatClient(test.app);
    await other.send();
    expect((await postLead(test, client, { email: "sam@example.com", consent: true }, other.token)).status).toBe(403);
    expect((await postLead(test, client, { email: "sam@example.com", consent: true }, "")).status).toBe(403);
    const unknown = await postJson(
      test.app,
      "/api/leads",
      { conversationId: "no-such-chat", name: "Sam", email: "sam@example.com", consent: true },
      { "x-visitor-token": client.token ?? "" },
    );
    expect(unknown.status).toBe(404);
    expect(await test.db.select().from(leads)).toHaveLength(0);
  });

  it("takes one lead per conversation; a second answers 409", async () => {
    const { test, client } = await openConversation();
    expect((await postLead(test, client, { email: "sam@example.com", consent: true })).status).toBe(201);
    expect((await postLead(test, client, { phone: "555 010 0199", consent: true })).status).toBe(409);
  });

  it("queues a lead.created webhook only when the clinic has a webhook URL", async () => {
    const { test, client } = await openConversation();
    await postLead(test, client, { email: "sam@example.com", consent: true });
    expect(await test.db.select().from(webhookOutbox)).toHaveLength(0);
  });
});

describe("the leads pipeline", () => {
  it("moves forward (skipping is fine), can close, reopens a closed lead as new, and refuses going backwards", () => {
    expect(canMove("new", "booked")).toBe(true);
    expect(canMove("booked", "attended")).toBe(true);
    expect(canMove("contacted", "closed")).toBe(true);
    expect(canMove("closed", "new")).toBe(true);
    expect(canMove("booked", "contacted")).toBe(false);
    expect(canMove("closed", "booked")).toBe(false);
  });

  it("PATCH changes status and notes, audits both, and explains a refused move", async () => {
    const test = await createTwoClinics();
    cleanup = test.close;
    const { leadId } = await conversationWithLead(test);
    const session = await signIn(test, "owner@demo.test");
    const contacted = await asStaff(test, session, "PATCH", `/api/staff/leads/${leadId}`, {
      status: "contacted",
      notes: "Left a voicemail",
    });
    expect(contacted.status).toBe(200);
    expect(await contacted.json()).toMatchObject({ status: "contacted", notes: "Left a voicemail" });
    expect((await asStaff(test, session, "PATCH", `/api/staff/leads/${leadId}`, { status: "booked" })).status).toBe(
      200,
    );
    const back = await asStaff(test, session, "PATCH", `/api/staff/leads/${leadId}`, { status: "new" });
    expect(back.status).toBe(409);
    expect((await errorOf(back)).message).toMatch(/cannot move from "booked" to "new"/);
    expect(
      (await errorOf(await asStaff(test, session, "PATCH", `/api/staff/leads/${leadId}`, { status: "won" }))).field,
    ).toBe("status");
    expect((await asStaff(test, session, "PATCH", `/api/staff/leads/${leadId}`, {})).status).toBe(400);
    const audit = await test.db.select().from(auditLog).where(eq(auditLog.target, leadId));
    expect(audit.map((entry) => entry.action).sort()).toEqual([
      "lead_notes_change",
      "lead_status_change",
      "lead_status_change",
    ]);
    const list = (await (await asStaff(test, session, "GET", "/api/staff/leads?status=booked")).json()) as {
      items: Array<{ id: string }>;
    };
    expect(list.items.map((item) => item.id)).toEqual([leadId]);
  });
});
