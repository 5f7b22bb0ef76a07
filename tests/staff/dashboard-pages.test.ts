import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { newId } from "../../src/db/database.js";
import { clinics, conversations, events } from "../../src/db/schema.js";
import { TestChatClient } from "../helpers/chat-client.js";
import { asStaff, conversationWithLead, createTwoClinics, postForm, signIn } from "./staff-helpers.js";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function setup() {
  const test = await createTwoClinics();
  cleanup = test.close;
  const session = await signIn(test, "owner@demo.test");
  return { test, session, page: async (path: string) => (await asStaff(test, session, "GET", path)).text() };
}

async function emergencyConversation(test: Awaited<ReturnType<typeof createTwoClinics>>) {
  const client = new TestChatClient(test.app);
  await client.send();
  await client.send("I fell and my kneecap is out and still stuck on the side");
  return client.id;
}

describe("the /staff dashboard", () => {
  it("sends a visitor without a session to the sign-in form, and back where they were going after it", async () => {
    const test = await createTwoClinics();
    cleanup = test.close;
    const redirect = await test.app.request("/staff/leads");
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get("location")).toBe("/staff/login?next=%2Fstaff%2Fleads");
    const form = await test.app.request("/staff/login?next=%2Fstaff%2Fleads");
    const html = await form.text();
    expect(html).toContain('<label for="email">Email</label>');
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";
    const cookie =
      form.headers
        .getSetCookie()
        .find((line) => line.startsWith("knee_login_csrf="))
        ?.split(";")[0] ?? "";
    const post = (next: string) =>
      test.app.request("/staff/login", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
        body: new URLSearchParams({
          _csrf: token,
          email: "owner@demo.test",
          password: "correct horse battery",
          next,
        }).toString(),
      });
    const signedIn = await post("/staff/leads");
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get("location")).toBe("/staff/leads");
    expect(signedIn.headers.getSetCookie().some((line) => line.startsWith("knee_staff="))).toBe(true);
    // Never an open redirect.
    expect((await post("https://evil.example/")).headers.get("location")).toBe("/staff");
    expect((await post("//evil.example")).headers.get("location")).toBe("/staff");
  });

  it("pages carry landmarks and security headers: no caching, no framing, no script", async () => {
    const { test, session } = await setup();
    const response = await asStaff(test, session, "GET", "/staff");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("content-security-policy")).toContain("script-src 'none'");
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<main id="main"');
    expect(html).toContain('<nav aria-label="Dashboard">');
    expect(html).toContain('href="#main">Skip to main content');
    expect(html).not.toContain("<script");
  });

  it("escapes what visitors typed, so a transcript cannot inject markup", async () => {
    const { test, page } = await setup();
    const { conversationId } = await conversationWithLead(test, {
      opening: "<script>alert('x')</script> my knee <b>hurts</b>",
      lead: { name: "<img src=x onerror=alert(1)>" },
    });
    for (const html of [
      await page("/staff"),
      await page(`/staff/conversations/${conversationId}`),
      await page("/staff/leads"),
    ]) {
      expect(html).not.toContain("<script>alert");
      expect(html).not.toContain("<img src=x");
      expect(html).not.toContain("<b>hurts");
    }
    expect(await page(`/staff/conversations/${conversationId}`)).toContain(
      "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
    );
  });

  it("filters conversations by level, lead status, red flag, dates and words, with pagination", async () => {
    const { test, session } = await setup();
    const calm = await conversationWithLead(test);
    const emergency = await emergencyConversation(test);
    const ids = async (query: string) =>
      (
        (await (await asStaff(test, session, "GET", `/api/staff/conversations${query}`)).json()) as {
          items: Array<{ id: string }>;
        }
      ).items.map((item) => item.id);
    expect(await ids("?level=emergency")).toEqual([emergency]);
    expect(await ids("?redFlag=true")).toEqual([emergency]);
    expect(await ids("?redFlag=false")).toEqual([calm.conversationId]);
    expect(await ids("?leadStatus=new")).toEqual([calm.conversationId]);
    expect(await ids("?leadStatus=none")).toEqual([emergency]);
    expect(await ids("?q=kneecap")).toEqual([emergency]);
    expect(await ids("?q=Dana")).toEqual([calm.conversationId]);
    expect(await ids("?q=50%25")).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await ids(`?from=${today}&to=${today}`)).sort()).toEqual([calm.conversationId, emergency].sort());
    expect(await ids("?to=2020-01-01")).toEqual([]);
    const pageOne = (await (await asStaff(test, session, "GET", "/api/staff/conversations?pageSize=1")).json()) as {
      items: unknown[];
      total: number;
    };
    expect(pageOne).toMatchObject({ total: 2, items: [expect.anything()] });
    const pageTwo = await ids("?pageSize=1&page=2");
    expect(pageTwo).toHaveLength(1);
    const bad = await asStaff(test, session, "GET", "/api/staff/conversations?level=severe");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe("level");
    const html = await (await asStaff(test, session, "GET", "/staff?level=emergency&pageSize=1")).text();
    expect(html).toContain('<option value="emergency" selected>');
    expect(html).toContain("Page 1 of 1");
  });

  it("shows the transcript beside the intake card, the rules that fired with the ruleset version, and the lead", async () => {
    const { test, page } = await setup();
    const { conversationId } = await conversationWithLead(test);
    const html = await page(`/staff/conversations/${conversationId}`);
    expect(html).toContain(
      "recorded: Age = <strong>34</strong> (visitor said: “My left knee aches after running for 3 weeks, I&#39;m 34”)",
    );
    expect(html).toMatch(/<dt>Age<\/dt><dd>34<span class="said">Visitor said: “My left knee aches/);
    expect(html).toMatch(/Ruleset version <strong>\d{4}\.\d+<\/strong>/);
    expect(html).toContain("Asked: ");
    expect(html).toContain("Dana Visitor");
    expect(html).toContain("good candidate for PT");
  });

  it("the safety queue lists emergency conversations until a clinician stamps them reviewed", async () => {
    const { test, session, page } = await setup();
    const emergency = await emergencyConversation(test);
    await conversationWithLead(test);
    const before = await page("/staff/safety");
    expect(before).toContain(`/staff/conversations/${emergency}`);
    expect(before).toContain("waiting for a clinician's review: 1.");
    const stamp = await postForm(test, session, `/staff/conversations/${emergency}/review`, {
      _csrf: session.csrfToken,
      returnTo: "/staff/safety",
    });
    expect(stamp.headers.get("location")).toBe("/staff/safety?notice=reviewed");
    expect(await page("/staff/safety?notice=reviewed")).toContain("Nothing is waiting for review.");
    const [row] = await test.db.select().from(conversations).where(eq(conversations.id, emergency));
    expect(row?.reviewedAt).not.toBeNull();
    expect(await page(`/staff/conversations/${emergency}`)).toContain("Reviewed by owner@demo.test");
  });

  it("the funnel counts widget opens, conversations, dispositions, leads and bookings, with an SVG chart", async () => {
    const { test, session, page } = await setup();
    const now = Date.now();
    await test.db
      .insert(events)
      .values([1, 2, 3, 4].map(() => ({ id: newId(), clinicId: test.demo.id, type: "widget_opened", createdAt: now })));
    await test.db
      .insert(events)
      .values({ id: newId(), clinicId: test.other.id, type: "widget_opened", createdAt: now });
    const { leadId } = await conversationWithLead(test);
    await asStaff(test, session, "PATCH", `/api/staff/leads/${leadId}`, { status: "booked" });
    const funnel = (await (await asStaff(test, session, "GET", "/api/staff/funnel")).json()) as {
      steps: Array<{ key: string; count: number }>;
    };
    expect(Object.fromEntries(funnel.steps.map((step) => [step.key, step.count]))).toMatchObject({
      widget_opened: 4,
      conversation_started: 1,
      lead: 1,
      booked: 1,
    });
    const html = await page("/staff/funnel");
    expect(html).toMatch(/<svg class="funnel-chart"[^>]*role="img"/);
    expect(html).toContain("<td>Widget opened</td><td>4</td>");
    expect((await asStaff(test, session, "GET", "/api/staff/funnel?from=2026-13-01")).status).toBe(400);
  });

  it("opening the chat is not a conversation: it is neither listed nor counted as started until the visitor says something", async () => {
    const { test, session } = await setup();
    const opened = new TestChatClient(test.app);
    await opened.send();
    const funnelOf = async () =>
      Object.fromEntries(
        (
          (await (await asStaff(test, session, "GET", "/api/staff/funnel")).json()) as {
            steps: Array<{ key: string; count: number }>;
          }
        ).steps.map((step) => [step.key, step.count]),
      );
    const listed = async () =>
      (
        (await (await asStaff(test, session, "GET", "/api/staff/conversations")).json()) as {
          items: Array<{ id: string }>;
        }
      ).items.map((item) => item.id);
    expect(await listed()).not.toContain(opened.id);
    expect((await funnelOf()).conversation_started).toBe(0);

    await opened.send("my knee hurts after running");
    await opened.send("34");
    expect(await listed()).toContain(opened.id);
    expect((await funnelOf()).conversation_started).toBe(1);
  });

  it("the settings form saves valid settings, shows the embed snippet, and puts an error next to the field", async () => {
    const { test, session, page } = await setup();
    const settings = await page("/staff/settings");
    expect(settings).toContain(
      "&lt;script src=&quot;http://localhost:8787/widget.js&quot; data-clinic=&quot;demo&quot; async&gt;&lt;/script&gt;",
    );
    const base = {
      _csrf: session.csrfToken,
      name: "Stride PT",
      brandColor: "#0f766e",
      greeting: "Hi there",
      phone: "+1 555 0100",
      bookingUrl: "https://stride.example/book",
      emergencyNumber: "911",
      allowedOrigins: "https://stride.example\nhttps://www.stride.example",
      retentionDays: "90",
      webhookUrl: "",
    };
    const pale = await postForm(test, session, "/staff/settings", { ...base, brandColor: "#fde68a" });
    expect(pale.status).toBe(400);
    const paleHtml = await pale.text();
    expect(paleHtml).toContain(
      'id="brandColor" name="brandColor" aria-describedby="brandColor-hint brandColor-error" aria-invalid="true" value="#fde68a"',
    );
    expect(paleHtml).toContain("too faint");
    const badOrigin = await postForm(test, session, "/staff/settings", {
      ...base,
      allowedOrigins: "https://stride.example/path",
    });
    expect(await badOrigin.text()).toContain('id="allowedOrigins-error"');
    expect((await postForm(test, session, "/staff/settings", base)).status).toBe(303);
    const [clinic] = await test.db.select().from(clinics).where(eq(clinics.id, test.demo.id));
    expect(clinic).toMatchObject({
      name: "Stride PT",
      retentionDays: 90,
      allowedOrigins: '["https://stride.example","https://www.stride.example"]',
      webhookSecret: null,
    });
    expect(await page("/staff/audit")).toContain("settings change");
  });

  it("a saved greeting and emergency number are what the very next chat uses", async () => {
    const { test, session } = await setup();
    const before = new TestChatClient(test.app);
    expect(JSON.stringify(await before.send())).toContain("Stride Physical Therapy assistant");
    const base = {
      _csrf: session.csrfToken,
      name: "Stride PT",
      brandColor: "#0f766e",
      phone: "",
      bookingUrl: "",
      allowedOrigins: "",
      retentionDays: "365",
      webhookUrl: "",
    };
    expect(
      (
        await postForm(test, session, "/staff/settings", {
          ...base,
          greeting: "Welcome to Stride PT's knee check.",
          emergencyNumber: "112",
        })
      ).status,
    ).toBe(303);
    const after = new TestChatClient(test.app);
    expect(JSON.stringify(await after.send())).toContain("Welcome to Stride PT's knee check.");
    const reply = await after.send("I have chest pain and my calf is swollen");
    expect(JSON.stringify(reply)).toContain("Call 112 now.");
  });
});
