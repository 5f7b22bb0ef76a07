import { describe, expect, it } from "vitest";
import { useClockedClinics } from "../staff/staff-helpers.js";
import {
  SECRET_DEMO,
  SECRET_HARBOUR,
  bookingTrail,
  calendlyBody,
  calendlyHeaders,
  leadRow,
  leadWithRef,
  post,
  useProvider,
} from "./booking-helpers.js";

const setupClinics = useClockedClinics();
const CALENDLY = "/api/bookings/calendly/demo";

async function setup() {
  const { test, clock } = await setupClinics();
  await useProvider(test, test.demo, "calendly", SECRET_DEMO, clock.now);
  const lead = await leadWithRef(test);
  const nowSeconds = () => Math.floor(clock.now / 1000);
  return { test, clock, lead, nowSeconds };
}

describe("Calendly booking webhooks", () => {
  it("book the lead named by tracking.utm_content at the scheduled start, audited, with a lead.booked webhook", async () => {
    const { test, lead, nowSeconds } = await setup();
    const body = calendlyBody("invitee.created", {
      id: "A",
      startTime: "2026-03-05T15:00:00.000000Z",
      leadRef: lead.leadRef,
    });
    const response = await post(test, CALENDLY, body, calendlyHeaders(SECRET_DEMO, body, nowSeconds()));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      matched: true,
      leadId: lead.leadId,
      status: "booked",
      appointmentAt: "2026-03-05T15:00:00.000Z",
    });
    const trail = await bookingTrail(test, lead.leadId);
    expect(trail.audits).toEqual([
      {
        action: "lead_booked",
        detail: { provider: "calendly", from: "new", to: "booked", appointmentAt: "2026-03-05T15:00:00.000Z" },
      },
    ]);
    expect(trail.outbox).toEqual([
      {
        event: "lead.booked",
        clinicId: test.demo.id,
        data: expect.objectContaining({ leadId: lead.leadId, provider: "calendly" }),
      },
    ]);
  });

  it("refuse a signature older than five minutes with 401, and take one just inside the window", async () => {
    const { test, lead, nowSeconds } = await setup();
    const body = calendlyBody("invitee.created", {
      id: "A",
      startTime: "2026-03-05T15:00:00.000000Z",
      leadRef: lead.leadRef,
    });
    expect((await post(test, CALENDLY, body, calendlyHeaders(SECRET_DEMO, body, nowSeconds() - 301))).status).toBe(401);
    expect((await post(test, CALENDLY, body, calendlyHeaders(SECRET_DEMO, body, nowSeconds() + 301))).status).toBe(401);
    expect((await leadRow(test, lead.leadId)).status).toBe("new");
    expect(await bookingTrail(test, lead.leadId)).toEqual({ audits: [], outbox: [], deliveries: 0 });
    expect((await post(test, CALENDLY, body, calendlyHeaders(SECRET_DEMO, body, nowSeconds() - 299))).status).toBe(200);
    expect((await leadRow(test, lead.leadId)).status).toBe("booked");
  });

  it("refuse a tampered body, a missing header, a timestamp swapped after signing, and another clinic's key", async () => {
    const { test, lead, nowSeconds } = await setup();
    const body = calendlyBody("invitee.created", {
      id: "A",
      startTime: "2026-03-05T15:00:00.000000Z",
      leadRef: lead.leadRef,
    });
    const signed = calendlyHeaders(SECRET_DEMO, body, nowSeconds());
    expect((await post(test, CALENDLY, body.replace("15:00:00", "16:00:00"), signed)).status).toBe(401);
    expect((await post(test, CALENDLY, body, {})).status).toBe(401);
    const swapped = {
      "calendly-webhook-signature": (signed["calendly-webhook-signature"] ?? "").replace(
        `t=${nowSeconds()}`,
        `t=${nowSeconds() - 10}`,
      ),
    };
    expect((await post(test, CALENDLY, body, swapped)).status).toBe(401);
    expect((await post(test, CALENDLY, body, calendlyHeaders(SECRET_HARBOUR, body, nowSeconds()))).status).toBe(401);
    expect((await leadRow(test, lead.leadId)).status).toBe("new");
    expect(await bookingTrail(test, lead.leadId)).toEqual({ audits: [], outbox: [], deliveries: 0 });
  });

  it("answer a redelivery (a new signature, the same invitee and event) 200 and change nothing", async () => {
    const { test, clock, lead, nowSeconds } = await setup();
    const body = calendlyBody("invitee.created", {
      id: "A",
      startTime: "2026-03-05T15:00:00.000000Z",
      leadRef: lead.leadRef,
    });
    await post(test, CALENDLY, body, calendlyHeaders(SECRET_DEMO, body, nowSeconds()));
    clock.now += 60_000;
    const again = await post(test, CALENDLY, body, calendlyHeaders(SECRET_DEMO, body, nowSeconds()));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ matched: true, duplicate: true });
    const trail = await bookingTrail(test, lead.leadId);
    expect([trail.audits.length, trail.outbox.length, trail.deliveries]).toEqual([1, 1, 1]);
  });

  it.each(["cancel-first", "create-first"] as const)(
    "move the appointment on a reschedule, whichever of Calendly's two deliveries comes first (%s)",
    async (order) => {
      const { test, lead, nowSeconds } = await setup();
      const first = calendlyBody("invitee.created", {
        id: "A",
        startTime: "2026-03-05T15:00:00.000000Z",
        leadRef: lead.leadRef,
      });
      await post(test, CALENDLY, first, calendlyHeaders(SECRET_DEMO, first, nowSeconds()));
      const oldHalf = calendlyBody("invitee.canceled", {
        id: "A",
        startTime: "2026-03-05T15:00:00.000000Z",
        leadRef: lead.leadRef,
        rescheduled: true,
      });
      const newHalf = calendlyBody("invitee.created", {
        id: "B",
        startTime: "2026-03-10T13:30:00.000000Z",
        leadRef: lead.leadRef,
        oldInvitee: "https://api.calendly.com/scheduled_events/EV-A/invitees/INV-A",
      });
      const deliveries = order === "cancel-first" ? [oldHalf, newHalf] : [newHalf, oldHalf];
      for (const body of deliveries)
        expect((await post(test, CALENDLY, body, calendlyHeaders(SECRET_DEMO, body, nowSeconds()))).status).toBe(200);
      const row = await leadRow(test, lead.leadId);
      expect([order, row.status, row.appointmentAt]).toEqual([order, "booked", Date.parse("2026-03-10T13:30:00.000Z")]);
      const trail = await bookingTrail(test, lead.leadId);
      expect(trail.audits.map((entry) => entry.action)).toEqual(["lead_booked", "lead_booking_rescheduled"]);
      expect(trail.outbox.map((entry) => entry.event)).toEqual(["lead.booked", "lead.booked"]);
    },
  );

  it("on invitee.canceled, put the lead back to new with no appointment and send lead.booking_cancelled", async () => {
    const { test, lead, nowSeconds } = await setup();
    const created = calendlyBody("invitee.created", {
      id: "A",
      startTime: "2026-03-05T15:00:00.000000Z",
      leadRef: lead.leadRef,
    });
    await post(test, CALENDLY, created, calendlyHeaders(SECRET_DEMO, created, nowSeconds()));
    const canceled = calendlyBody("invitee.canceled", {
      id: "A",
      startTime: "2026-03-05T15:00:00.000000Z",
      leadRef: lead.leadRef,
    });
    expect(
      await (await post(test, CALENDLY, canceled, calendlyHeaders(SECRET_DEMO, canceled, nowSeconds()))).json(),
    ).toMatchObject({ matched: true, status: "new", appointmentAt: null });
    const trail = await bookingTrail(test, lead.leadId);
    expect(trail.audits.map((entry) => entry.action)).toEqual(["lead_booked", "lead_booking_cancelled"]);
    expect(trail.outbox.map((entry) => entry.event)).toEqual(["lead.booked", "lead.booking_cancelled"]);
  });

  it("find the lead by payload.email when the link's utm_content was lost", async () => {
    const { test, lead, nowSeconds } = await setup();
    const body = calendlyBody("invitee.created", {
      id: "A",
      startTime: "2026-03-05T15:00:00.000000Z",
      email: "DANA@example.com",
    });
    expect(
      await (await post(test, CALENDLY, body, calendlyHeaders(SECRET_DEMO, body, nowSeconds()))).json(),
    ).toMatchObject({ matched: true, leadId: lead.leadId });
    const stranger = calendlyBody("invitee.created", {
      id: "Z",
      startTime: "2026-03-05T15:00:00.000000Z",
      email: "stranger@example.com",
    });
    expect(
      await (await post(test, CALENDLY, stranger, calendlyHeaders(SECRET_DEMO, stranger, nowSeconds()))).json(),
    ).toEqual({ matched: false });
  });

  it("answer 404 for an unknown clinic, and never book another clinic's lead with this clinic's key", async () => {
    const { test, clock, lead, nowSeconds } = await setup();
    await useProvider(test, test.other, "calendly", SECRET_HARBOUR, clock.now);
    const harbourLead = await leadWithRef(test, { clinic: "harbour", email: "sam@example.com" });
    const body = calendlyBody("invitee.created", {
      id: "H",
      startTime: "2026-03-05T15:00:00.000000Z",
      leadRef: harbourLead.leadRef,
      email: "sam@example.com",
    });
    expect(
      (await post(test, "/api/bookings/calendly/nowhere", body, calendlyHeaders(SECRET_DEMO, body, nowSeconds())))
        .status,
    ).toBe(404);
    expect(
      (await post(test, "/api/bookings/calendly/harbour", body, calendlyHeaders(SECRET_DEMO, body, nowSeconds())))
        .status,
    ).toBe(401);
    expect(await (await post(test, CALENDLY, body, calendlyHeaders(SECRET_DEMO, body, nowSeconds()))).json()).toEqual({
      matched: false,
    });
    expect((await leadRow(test, harbourLead.leadId)).status).toBe("new");
    expect((await leadRow(test, lead.leadId)).status).toBe("new");
    expect(
      await (
        await post(test, "/api/bookings/calendly/harbour", body, calendlyHeaders(SECRET_HARBOUR, body, nowSeconds()))
      ).json(),
    ).toMatchObject({ matched: true, leadId: harbourLead.leadId });
  });
});
