import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { evaluate, type Intake } from "../../src/triage/index.js";
import { createTestApp, postJson } from "../helpers/test-app.js";
import { dispositionSchema } from "../triage/arbitraries.js";
import { answer, minorTwist, quietKnee } from "../triage/fixtures.js";

// POST /api/triage (spec §6): intake in, disposition out; bad input is a named 400, never a 5xx.

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
const opened: TestApp[] = [];

async function openApp(): Promise<TestApp> {
  const testApp = await createTestApp();
  opened.push(testApp);
  return testApp;
}

afterEach(() => {
  for (const testApp of opened.splice(0)) testApp.close();
});

interface ErrorBody {
  error: { code: string; message: string; requestId: string; field?: string };
}

async function expectError(response: Response, status: number, code: string): Promise<ErrorBody["error"]> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/application\/json/);
  const body = (await response.json()) as ErrorBody;
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error).toMatchObject({ code, message: expect.any(String), requestId: expect.any(String) });
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(body.error.requestId).toBe(response.headers.get("x-request-id"));
  return body.error;
}

function post(app: TestApp["app"], body: unknown) {
  return postJson(app, "/api/triage", body);
}

async function rowCounts(db: Database): Promise<Record<string, number>> {
  const tables = await db.all<{ name: string }>(
    sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.all<{ count: number }>(sql`select count(*) as count from ${sql.identifier(name)}`);
    counts[name] = row?.count ?? -1;
  }
  return counts;
}

describe("POST /api/triage", () => {
  it("answers a valid intake with the engine's disposition", async () => {
    const { app } = await openApp();
    const intake = answer(minorTwist, { age: 57, mechanism: "fall", tenderPatellaOnly: "yes" });
    const response = await post(app, intake);
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    dispositionSchema.parse(body);
    expect(body).toEqual(evaluate(intake));
    expect(body).toMatchObject({
      level: "urgent",
      action: "urgent_care_today",
      careSetting: "urgent_care",
      complete: true,
    });
  });

  it("answers an empty intake with an incomplete self-care disposition and the first questions", async () => {
    const { app } = await openApp();
    const response = await post(app, {});
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      level: "self_care",
      complete: false,
      missing: expect.arrayContaining(["injury", "age"]),
    });
  });

  it("answers an emergency intake with the emergency card before the interview is complete", async () => {
    const { app } = await openApp();
    const response = await post(app, { footColdPale: "unsure" });
    expect(await response.json()).toMatchObject({
      level: "emergency",
      action: "call_emergency_services",
      complete: false,
    });
  });

  it.each([
    ["a number sent as a string", { age: "40" }, "age"],
    ["a yes/no answer sent as a boolean", { footColdPale: true }, "footColdPale"],
    ["a yes/no/unsure answer of maybe", { locked: "maybe" }, "locked"],
    ["unsure on a yes/no-only question", { catching: "unsure" }, "catching"],
    ["an unknown swelling grade", { swelling: "huge" }, "swelling"],
    ["an age over 120", { age: 121 }, "age"],
    ["a negative age", { age: -1 }, "age"],
    ["a fractional age", { age: 40.5 }, "age"],
    ["a pain score of 11", { painScore: 11 }, "painScore"],
    ["a fractional pain score", { painScore: 3.5 }, "painScore"],
    ["a negative time since onset", { daysSinceOnset: -0.5 }, "daysSinceOnset"],
    ["a null answer", { injury: null }, "injury"],
    ["an unknown aggravator", { aggravators: ["flying"] }, "aggravators"],
    ["aggravators sent as a string", { aggravators: "stairs" }, "aggravators"],
    ["an activity longer than 200 characters", { activity: "x".repeat(201) }, "activity"],
    ["an unknown field", { ...quietKnee, favouriteColour: "blue" }, "favouriteColour"],
    ["a misspelt field", { footColdAndPale: "yes" }, "footColdAndPale"],
    ["a prototype-polluting field", JSON.parse('{"__proto__": {"level": "self_care"}}') as unknown, "__proto__"],
  ])("rejects %s with a 400 naming the field", async (_label, body, field) => {
    const { app } = await openApp();
    const error = await expectError(await post(app, body), 400, "validation_failed");
    expect(error.field).toMatch(new RegExp(`^${field.replace(/[$_]/g, "\\$&")}`));
    expect(error.message).toContain(field);
  });

  it.each([
    ["an array", "[]"],
    ["a string", '"my knee hurts"'],
    ["a number", "42"],
    ["null", "null"],
    ["true", "true"],
  ])("rejects %s as the body with a 400", async (_label, body) => {
    const { app } = await openApp();
    await expectError(await post(app, body), 400, "validation_failed");
  });

  it.each([
    ["malformed JSON", '{"age": 40,'],
    ["JSON with a trailing comma", '{"age": 40,}'],
    ["plain text", "my knee hurts"],
    ["an empty body", ""],
    ["a whitespace body", "   \n"],
  ])("rejects %s with a 400 bad request", async (_label, body) => {
    const { app } = await openApp();
    await expectError(await post(app, body), 400, "bad_request");
  });

  it("rejects a body over 64 KB with a 413", async () => {
    const { app } = await openApp();
    const body = JSON.stringify({ activity: "x".repeat(70 * 1024) });
    await expectError(await post(app, body), 413, "payload_too_large");
  });

  it("rejects a declared length over 64 KB with a 413 before reading the body", async () => {
    const { app } = await openApp();
    const response = await postJson(app, "/api/triage", "{}", { "content-length": String(65 * 1024 + 1) });
    await expectError(response, 413, "payload_too_large");
  });

  it("never answers random junk with a server error", async () => {
    const { app } = await openApp();
    const junk = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.json({ maxDepth: 3 }),
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
      fc
        .dictionary(
          fc.constantFrom("age", "injury", "painScore", "swelling", "aggravators", "activity", "x"),
          fc.jsonValue({ maxDepth: 2 }),
        )
        .map((value) => JSON.stringify(value)),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => new TextDecoder().decode(bytes)),
    );
    await fc.assert(
      fc.asyncProperty(junk, async (body) => {
        const response = await post(app, body);
        expect(response.status).toBeLessThan(500);
        expect([200, 400]).toContain(response.status);
        const parsed = (await response.json()) as Record<string, unknown>;
        if (response.status === 400)
          expect(parsed).toMatchObject({ error: { code: expect.any(String), requestId: expect.any(String) } });
        else dispositionSchema.parse(parsed);
      }),
      { numRuns: 300 },
    );
  });

  it("stores nothing: every table has the same row count before and after", async () => {
    const { app, db } = await openApp();
    const before = await rowCounts(db);
    expect(Object.keys(before).length).toBeGreaterThan(3);
    const bodies: unknown[] = [quietKnee, minorTwist, { footColdPale: "yes" }, { age: "x" }, "{oops", {}];
    for (const body of bodies) await post(app, body);
    expect(await rowCounts(db)).toEqual(before);
  });

  it("gives the same answer to the same intake every time", async () => {
    const { app } = await openApp();
    const intake: Intake = answer(quietKnee, { catching: "yes", painScore: 8 });
    const first = await (await post(app, intake)).json();
    const second = await (await post(app, intake)).json();
    expect(second).toEqual(first);
  });

  it("echoes a caller's request id in the error envelope", async () => {
    const { app } = await openApp();
    const response = await postJson(app, "/api/triage", { age: "x" }, { "x-request-id": "trace-123" });
    const error = await expectError(response, 400, "validation_failed");
    expect(error.requestId).toBe("trace-123");
  });
});
