import { describe, expect, it } from "vitest";
import { alertStatement } from "../../src/db/alerts.js";
import { alerts } from "../../src/db/schema.js";
import { TestChatClient } from "../helpers/chat-client.js";
import { postJson } from "../helpers/test-app.js";
import { asStaff, signIn } from "../staff/staff-helpers.js";
import { PUBLIC_URL, useAlertApp } from "./alert-test-app.js";

// Staff alert emails through a real SMTP server (issue 13 item 1): what the email says, who
// gets it, when it goes, and what the dashboard shows when it cannot go.

const setup = useAlertApp();

type AlertsBody = {
  alerts: Array<{
    id: string;
    kind: string;
    leadId?: string;
    conversationId: string;
    createdAt: string;
    mailStatus: string;
    mailedAt?: string;
    mailError?: string;
  }>;
};

async function alertsOf(
  test: Awaited<ReturnType<typeof setup>>["test"],
  email = "owner@demo.test",
): Promise<AlertsBody["alerts"]> {
  const response = await asStaff(test, await signIn(test, email), "GET", "/api/staff/alerts");
  expect(response.status).toBe(200);
  return ((await response.json()) as AlertsBody).alerts;
}

async function emergencyChat(test: Awaited<ReturnType<typeof setup>>["test"], clinic?: string) {
  const client = new TestChatClient(test.app, undefined, clinic);
  await client.send();
  await client.send("I fell off my bike and now   my foot is cold\nand looks pale");
  return client;
}

describe("an emergency in the chat", () => {
  it("is mailed at once to the clinic's alert addresses, in its time zone, with a link built from PUBLIC_URL and only the visitor's first words", async () => {
    const { test, smtp, configure } = await setup();
    await configure(test.demo.id, {
      alertEmails: JSON.stringify(["desk@stride-pt.example", "lead.physio@stride-pt.example"]),
      timeZone: "America/New_York",
    });
    const client = await emergencyChat(test);

    // No timer runs in this test: the email was sent by the chat turn's deliverSoon.
    const mail = await smtp.nextMail();
    expect(mail.to).toEqual(["desk@stride-pt.example", "lead.physio@stride-pt.example"]);
    expect(mail.from).toBe("alerts@stride-pt.example");
    expect(mail.subject).toBe("Emergency advised");
    expect(mail.text).toContain(`${PUBLIC_URL}/staff/conversations/${client.id}`);
    // 14:30 UTC on 2 March 2026 is 09:30 in New York (EST, UTC-5).
    expect(mail.text).toContain("When: 2026-03-02 09:30 (UTC-05:00) America/New_York");
    expect(mail.text).toContain("Level: Emergency");
    expect(mail.text).toContain('In their words: "I fell off my bike and now my foot is cold and looks pale"');
    expect(mail.text).toContain("call 911 now");
    // The chat was posted to http://clinic.test: the request's host never makes the link.
    expect(mail.text).not.toContain("clinic.test");
    // Nothing else clinical: no rule ids, no intake field names, no ruleset.
    expect(mail.text).not.toMatch(/\bE-[A-Z]|ruleset|intake|pulse|neurovascular/i);

    const [alert, ...others] = await alertsOf(test);
    expect(others).toHaveLength(0);
    expect(alert).toMatchObject({
      kind: "emergency",
      conversationId: client.id,
      mailStatus: "mailed",
      createdAt: "2026-03-02T14:30:00.000Z",
    });
    expect(alert?.mailedAt).toBe("2026-03-02T14:30:00.000Z");
    expect(alert?.mailError).toBeUndefined();
    expect(alert?.leadId).toBeUndefined();
  });

  it("raises one alert per conversation, however many turns follow, and one for each new conversation", async () => {
    const { test, smtp, configure, delivery } = await setup();
    await configure(test.demo.id, { alertEmails: JSON.stringify(["desk@stride-pt.example"]) });
    const client = await emergencyChat(test);
    await smtp.nextMail();
    await client.send("my foot is still cold, what do I do");
    await client.send("I have chest pain now too");
    await delivery.idle();
    expect(await alertsOf(test)).toHaveLength(1);
    // The database refuses a second emergency alert for the conversation, whoever writes it.
    await alertStatement(test.db, {
      clinicId: test.demo.id,
      kind: "emergency",
      conversationId: client.id,
      now: Date.now(),
    });
    expect(await test.db.select().from(alerts)).toHaveLength(1);

    const second = await emergencyChat(test);
    await smtp.nextMail(1);
    const listed = await alertsOf(test);
    expect(listed.map((alert) => alert.conversationId).sort()).toEqual([client.id, second.id].sort());
    expect(smtp.received).toHaveLength(2);
  });

  it("a routine conversation raises no alert and sends no mail", async () => {
    const { test, smtp, configure, delivery } = await setup();
    await configure(test.demo.id, { alertEmails: JSON.stringify(["desk@stride-pt.example"]) });
    const client = new TestChatClient(test.app);
    await client.send();
    await client.send("My left knee aches after running for 3 weeks, I'm 34");
    await delivery.idle();
    expect(await alertsOf(test)).toEqual([]);
    expect(smtp.received).toHaveLength(0);
  });
});

