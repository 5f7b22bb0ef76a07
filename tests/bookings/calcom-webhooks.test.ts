import { describe, expect, it } from "vitest";
import { useClockedClinics } from "../staff/staff-helpers.js";
import {
  SECRET_DEMO,
  SECRET_HARBOUR,
  allDeliveries,
  bookingTrail,
  calcomBody,
  calcomHeaders,
  leadRow,
  leadWithRef,
  post,
  useProvider,
} from "./booking-helpers.js";

const setupClinics = useClockedClinics();
const CALCOM = "/api/bookings/calcom/demo";

async function setup() {
  const { test, clock } = await setupClinics();
  await useProvider(test, test.demo, "calcom", SECRET_DEMO, clock.now);
  const lead = await leadWithRef(test);
  return { test, clock, lead };
}

describe("Cal.com booking webhooks", () => {
  it("book the lead named by metadata.lead: status booked at the start time, an audit entry and a lead.booked webhook", async () => {
    const { test, lead } = await setup();
    const body = calcomBody("BOOKING_CREATED", {
      uid: "bk_1",
      startTime: "2026-03-05T14:00:00.000Z",
      leadRef: lead.leadRef,
    });
    const response = await post(test, CALCOM, body, calcomHeaders(SECRET_DEMO, body));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      matched: true,
      leadId: lead.leadId,
      status: "booked",
      appointmentAt: "2026-03-05T14:00:00.000Z",
    });
    const row = await leadRow(test, lead.leadId);
    expect(row.status).toBe("booked");
    expect(row.appointmentAt).toBe(Date.parse("2026-03-05T14:00:00.000Z"));
    const trail = await bookingTrail(test, lead.leadId);
    expect(trail.audits).toEqual([
      {
        action: "lead_booked",
        detail: { provider: "calcom", from: "new", to: "booked", appointmentAt: "2026-03-05T14:00:00.000Z" },
      },
    ]);
    expect(trail.outbox).toEqual([
      {
        event: "lead.booked",
        clinicId: test.demo.id,
        data: expect.objectContaining({
          leadId: lead.leadId,
          appointmentAt: "2026-03-05T14:00:00.000Z",
          provider: "calcom",
        }),
      },
    ]);
  });

  it("refuse a body changed after signing with 401, and change nothing", async () => {
    const { test, lead } = await setup();
    const signed = calcomBody("BOOKING_CREATED", {
      uid: "bk_1",
      startTime: "2026-03-05T14:00:00.000Z",
      leadRef: lead.leadRef,
    });
    const tampered = signed.replace("2026-03-05T14:00:00.000Z", "2026-03-06T14:00:00.000Z");
    const response = await post(test, CALCOM, tampered, calcomHeaders(SECRET_DEMO, signed));
    expect(response.status).toBe(401);
    expect((await leadRow(test, lead.leadId)).status).toBe("new");
    expect(await bookingTrail(test, lead.leadId)).toEqual({ audits: [], outbox: [], deliveries: 0 });
    expect(await allDeliveries(test, test.demo.id)).toEqual([]);
  });

  it("refuse a missing signature, a signature made with another secret, and Cal.com's unsigned placeholder", async () => {
    const { test, lead } = await setup();
    const body = calcomBody("BOOKING_CREATED", {
      uid: "bk_1",
      startTime: "2026-03-05T14:00:00.000Z",
      leadRef: lead.leadRef,
    });
    expect((await post(test, CALCOM, body, {})).status).toBe(401);
    expect((await post(test, CALCOM, body, calcomHeaders(SECRET_HARBOUR, body))).status).toBe(401);
    expect((await post(test, CALCOM, body, { "x-cal-signature-256": "no-secret-provided" })).status).toBe(401);
    expect((await leadRow(test, lead.leadId)).status).toBe("new");
    // The same body with the right signature goes through.
    expect((await post(test, CALCOM, body, calcomHeaders(SECRET_DEMO, body))).status).toBe(200);
    expect((await leadRow(test, lead.leadId)).status).toBe("booked");
  });

  it("answer a duplicate delivery 200 and change nothing: one audit entry, one webhook", async () => {
    const { test, lead } = await setup();
    const body = calcomBody("BOOKING_CREATED", {
      uid: "bk_1",
      startTime: "2026-03-05T14:00:00.000Z",
      leadRef: lead.leadRef,
    });
    expect((await post(test, CALCOM, body, calcomHeaders(SECRET_DEMO, body))).status).toBe(200);
    const again = await post(test, CALCOM, body, calcomHeaders(SECRET_DEMO, body));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ matched: true, duplicate: true, leadId: lead.leadId });
    const trail = await bookingTrail(test, lead.leadId);
    expect(trail.audits).toHaveLength(1);
    expect(trail.outbox).toHaveLength(1);
    expect(trail.deliveries).toBe(1);
  });

  it("apply two copies of one delivery arriving together once", async () => {
    const { test, lead } = await setup();
    const body = calcomBody("BOOKING_CREATED", {
      uid: "bk_1",
      startTime: "2026-03-05T14:00:00.000Z",
      leadRef: lead.leadRef,
    });
    const answers = await Promise.all([1, 2, 3].map(() => post(test, CALCOM, body, calcomHeaders(SECRET_DEMO, body))));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    const trail = await bookingTrail(test, lead.leadId);
    expect(trail.audits).toHaveLength(1);
    expect(trail.outbox).toHaveLength(1);
  });

  it("move a booked lead to the rescheduled time, with its own audit entry and a lead.booked webhook saying rescheduled", async () => {
    const { test, lead } = await setup();
    const created = calcomBody("BOOKING_CREATED", {
      uid: "bk_1",
      startTime: "2026-03-05T14:00:00.000Z",
      leadRef: lead.leadRef,
    });
    await post(test, CALCOM, created, calcomHeaders(SECRET_DEMO, created));
    const moved = calcomBody("BOOKING_RESCHEDULED", {
      uid: "bk_2",
      rescheduleUid: "bk_1",
      startTime: "2026-03-09T16:30:00.000Z",
      leadRef: lead.leadRef,
    });
    const response = await post(test, CALCOM, moved, calcomHeaders(SECRET_DEMO, moved));
    expect(await response.json()).toMatchObject({
      matched: true,
      status: "booked",
      appointmentAt: "2026-03-09T16:30:00.000Z",
    });
    expect((await leadRow(test, lead.leadId)).appointmentAt).toBe(Date.parse("2026-03-09T16:30:00.000Z"));
    const trail = await bookingTrail(test, lead.leadId);
    expect(trail.audits.map((entry) => entry.action)).toEqual(["lead_booked", "lead_booking_rescheduled"]);
    expect(trail.outbox[1]).toMatchObject({
      event: "lead.booked",
      data: { appointmentAt: "2026-03-09T16:30:00.000Z", rescheduled: true },
    });
  });

  it("on cancel, put the lead back to new with no appointment, audited, with a lead.booking_cancelled webhook", async () => {
    const { test, lead } = await setup();
    const created = calcomBody("BOOKING_CREATED", {
      uid: "bk_1",
      startTime: "2026-03-05T14:00:00.000Z",
      leadRef: lead.leadRef,
    });
    await post(test, CALCOM, created, calcomHeaders(SECRET_DEMO, created));
    const cancelled = calcomBody("BOOKING_CANCELLED", {
      uid: "bk_1",
      startTime: "2026-03-05T14:00:00.000Z",
      leadRef: lead.leadRef,
    });
    const response = await post(test, CALCOM, cancelled, calcomHeaders(SECRET_DEMO, cancelled));
    expect(await response.json()).toMatchObject({ matched: true, status: "new", appointmentAt: null });
    const row = await leadRow(test, lead.leadId);
    expect([row.status, row.appointmentAt]).toEqual(["new", null]);
    const trail = await bookingTrail(test, lead.leadId);
    expect(trail.audits.map((entry) => entry.action)).toEqual(["lead_booked", "lead_booking_cancelled"]);
    expect(trail.outbox[1]).toMatchObject({
      event: "lead.booking_cancelled",
      data: { status: "new", appointmentAt: null, cancelledAppointmentAt: "2026-03-05T14:00:00.000Z" },
    });
  });

  it("on cancel, put a lead staff had contacted back to contacted", async () => {
    const { test, lead } = await setup();
    const { signIn, asStaff } = await import("../staff/staff-helpers.js");
    const owner = await signIn(test, "owner@demo.test");
    expect(
      (await asStaff(test, owner, "PATCH", `/api/staff/leads/${lead.leadId}`, { status: "contacted" })).status,
    ).toBe(200);
    const created = calcomBody("BOOKING_CREATED", {
      uid: "bk_1",
      startTime: "2026-03-05T14:00:00.000Z",
      leadRef: lead.leadRef,
    });
    await post(test, CALCOM, created, calcomHeaders(SECRET_DEMO, created));
    const cancelled = calcomBody("BOOKING_CANCELLED", {
      uid: "bk_1",
      startTime: "2026-03-05T14:00:00.000Z",
      leadRef: lead.leadRef,
    });
    await post(test, CALCOM, cancelled, calcomHeaders(SECRET_DEMO, cancelled));
    expect((await leadRow(test, lead.leadId)).status).toBe("contacted");
  });

  it("leave the current appointment alone when an older booking of the lead is cancelled", async () => {
    const { test, lead } = await setup();
    const first = calcomBody("BOOKING_CREATED", {
      uid: "bk_1",
      startTime: "2026-03-05T14:00:00.000Z",
      leadRef: lead.leadRef,
    });
    await post(test, CALCOM, first, calcomHeaders(SECRET_DEMO, first));
    const second = calcomBody("BOOKING_CREATED", {
      uid: "bk_2",
      startTime: "2026-03-12T14:00:00.000Z",
      leadRef: lead.leadRef,
    });
    await post(test, CALCOM, second, calcomHeaders(SECRET_DEMO, second));
    const cancelFirst = calcomBody("BOOKING_CANCELLED", {
      uid: "bk_1",
      startTime: "2026-03-05T14:00:00.000Z",
      leadRef: lead.leadRef,
    });
    expect(await (await post(test, CALCOM, cancelFirst, calcomHeaders(SECRET_DEMO, cancelFirst))).json()).toMatchObject(
      { matched: true, status: "booked", appointmentAt: "2026-03-12T14:00:00.000Z" },
    );
    const row = await leadRow(test, lead.leadId);
    expect([row.status, row.appointmentAt]).toEqual(["booked", Date.parse("2026-03-12T14:00:00.000Z")]);
  });

  it("find the lead by the attendee's email when the booking carries no lead reference (any letter case)", async () => {
    const { test, lead } = await setup();
    const body = calcomBody("BOOKING_CREATED", {
      uid: "bk_1",
      startTime: "2026-03-05T14:00:00.000Z",
      email: "Dana@Example.com",
    });
    expect(await (await post(test, CALCOM, body, calcomHeaders(SECRET_DEMO, body))).json()).toMatchObject({
      matched: true,
      leadId: lead.leadId,
    });
    expect((await leadRow(test, lead.leadId)).status).toBe("booked");
  });

  it("answer 200 {matched:false} for a booking that names no lead of the clinic, change nothing, and take its redelivery quietly", async () => {
    const { test, lead } = await setup();
    const body = calcomBody("BOOKING_CREATED", {
      uid: "bk_9",
      startTime: "2026-03-05T14:00:00.000Z",
      email: "someone.else@example.com",
      leadRef: "lr_unknown",
    });
    const response = await post(test, CALCOM, body, calcomHeaders(SECRET_DEMO, body));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ matched: false });
    expect(await (await post(test, CALCOM, body, calcomHeaders(SECRET_DEMO, body))).json()).toEqual({
      matched: false,
      duplicate: true,
    });
    expect((await leadRow(test, lead.leadId)).status).toBe("new");
    expect(await bookingTrail(test, lead.leadId)).toEqual({ audits: [], outbox: [], deliveries: 0 });
  });

  it("answer Cal.com's ping and other triggers 200 without touching a lead", async () => {
    const { test, lead } = await setup();
    const ping = JSON.stringify({
      triggerEvent: "PING",
      createdAt: "2026-03-02T09:00:00.000Z",
      payload: { type: "Test", title: "Test trigger event" },
    });
    const response = await post(test, CALCOM, ping, calcomHeaders(SECRET_DEMO, ping));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ matched: false, ignored: expect.stringContaining("PING") });
    expect((await leadRow(test, lead.leadId)).status).toBe("new");
  });

  it("answer 404 for an unknown clinic and for a clinic that uses another provider; 401 for a clinic without a secret", async () => {
    const { test, clock, lead } = await setup();
    const body = calcomBody("BOOKING_CREATED", {
      uid: "bk_1",
      startTime: "2026-03-05T14:00:00.000Z",
      leadRef: lead.leadRef,
    });
    expect(
      (await post(test, "/api/bookings/calcom/no-such-clinic", body, calcomHeaders(SECRET_DEMO, body))).status,
    ).toBe(404);
    expect((await post(test, "/api/bookings/calendly/demo", body, calcomHeaders(SECRET_DEMO, body))).status).toBe(404);
    // harbour has Cal.com chosen but no secret yet.
    const { runAdminCommand } = await import("../../src/staff/admin-commands.js");
    await runAdminCommand(
      test.db,
      [
        "set-clinic",
        "--slug",
        "harbour",
        "--booking-provider",
        "calcom",
        "--booking-url",
        "https://cal.com/harbour/visit",
      ],
      clock.now,
    );
    expect((await post(test, "/api/bookings/calcom/harbour", body, calcomHeaders(SECRET_DEMO, body))).status).toBe(401);
    expect((await leadRow(test, lead.leadId)).status).toBe("new");
  });

  it("never let one clinic's secret book another clinic's lead", async () => {
    const { test, clock, lead } = await setup();
    await useProvider(test, test.other, "calcom", SECRET_HARBOUR, clock.now);
    const harbourLead = await leadWithRef(test, { clinic: "harbour", email: "sam@example.com" });
    // Signed with the demo secret, sent to harbour's endpoint: refused.
    const forHarbour = calcomBody("BOOKING_CREATED", {
      uid: "bk_x",
      startTime: "2026-03-05T14:00:00.000Z",
      leadRef: harbourLead.leadRef,
      email: "sam@example.com",
    });
    expect(
      (await post(test, "/api/bookings/calcom/harbour", forHarbour, calcomHeaders(SECRET_DEMO, forHarbour))).status,
    ).toBe(401);
    // Signed with the demo secret, sent to demo's endpoint, naming harbour's lead: no such lead here.
    expect(await (await post(test, CALCOM, forHarbour, calcomHeaders(SECRET_DEMO, forHarbour))).json()).toEqual({
      matched: false,
    });
    expect((await leadRow(test, harbourLead.leadId)).status).toBe("new");
    expect((await leadRow(test, lead.leadId)).status).toBe("new");
    // Harbour's own secret books harbour's lead.
    expect(
      await (
        await post(test, "/api/bookings/calcom/harbour", forHarbour, calcomHeaders(SECRET_HARBOUR, forHarbour))
      ).json(),
    ).toMatchObject({ matched: true, leadId: harbourLead.leadId });
  });

  it("take the providers' application/json and refuse other body types with 415", async () => {
    const { test, lead } = await setup();
    const body = calcomBody("BOOKING_CREATED", {
      uid: "bk_1",
      startTime: "2026-03-05T14:00:00.000Z",
      leadRef: lead.leadRef,
    });
    const form = await test.app.request(CALCOM, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...calcomHeaders(SECRET_DEMO, body) },
      body,
    });
    expect(form.status).toBe(415);
    const json = await test.app.request(CALCOM, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8", ...calcomHeaders(SECRET_DEMO, body) },
      body,
    });
    expect(json.status).toBe(200);
  });
});
