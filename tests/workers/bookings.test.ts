import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { setClinicBooking } from "../../src/bookings/set-clinic-booking.js";
import { insertClinic } from "../../src/db/clinics.js";
import { auditLog, leads } from "../../src/db/schema.js";
import { TestChatClient } from "../helpers/chat-client.js";
import { newVisitorAddress, postJson, testDb, workerAsApp, workerFetch } from "./worker-fetch.js";

// A Cal.com booking webhook through the Worker's fetch handler and D1: verified with Web
// Crypto, applied in one D1 batch, and a duplicate refused by the delivery key.

const SECRET = "worker-booking-secret-0123456789";

async function clinicWithLead() {
  const slug = `wk-${crypto.randomUUID().slice(0, 8)}`;
  await insertClinic(testDb(), { slug, name: "Worker PT" });
  await setClinicBooking(
    testDb(),
    slug,
    { provider: "calcom", url: `https://cal.com/${slug}/visit`, secret: SECRET },
    Date.now(),
  );
  const address = newVisitorAddress();
  const client = new TestChatClient(workerAsApp(address), undefined, slug);
  await client.send();
  await client.send("My left knee aches after running for 3 weeks, I'm 34");
  const response = await postJson(
    "/api/leads",
    { conversationId: client.id, name: "Dana Visitor", email: "dana@example.com", consent: true },
    { "x-visitor-token": client.token ?? "" },
    address,
  );
  expect(response.status).toBe(201);
  const { id } = (await response.json()) as { id: string };
  const leadRef = `lr_worker_${id}`;
  await testDb().update(leads).set({ leadRef }).where(eq(leads.id, id));
  return { slug, leadId: id, leadRef, address };
}

function signedPost(path: string, body: string, secret: string, address: string) {
  return workerFetch(
    path,
    {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-cal-signature-256": createHmac("sha256", secret).update(body).digest("hex"),
      },
      body,
    },
    address,
  );
}

describe("booking webhooks on the Worker", () => {
  it("book the lead once for a signed Cal.com delivery and its duplicate; refuse a wrong signature", async () => {
    const { slug, leadId, leadRef, address } = await clinicWithLead();
    const body = JSON.stringify({
      triggerEvent: "BOOKING_CREATED",
      createdAt: "2026-03-02T09:00:00.000Z",
      payload: {
        uid: "bk_worker",
        startTime: "2026-03-05T14:00:00.000Z",
        endTime: "2026-03-05T14:45:00.000Z",
        attendees: [{ email: "dana@example.com", name: "Dana Visitor", timeZone: "UTC" }],
        metadata: { lead: leadRef },
      },
    });
    expect((await signedPost(`/api/bookings/calcom/${slug}`, body, "not-the-clinic-secret-000", address)).status).toBe(
      401,
    );
    expect((await testDb().select().from(leads).where(eq(leads.id, leadId)))[0]?.status).toBe("new");
    const first = await signedPost(`/api/bookings/calcom/${slug}`, body, SECRET, address);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ matched: true, status: "booked" });
    const again = await signedPost(`/api/bookings/calcom/${slug}`, body, SECRET, address);
    expect(await again.json()).toMatchObject({ duplicate: true });
    const [row] = await testDb().select().from(leads).where(eq(leads.id, leadId));
    expect([row?.status, row?.appointmentAt]).toEqual(["booked", Date.parse("2026-03-05T14:00:00.000Z")]);
    const audits = (await testDb().select().from(auditLog).where(eq(auditLog.target, leadId))).filter(
      (entry) => entry.action === "lead_booked",
    );
    expect(audits).toHaveLength(1);
  });
});