describe("lead and call-back alerts", () => {
  it.each([
    ["lead", "New lead", "My left knee aches after running for 3 weeks", { intent: "book" }],
    ["callback", "New call-back request", "I'm 55 and I twisted my knee skiing yesterday", { intent: "callback" }],
  ] as const)(
    "a %s posted by the visitor is mailed at once, naming the lead and how to reach them, and keeps the rest of the conversation out",
    async (kind, subject, opening, lead) => {
      const { test, smtp, configure } = await setup();
      await configure(test.demo.id, {
        alertEmails: JSON.stringify(["desk@stride-pt.example"]),
        timeZone: "Europe/London",
      });
      const client = new TestChatClient(test.app);
      await client.send();
      await client.send(opening);
      await client.send("I also take warfarin and had surgery on it in 2019");
      // The lead route writes the alert with the lead and asks for delivery at once.
      const response = await postJson(
        test.app,
        "/api/leads",
        {
          conversationId: client.id,
          name: "Dana Visitor",
          email: "dana@example.com",
          phone: "+1 555 010 0101",
          preferredTime: "weekday mornings",
          consent: true,
          ...lead,
        },
        { "x-visitor-token": client.token ?? "" },
      );
      expect(response.status).toBe(201);
      const { leadId } = (await response.json()) as { leadId: string };
      const mail = await smtp.nextMail();
      expect(mail.subject).toBe(subject);
      expect(mail.text).toContain("Name: Dana Visitor");
      expect(mail.text).toContain("Phone: +15550100101");
      expect(mail.text).toContain("Email: dana@example.com");
      expect(mail.text).toContain("Best time: weekday mornings");
      expect(mail.text).toContain(`In their words: "${opening}"`);
      expect(mail.text).toContain("When: 2026-03-02 14:30 (UTC) Europe/London");
      expect(mail.text).toContain(`${PUBLIC_URL}/staff/conversations/${client.id}`);
      expect(mail.text).not.toMatch(/warfarin|surgery|2019/);
      expect(await alertsOf(test)).toEqual([
        expect.objectContaining({ kind, leadId, conversationId: client.id, mailStatus: "mailed" }),
      ]);
    },
  );
});

