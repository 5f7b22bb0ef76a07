import { and, count, countDistinct, eq, gte, inArray, lt } from "drizzle-orm";
import type { Database } from "../db/database.js";
import { events, leads } from "../db/schema.js";

// The clinic's funnel over a period: widget opened → conversation started → disposition
// reached → lead → booked. The first three come from the events table (the widget records
// widget_opened; the chat records the others); leads and bookings from the leads table, where
// "booked" counts leads now booked or attended. Purged conversations take their events with
// them, so periods older than the retention window undercount the middle steps.

export interface FunnelStep {
  key: "widget_opened" | "conversation_started" | "disposition_reached" | "lead" | "booked";
  label: string;
  count: number;
}

async function countEvents(
  db: Database,
  clinicId: string,
  type: string,
  from: number,
  to: number,
  distinctConversations = false,
): Promise<number> {
  const where = and(
    eq(events.clinicId, clinicId),
    eq(events.type, type),
    gte(events.createdAt, from),
    lt(events.createdAt, to),
  );
  const rows = distinctConversations
    ? await db
        .select({ total: countDistinct(events.conversationId) })
        .from(events)
        .where(where)
    : await db.select({ total: count() }).from(events).where(where);
  return rows[0]?.total ?? 0;
}

export async function funnelFigures(db: Database, clinicId: string, from: number, to: number): Promise<FunnelStep[]> {
  const inPeriod = and(eq(leads.clinicId, clinicId), gte(leads.createdAt, from), lt(leads.createdAt, to));
  const leadRows = await db.select({ total: count() }).from(leads).where(inPeriod);
  const bookedRows = await db
    .select({ total: count() })
    .from(leads)
    .where(and(inPeriod, inArray(leads.status, ["booked", "attended"])));
  return [
    { key: "widget_opened", label: "Widget opened", count: await countEvents(db, clinicId, "widget_opened", from, to) },
    {
      key: "conversation_started",
      label: "Conversation started",
      count: await countEvents(db, clinicId, "conversation_started", from, to),
    },
    {
      key: "disposition_reached",
      label: "Disposition reached",
      count: await countEvents(db, clinicId, "disposition_reached", from, to, true),
    },
    { key: "lead", label: "Lead", count: leadRows[0]?.total ?? 0 },
    { key: "booked", label: "Booked", count: bookedRows[0]?.total ?? 0 },
  ];
}
