import { describe, expect, it } from "vitest";
import { TestChatClient, textOf } from "../helpers/chat-client.js";
import { asStaff, signIn, useClockedClinics, type TestApp } from "./staff-helpers.js";

// Questions the articles could not answer reach the clinic's dashboard: the chat records each
// one with its turn, and the report groups them by wording, most asked first.

const setup = useClockedClinics();

async function ask(test: TestApp, question: string, clinic?: string): Promise<string> {
  const client = new TestChatClient(test.app, undefined, clinic);
  return textOf(await client.send(question));
}

interface Report {
  from: string;
  to: string;
  questions: Array<{ question: string; count: number; lastAskedAt: string }>;
}

describe("unanswered questions report", () => {
  it("lists what visitors asked that the articles could not answer, grouped by wording, with count and last asked", async () => {
    const { test, clock } = await setup();
    expect(await ask(test, "Is swimming good for bad knees??")).toContain(
      "I don't have information on that in our articles",
    );
    clock.now += 60 * 60 * 1000;
    await ask(test, "is swimming   good for bad knees");
    clock.now += 60 * 60 * 1000;
    await ask(test, "does glucosamine help my knees?");
    await ask(test, "should I ice it?");

    const session = await signIn(test, "owner@demo.test");
    const response = await asStaff(test, session, "GET", "/api/staff/unanswered-questions");
    expect(response.status).toBe(200);
    const report = (await response.json()) as Report;
    expect(report.questions).toEqual([
      {
        question: "is swimming good for bad knees",
        count: 2,
        lastAskedAt: new Date(Date.UTC(2026, 2, 2, 10, 0, 0)).toISOString(),
      },
      {
        question: "does glucosamine help my knees?",
        count: 1,
        lastAskedAt: new Date(Date.UTC(2026, 2, 2, 11, 0, 0)).toISOString(),
      },
    ]);
  });

  it("shows only the signed-in clinic's questions", async () => {
    const { test } = await setup();
    await ask(test, "is turmeric good for joint pain?", "harbour");
    await ask(test, "do compression socks help when running?");
    const demo = (await (
      await asStaff(test, await signIn(test, "owner@demo.test"), "GET", "/api/staff/unanswered-questions")
    ).json()) as Report;
    const harbour = (await (
      await asStaff(test, await signIn(test, "owner@harbour.test"), "GET", "/api/staff/unanswered-questions")
    ).json()) as Report;
    expect(demo.questions.map((item) => item.question)).toEqual(["do compression socks help when running?"]);
    expect(harbour.questions.map((item) => item.question)).toEqual(["is turmeric good for joint pain?"]);
  });

  it("keeps visitor words safe: the page escapes markup and long questions are cut to 200 characters", async () => {
    const { test } = await setup();
    expect(
      await ask(
        test,
        `<img src=x onerror=alert(1)> is cbd oil any good for sore joints, ${"really ".repeat(60)}truly?`,
      ),
    ).toContain("I don't have information");
    const session = await signIn(test, "owner@demo.test");
    const report = (await (await asStaff(test, session, "GET", "/api/staff/unanswered-questions")).json()) as Report;
    expect(Array.from(report.questions[0]?.question ?? "").length).toBe(200);

    const page = await asStaff(test, session, "GET", "/staff/unanswered");
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain("&lt;img src=x onerror=alert(1)&gt; is cbd oil any good for sore joints, really");
    expect(body).not.toContain("<img src=x");
    expect(body).toContain('href="/staff/unanswered" aria-current="page"');
  });

  it("needs a staff session", async () => {
    const { test } = await setup();
    const response = await test.app.request("/api/staff/unanswered-questions");
    expect(response.status).toBe(401);
  });
});
