import { and, count, desc, eq, type like, or, sql, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "./database.js";
import { newId } from "./database.js";
import { events, leads } from "./schema.js";
import { writeTogether } from "./write-together.js";
import { leadStatuses, type LeadIntent, type LeadStatus } from "../leads/lead-values.js";

// Leads: a visitor's request to be contacted, always read and changed within one clinic.

export { leadIntents, leadStatuses, type LeadIntent, type LeadStatus } from "../leads/lead-values.js";
export type LeadRow = typeof leads.$inferSelect;

export interface NewLead {
  id: string;
  clinicId: string;
  conversationId: string;
  name: string;
  email: string | null;
  phone: string | null;
  preferredTime: string | null;
  level: string | null;
  fit: string;
  intakeSummary: string;
  intent: LeadIntent;
  /** Opaque, carried through the booking provider's link (never clinical). */
  leadRef: string;
  /** Whose knee it is; the contact is always the visitor. */
  patient: "self" | "child" | "someone_else";
  patientName: string | null;
  /** The problem in the visitor's own words, one line. */
  visitorWords: string | null;
  now: number;
}

/** The lead, its event and its webhook land together or not at all. */
export async function insertLead(
  db: Database,
  lead: NewLead,
  alsoWrite: Array<BatchItem<"sqlite">> = [],
): Promise<string> {
  const { now, id, ...values } = lead;
  await writeTogether(db, [
    db.insert(leads).values({ id, ...values, consentAt: now, status: "new", createdAt: now, updatedAt: now }),
    db.insert(events).values({
      id: newId(),
      clinicId: lead.clinicId,
      conversationId: lead.conversationId,
      type: "lead_created",
      data: JSON.stringify({ leadId: id }),
      createdAt: now,
    }),
    ...alsoWrite,
  ]);
  return id;
}

export async function findLeadForConversation(db: Database, conversationId: string): Promise<LeadRow | undefined> {
  const rows = await db.select().from(leads).where(eq(leads.conversationId, conversationId)).limit(1);
  return rows[0];
}

export async function findLead(db: Database, clinicId: string, id: string): Promise<LeadRow | undefined> {
  const rows = await db
    .select()
    .from(leads)
    .where(and(eq(leads.id, id), eq(leads.clinicId, clinicId)))
    .limit(1);
  return rows[0];
}

/** Escape LIKE wildcards so a search for "50%" means the text "50%". */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export function likeEscaped(column: Parameters<typeof like>[0], text: string): SQL {
  return sql`${column} LIKE ${likePattern(text)} ESCAPE '\\'`;
}

/**
 * The order a front desk works in: call-back requests not yet handled (they were promised a
 * call today), then the other new leads by urgency (emergency, urgent, routine, self-care),
 * then everything already handled; newest first within each.
 */
const actionOrder = [
  sql`CASE WHEN ${leads.status} = 'new' AND ${leads.intent} = 'callback' THEN 0 WHEN ${leads.status} = 'new' THEN 1 ELSE 2 END`,
  sql`CASE WHEN ${leads.status} <> 'new' THEN 0 WHEN ${leads.level} = 'emergency' THEN 0 WHEN ${leads.level} = 'urgent' THEN 1 WHEN ${leads.level} = 'routine' THEN 2 WHEN ${leads.level} = 'self_care' THEN 3 ELSE 4 END`,
  desc(leads.createdAt),
  desc(leads.id),
];

export interface LeadFilters {
  status?: LeadStatus;
  q?: string;
  page: number;
  pageSize: number;
}

export async function listLeads(
  db: Database,
  clinicId: string,
  filters: LeadFilters,
): Promise<{ items: LeadRow[]; total: number }> {
  const conditions: SQL[] = [eq(leads.clinicId, clinicId)];
  if (filters.status) conditions.push(eq(leads.status, filters.status));
  if (filters.q) {
    const matches = or(
      likeEscaped(leads.name, filters.q),
      likeEscaped(leads.email, filters.q),
      likeEscaped(leads.phone, filters.q),
      likeEscaped(leads.notes, filters.q),
    );
    if (matches) conditions.push(matches);
  }
  const where = and(...conditions);
  const items = await db
    .select()
    .from(leads)
    .where(where)
    .orderBy(...actionOrder)
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize);
  const totals = await db.select({ total: count() }).from(leads).where(where);
  return { items, total: totals[0]?.total ?? 0 };
}

export async function allLeads(db: Database, clinicId: string): Promise<LeadRow[]> {
  return db.select().from(leads).where(eq(leads.clinicId, clinicId)).orderBy(desc(leads.createdAt), desc(leads.id));
}

/** An update for a write batch; the clinic id in the WHERE keeps it inside one clinic. */
export function updateLeadStatement(
  db: Database,
  clinicId: string,
  id: string,
  patch: { status?: LeadStatus; notes?: string },
  now: number,
) {
  return db
    .update(leads)
    .set({ ...patch, updatedAt: now })
    .where(and(eq(leads.id, id), eq(leads.clinicId, clinicId)));
}

export async function countLeadsByStatus(db: Database, clinicId: string): Promise<Record<LeadStatus, number>> {
  const rows = await db
    .select({ status: leads.status, total: count() })
    .from(leads)
    .where(eq(leads.clinicId, clinicId))
    .groupBy(leads.status);
  const counts = Object.fromEntries(leadStatuses.map((status) => [status, 0])) as Record<LeadStatus, number>;
  for (const row of rows) counts[row.status] = row.total;
  return counts;
}
