import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { findClinicById } from "../../src/db/clinics.js";
import { clinics, conversations, leads, staffUsers } from "../../src/db/schema.js";
import {
  asStaff,
  conversationWithLead,
  createTwoClinics,
  postForm,
  signIn,
  type StaffSession,
  type TestApp,
} from "./staff-helpers.js";

// Every staff endpoint is scoped to the signed-in member's clinic: another clinic's ids answer
// 404 and its data never appears in a list, an export or a figure.

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function demoDataAndHarbourSession() {
  const test = await createTwoClinics();
  cleanup = test.close;
  await test.db
    .update(clinics)
    .set({ webhookUrl: "https://hooks.demo.test/in", webhookSecret: "whsec_demo" })
    .where(eq(clinics.id, test.demo.id));
  const demo = await conversationWithLead(test, { lead: { name: "Demo Patient", email: "demo.patient@example.com" } });
  const harbour = await signIn(test, "owner@harbour.test");
  return { test, demo, harbour };
}

async function expectNoDemoData(response: Response) {
  const text = await response.text();
  expect(text).not.toContain("Demo Patient");
  expect(text).not.toContain("demo.patient@example.com");
  return text;
}

async function harbourSees(test: TestApp, session: StaffSession, method: string, path: string, body?: unknown) {
  return asStaff(test, session, method, path, body);
}

describe("a staff member sees only their own clinic", () => {
  it("another clinic's conversation answers 404 on the API, the page, the transcript export and the review stamp", async () => {
    const { test, demo, harbour } = await demoDataAndHarbourSession();
    for (const [method, path] of [
      ["GET", `/api/staff/conversations/${demo.conversationId}`],
      ["GET", `/api/staff/conversations/${demo.conversationId}/transcript?format=text`],
      ["GET", `/api/staff/conversations/${demo.conversationId}/transcript?format=json`],
      ["POST", `/api/staff/conversations/${demo.conversationId}/review`],
      ["GET", `/staff/conversations/${demo.conversationId}`],
    ] as const) {
      const response = await harbourSees(test, harbour, method, path);
      expect(response.status, `${method} ${path}`).toBe(404);
      await expectNoDemoData(response);
    }
    const review = await postForm(test, harbour, `/staff/conversations/${demo.conversationId}/review`, {
      _csrf: harbour.csrfToken,
    });
    expect(review.status).toBe(404);
    const [row] = await test.db.select().from(conversations).where(eq(conversations.id, demo.conversationId));
    expect(row?.reviewedAt).toBeNull();
  });

  it("another clinic's lead cannot be changed through the API or the form", async () => {
    const { test, demo, harbour } = await demoDataAndHarbourSession();
    const patch = await harbourSees(test, harbour, "PATCH", `/api/staff/leads/${demo.leadId}`, {
      status: "booked",
      notes: "hijacked",
    });
    expect(patch.status).toBe(404);
    const form = await postForm(test, harbour, `/staff/leads/${demo.leadId}`, {
      _csrf: harbour.csrfToken,
      status: "closed",
      notes: "hijacked",
    });
    expect(form.status).toBe(404);
    const [lead] = await test.db.select().from(leads).where(eq(leads.id, demo.leadId));
    expect(lead?.status).toBe("new");
    expect(lead?.notes).toBe("");
  });

  it("lists, searches, the CSV export, the funnel and the webhook log hold none of another clinic's data", async () => {
    const { test, harbour } = await demoDataAndHarbourSession();
    const conversationsList = (await (
      await harbourSees(test, harbour, "GET", "/api/staff/conversations?q=Demo")
    ).json()) as { items: unknown[]; total: number };
    expect(conversationsList).toMatchObject({ items: [], total: 0 });
    const all = (await (await harbourSees(test, harbour, "GET", "/api/staff/conversations")).json()) as {
      total: number;
    };
    expect(all.total).toBe(0);
    const leadList = (await (await harbourSees(test, harbour, "GET", "/api/staff/leads")).json()) as { total: number };
    expect(leadList.total).toBe(0);
    const csv = await expectNoDemoData(await harbourSees(test, harbour, "GET", "/api/staff/leads.csv"));
    expect(csv.trim().split("\r\n")).toHaveLength(1);
    const funnel = (await (await harbourSees(test, harbour, "GET", "/api/staff/funnel")).json()) as {
      steps: Array<{ count: number }>;
    };
    expect(funnel.steps.every((step) => step.count === 0)).toBe(true);
    const webhooks = (await (await harbourSees(test, harbour, "GET", "/api/staff/webhooks")).json()) as {
      events: unknown[];
      webhookUrl: string | null;
    };
    expect(webhooks).toEqual({ events: [], webhookUrl: null });
    for (const page of [
      "/staff",
      "/staff?q=Demo",
      "/staff/leads",
      "/staff/safety",
      "/staff/funnel",
      "/staff/webhooks",
      "/staff/audit",
      "/staff/team",
      "/staff/settings",
    ]) {
      const response = await harbourSees(test, harbour, "GET", page);
      expect(response.status, page).toBe(200);
      const text = await expectNoDemoData(response);
      expect(text).not.toContain("hooks.demo.test");
      expect(text).not.toContain("owner@demo.test");
    }
  });

  it("settings, secret rotation and team changes touch only the member's own clinic", async () => {
    const { test, harbour } = await demoDataAndHarbourSession();
    const before = await test.db.select().from(clinics).where(eq(clinics.id, test.demo.id));
    const saved = await postForm(test, harbour, "/staff/settings", {
      _csrf: harbour.csrfToken,
      name: "Harbour PT",
      brandColor: "#1e40af",
      greeting: "Hello from the harbour",
      phone: "",
      bookingUrl: "",
      emergencyNumber: "000",
      allowedOrigins: "",
      retentionDays: "30",
      webhookUrl: "",
    });
    expect(saved.status).toBe(303);
    expect(await postForm(test, harbour, "/staff/settings/rotate-secret", { _csrf: harbour.csrfToken })).toHaveProperty(
      "status",
      303,
    );
    const after = await test.db.select().from(clinics).where(eq(clinics.id, test.demo.id));
    expect(after).toEqual(before);
    expect((await findClinicById(test.db, test.other.id))?.greeting).toBe("Hello from the harbour");

    const [demoOwner] = await test.db.select().from(staffUsers).where(eq(staffUsers.email, "owner@demo.test"));
    const disable = await postForm(test, harbour, `/staff/team/${demoOwner?.id}/disable`, { _csrf: harbour.csrfToken });
    expect(disable.status).toBe(404);
    const [still] = await test.db.select().from(staffUsers).where(eq(staffUsers.email, "owner@demo.test"));
    expect(still?.disabledAt).toBeNull();
  });

  it("the demo clinic's own owner does see the data the other clinic could not", async () => {
    const { test, demo } = await demoDataAndHarbourSession();
    const session = await signIn(test, "owner@demo.test");
    expect((await asStaff(test, session, "GET", `/api/staff/conversations/${demo.conversationId}`)).status).toBe(200);
    expect(await (await asStaff(test, session, "GET", "/api/staff/leads.csv")).text()).toContain("Demo Patient");
  });
});