describe("when the email cannot go", () => {
  it("a refused email is recorded, shown in the API and on the Alerts page, not retried before its time, then mailed on the next run", async () => {
    const { test, smtp, configure, delivery, clock, runAlertJob } = await setup();
    await configure(test.demo.id, { alertEmails: JSON.stringify(["desk@stride-pt.example"]) });
    smtp.state.refuse = true;
    await emergencyChat(test);
    await delivery.idle();
    expect(smtp.state.refused).toBe(1);

    const [failed] = await alertsOf(test);
    expect(failed).toMatchObject({ mailStatus: "pending", mailError: "The mail server refused the message." });
    expect(failed?.mailedAt).toBeUndefined();
    const session = await signIn(test, "owner@demo.test");
    const page = await (await asStaff(test, session, "GET", "/staff/alerts")).text();
    expect(page).toContain("The mail server refused the message.");
    expect(page).toContain("not sent yet");
    // The raw SMTP reply stays in the log, not on the page.
    expect(page).not.toContain("Mailbox unavailable");

    smtp.state.refuse = false;
    clock.now += 30_000;
    await runAlertJob();
    expect(smtp.received).toHaveLength(0);

    clock.now += 31_000;
    await runAlertJob();
    expect((await smtp.nextMail(0)).subject).toBe("Emergency advised");
    const [mailed] = await alertsOf(test);
    expect(mailed).toMatchObject({ mailStatus: "mailed", mailedAt: new Date(clock.now).toISOString() });
    expect(mailed?.mailError).toBeUndefined();
  });

  it("a mail server that is down is shown as unreachable, and the alert waits for its retry", async () => {
    const { test, smtp, configure, delivery } = await setup();
    await configure(test.demo.id, { alertEmails: JSON.stringify(["desk@stride-pt.example"]) });
    await smtp.close();
    await emergencyChat(test);
    await delivery.idle();
    const [alert] = await alertsOf(test);
    expect(alert).toMatchObject({
      mailStatus: "pending",
      mailError: "Could not reach the mail server. It will be tried again.",
    });
    expect((await test.db.select().from(alerts))[0]?.attempts).toBe(1);
  });

  it("gives up after six refusals and shows the alert as failed", async () => {
    const { test, smtp, configure, delivery, clock, runAlertJob } = await setup();
    await configure(test.demo.id, { alertEmails: JSON.stringify(["desk@stride-pt.example"]) });
    smtp.state.refuse = true;
    await emergencyChat(test);
    await delivery.idle();
    for (let attempt = 2; attempt <= 6; attempt += 1) {
      clock.now += 5 * 3_600_000;
      await runAlertJob();
    }
    expect(smtp.state.refused).toBe(6);
    const [alert] = await alertsOf(test);
    expect(alert).toMatchObject({ mailStatus: "failed", mailError: "The mail server refused the message." });
    clock.now += 24 * 3_600_000;
    await runAlertJob();
    expect(smtp.state.refused).toBe(6);
    const page = await (await asStaff(test, await signIn(test, "owner@demo.test"), "GET", "/staff/alerts")).text();
    expect(page).toContain("Given up after 6 attempts");
  });

  it("a clinic with no alert addresses gets no email, and the alert is still listed with mail off", async () => {
    const { test, smtp, delivery } = await setup();
    const client = await emergencyChat(test);
    await delivery.idle();
    expect(smtp.received).toHaveLength(0);
    expect(await alertsOf(test)).toEqual([
      expect.objectContaining({ kind: "emergency", conversationId: client.id, mailStatus: "off" }),
    ]);
  });

  it("without SMTP_URL nothing is mailed, and the alert is still listed", async () => {
    const { test, smtp, configure, delivery, mailer } = await setup({ mail: false });
    expect(mailer).toBeUndefined();
    await configure(test.demo.id, { alertEmails: JSON.stringify(["desk@stride-pt.example"]) });
    await emergencyChat(test);
    await delivery.idle();
    expect(smtp.received).toHaveLength(0);
    const [alert] = await alertsOf(test);
    expect(alert).toMatchObject({ kind: "emergency", mailStatus: "off" });
  });
});

describe("the alerts list", () => {
  it("is the signed-in clinic's own, newest first, and needs a session", async () => {
    const { test, delivery, clock } = await setup();
    const first = await emergencyChat(test);
    clock.now += 60_000;
    const second = await emergencyChat(test);
    const harbour = await emergencyChat(test, "harbour");
    await delivery.idle();
    expect((await alertsOf(test)).map((alert) => alert.conversationId)).toEqual([second.id, first.id]);
    expect((await alertsOf(test, "owner@harbour.test")).map((alert) => alert.conversationId)).toEqual([harbour.id]);
    expect((await test.app.request("/api/staff/alerts")).status).toBe(401);
  });

  it("the Alerts page is in the navigation and shows times in the clinic's time zone", async () => {
    const { test, delivery, configure } = await setup();
    await configure(test.demo.id, { timeZone: "Asia/Kolkata" });
    const client = await emergencyChat(test);
    await delivery.idle();
    const session = await signIn(test, "owner@demo.test");
    const conversations = await (await asStaff(test, session, "GET", "/staff")).text();
    expect(conversations).toContain('href="/staff/alerts"');
    const page = await (await asStaff(test, session, "GET", "/staff/alerts")).text();
    expect(page).toContain("Emergency advised");
    expect(page).toContain(`/staff/conversations/${client.id}`);
    // 14:30 UTC is 20:00 in India (UTC+05:30).
    expect(page).toContain("2026-03-02 20:00 (UTC+05:30)");
    expect(page).toContain("Mail is off");
  });
});
