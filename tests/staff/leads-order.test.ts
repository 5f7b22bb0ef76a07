import { describe, expect, it } from "vitest";
import { asStaff, conversationWithLead, signIn, useClockedClinics } from "./staff-helpers.js";

// The leads list in the order a front desk works: call-back requests not yet handled, then
// new leads by urgency, then what is already handled; newest first within each. And the
// contact details at the top of a conversation.

const setup = useClockedClinics();

const CALM = "My left knee aches after running for 3 weeks, I'm 34";
const URGENT = "I'm 55 and I twisted my knee skiing yesterday";
const EMERGENCY = "I fell off my bike and now my foot is cold and looks pale";

describe("the leads list", () => {
  it("puts new call-back requests first, then new leads by urgency and time, then handled ones, on the page and in the API", async () => {
    const { test, clock } = await setup();
    const session = await signIn(test, "owner@demo.test");
    const made: Record<string, { leadId: string; conversationId: string }> = {};
    const add = async (name: string, opening: string, lead: Record<string, unknown> = {}, handled = false) => {
      clock.now += 60_000;
      made[name] = await conversationWithLead(test, { opening, lead: { name, ...lead } });
      if (handled)
        expect(
          (await asStaff(test, session, "PATCH", `/api/staff/leads/${made[name]?.leadId}`, { status: "contacted" }))
            .status,
        ).toBe(200);
    };
    await add("Rita Calm", CALM);
    await add("Uma Urgent", URGENT);
    await add("Eve Emergency", EMERGENCY);
    await add("Cal Callback", URGENT, { intent: "callback", phone: "(555) 010-2233" });
    await add("Hal Handled", CALM, {}, true);
    await add("Cora Called", URGENT, { intent: "callback", phone: "(555) 010-4455" }, true);
    await add("Ned Calm", CALM);

    const expected = [
      "Cal Callback",
      "Eve Emergency",
      "Uma Urgent",
      "Ned Calm",
      "Rita Calm",
      "Cora Called",
      "Hal Handled",
    ];
    const api = (await (await asStaff(test, session, "GET", "/api/staff/leads")).json()) as {
      items: Array<{ name: string; level: string; intent: string; status: string }>;
    };
    expect(api.items.map((item) => item.name)).toEqual(expected);
    expect(api.items.map((item) => [item.level, item.intent, item.status])).toEqual([
      ["urgent", "callback", "new"],
      ["emergency", "book", "new"],
      ["urgent", "book", "new"],
      [api.items[3]?.level, "book", "new"],
      [api.items[3]?.level, "book", "new"],
      ["urgent", "callback", "contacted"],
      [api.items[3]?.level, "book", "contacted"],
    ]);
    expect(["routine", "self_care"]).toContain(api.items[3]?.level);

    const html = await (await asStaff(test, session, "GET", "/staff/leads")).text();
    const positions = expected.map((name) => html.indexOf(`<strong>${name}</strong>`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The intent is said in words on the row of each call-back request, and only there.
    expect(html.match(/Call back today/g)).toHaveLength(2);
    const calRow = html.slice(positions[0], positions[1]);
    expect(calRow).toContain("Call back today");
    expect(calRow).toContain('href="tel:+15550102233"');
    expect(html.slice(positions[1], positions[2])).not.toContain("Call back today");
  });

  it("shows the contact at the top of the conversation: name, the phone as a tel: link, the email and the request", async () => {
    const { test } = await setup();
    const session = await signIn(test, "owner@demo.test");
    const { conversationId } = await conversationWithLead(test, {
      opening: URGENT,
      lead: { name: "Cal Callback", intent: "callback", phone: "(555) 010-2233", email: "cal@example.com" },
    });
    const html = await (await asStaff(test, session, "GET", `/staff/conversations/${conversationId}`)).text();
    const contact = html.indexOf('id="contact-heading"');
    expect(contact).toBeGreaterThan(0);
    const contactCard = html.slice(contact, html.indexOf("</section>", contact));
    expect(contactCard).toContain("Cal Callback");
    expect(contactCard).toContain('<a href="tel:+15550102233">+15550102233</a>');
    expect(contactCard).toContain('<a href="mailto:cal@example.com">cal@example.com</a>');
    expect(contactCard).toContain("Call back today");
    // Before the transcript, not under it.
    expect(contact).toBeLessThan(html.indexOf('id="transcript-heading"'));

    const { conversationId: quiet } = await conversationWithLead(test, { opening: CALM });
    const withoutCallback = await (await asStaff(test, session, "GET", `/staff/conversations/${quiet}`)).text();
    expect(withoutCallback).toContain('id="contact-heading"');
    expect(withoutCallback).not.toContain("Call back today");
  });
});

describe("a front desk reads a lead at a glance", () => {
  it("each row says the problem in one line (the engine's reason and the visitor's own words), and the navigation counts new leads", async () => {
    const { test } = await setup();
    const session = await signIn(test, "owner@demo.test");
    await conversationWithLead(test, { opening: URGENT, lead: { name: "Uma Urgent" } });
    await conversationWithLead(test, { opening: CALM, lead: { name: "Rita Calm" } });
    const page = await (await asStaff(test, session, "GET", "/staff/leads")).text();
    const row = page.slice(page.indexOf("Uma Urgent"), page.indexOf("</tr>", page.indexOf("Uma Urgent")));
    expect(row).toContain("“I&#39;m 55 and I twisted my knee skiing yesterday”");
    expect(row).toMatch(/<span class="small">[^<]*twist/i);
    expect(page).toMatch(/Leads <span class="count">2<span class="visually-hidden"> new<\/span><\/span>/);

    const [uma] = (
      (await (await asStaff(test, session, "GET", "/api/staff/leads")).json()) as {
        items: Array<{ id: string; name: string }>;
      }
    ).items.filter((lead) => lead.name === "Uma Urgent");
    await asStaff(test, session, "PATCH", `/api/staff/leads/${uma?.id}`, { status: "contacted" });
    const after = await (await asStaff(test, session, "GET", "/staff/leads")).text();
    expect(after).toMatch(/Leads <span class="count">1<span/);
  });

  it("shows no count when every lead is handled", async () => {
    const { test } = await setup();
    const session = await signIn(test, "owner@demo.test");
    const page = await (await asStaff(test, session, "GET", "/staff/leads")).text();
    expect(page).not.toContain('class="count"');
  });
});
