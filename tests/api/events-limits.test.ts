import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { purgeExpiredConversations } from "../../src/jobs/retention.js";
import { clinics, events } from "../../src/db/schema.js";
import { rateRules } from "../../src/lib/rate-limit.js";
import { createTestApp, postJson } from "../helpers/test-app.js";

// POST /api/events takes anonymous funnel events, so it is limited per address like chat and
// leads, and what it stores is deleted on the clinic's retention clock.

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const DAY = 24 * 60 * 60 * 1000;

describe("widget events", () => {
  it("one address is refused with 429 and Retry-After past its per-minute limit; another address is not", async () => {
    let address = "198.51.100.20";
    const test = await createTestApp({ env: { CHAT_RATE_LIMIT_PER_MINUTE: "120" }, clientAddress: () => address });
    cleanup = test.close;
    const limit = rateRules(120)["event-ip"].limit;
    expect(limit).toBeGreaterThan(0);
    const statuses: number[] = [];
    for (let index = 0; index < limit + 50; index += 1)
      statuses.push((await postJson(test.app, "/api/events", { clinic: "demo", type: "widget_opened" })).status);
    expect(statuses.filter((status) => status === 204)).toHaveLength(limit);
    const refused = await postJson(test.app, "/api/events", { clinic: "demo", type: "widget_opened" });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBeTruthy();
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
    expect(await test.db.select().from(events)).toHaveLength(limit);
    address = "198.51.100.21";
    expect((await postJson(test.app, "/api/events", { clinic: "demo", type: "widget_opened" })).status).toBe(204);
  });

  it("are deleted once older than the clinic's retention, like its conversations", async () => {
    const clock = { now: Date.UTC(2026, 0, 10, 12, 0, 0) };
    const test = await createTestApp({ now: () => clock.now });
    cleanup = test.close;
    await test.db.update(clinics).set({ retentionDays: 30 }).where(eq(clinics.id, test.demo.id));
    expect((await postJson(test.app, "/api/events", { clinic: "demo", type: "widget_opened" })).status).toBe(204);
    clock.now += 20 * DAY;
    expect(
      (await postJson(test.app, "/api/events", { clinic: "demo", type: "cta_clicked", action: "book_assessment" }))
        .status,
    ).toBe(204);
    clock.now += 11 * DAY;
    const report = await purgeExpiredConversations(test.db, clock.now);
    expect(report.widgetEvents).toBe(1);
    expect((await test.db.select().from(events)).map((event) => event.type)).toEqual(["cta_clicked"]);
  });
});
