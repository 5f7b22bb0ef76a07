import { and, asc, eq, isNull, lt, sql } from "drizzle-orm";
import { newId, type Database } from "./database.js";
import { clinics, leads, staffSessions, staffUsers } from "./schema.js";

// Staff accounts and their sessions. Session tokens are stored only as hashes.

export type StaffRole = "owner" | "staff";
export type StaffRow = typeof staffUsers.$inferSelect;

export interface StaffMember {
  id: string;
  clinicId: string;
  clinicSlug: string;
  clinicName: string;
  /** The clinic's IANA time zone: every time the dashboard shows is in it. */
  clinicTimeZone: string;
  email: string;
  role: StaffRole;
  disabled: boolean;
  /** Leads of the clinic not yet handled: the count beside "Leads" in the navigation. */
  newLeads?: number;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function insertStaff(
  db: Database,
  values: { clinicId: string; email: string; passwordHash: string; role: StaffRole; now: number },
): Promise<string> {
  const id = newId();
  await db.insert(staffUsers).values({
    id,
    clinicId: values.clinicId,
    email: normalizeEmail(values.email),
    passwordHash: values.passwordHash,
    role: values.role,
    createdAt: values.now,
  });
  return id;
}

/** The account with this email in one clinic; without a clinic, the oldest with this email. */
export async function findStaffByEmail(db: Database, email: string, clinicId?: string): Promise<StaffRow | undefined> {
  const byEmail = eq(staffUsers.email, normalizeEmail(email));
  const rows = await db
    .select()
    .from(staffUsers)
    .where(clinicId ? and(byEmail, eq(staffUsers.clinicId, clinicId)) : byEmail)
    .orderBy(asc(staffUsers.createdAt), asc(staffUsers.id))
    .limit(1);
  return rows[0];
}

/** Every clinic's account with this email (one person may work at several), oldest first. */
export async function findStaffAccountsByEmail(db: Database, email: string): Promise<StaffRow[]> {
  return db
    .select()
    .from(staffUsers)
    .where(eq(staffUsers.email, normalizeEmail(email)))
    .orderBy(asc(staffUsers.createdAt), asc(staffUsers.id));
}

const memberColumns = {
  id: staffUsers.id,
  clinicId: staffUsers.clinicId,
  clinicSlug: clinics.slug,
  clinicName: clinics.name,
  clinicTimeZone: clinics.timeZone,
  email: staffUsers.email,
  role: staffUsers.role,
  disabledAt: staffUsers.disabledAt,
  newLeads: sql<number>`(SELECT count(*) FROM ${leads} WHERE ${leads.clinicId} = ${clinics.id} AND ${leads.status} = 'new')`,
};

function toMember(row: {
  id: string;
  clinicId: string;
  clinicSlug: string;
  clinicName: string;
  clinicTimeZone: string;
  email: string;
  role: StaffRole;
  disabledAt: number | null;
  newLeads: number;
}): StaffMember {
  const { disabledAt, ...rest } = row;
  return { ...rest, disabled: disabledAt !== null };
}

export async function listStaff(db: Database, clinicId?: string): Promise<StaffMember[]> {
  const query = db.select(memberColumns).from(staffUsers).innerJoin(clinics, eq(clinics.id, staffUsers.clinicId));
  const rows = await (clinicId ? query.where(eq(staffUsers.clinicId, clinicId)) : query).orderBy(
    asc(clinics.slug),
    asc(staffUsers.email),
  );
  return rows.map(toMember);
}

export async function findStaffMember(
  db: Database,
  staffId: string,
  clinicId?: string,
): Promise<StaffMember | undefined> {
  const condition = clinicId
    ? and(eq(staffUsers.id, staffId), eq(staffUsers.clinicId, clinicId))
    : eq(staffUsers.id, staffId);
  const rows = await db
    .select(memberColumns)
    .from(staffUsers)
    .innerJoin(clinics, eq(clinics.id, staffUsers.clinicId))
    .where(condition)
    .limit(1);
  return rows[0] ? toMember(rows[0]) : undefined;
}

export async function countStaff(db: Database): Promise<number> {
  const rows = await db.select({ id: staffUsers.id }).from(staffUsers).limit(1);
  return rows.length;
}

/** Disable an account and end its sessions; scoped to a clinic when one is given. */
export async function disableStaff(db: Database, staffId: string, now: number): Promise<void> {
  await db
    .update(staffUsers)
    .set({ disabledAt: now })
    .where(and(eq(staffUsers.id, staffId), isNull(staffUsers.disabledAt)));
  await db.delete(staffSessions).where(eq(staffSessions.staffId, staffId));
}

export async function setPasswordHash(db: Database, staffId: string, passwordHash: string): Promise<void> {
  await db.update(staffUsers).set({ passwordHash }).where(eq(staffUsers.id, staffId));
  // A new password ends every session the old one opened.
  await db.delete(staffSessions).where(eq(staffSessions.staffId, staffId));
}

export interface SessionRecord {
  tokenHash: string;
  csrfToken: string;
  expiresAt: number;
  createdAt: number;
  staff: StaffMember;
}

export async function insertSession(
  db: Database,
  values: { tokenHash: string; staffId: string; csrfToken: string; expiresAt: number; now: number },
): Promise<void> {
  await db.insert(staffSessions).values({ ...values, createdAt: values.now });
}

export async function findSession(db: Database, tokenHash: string): Promise<SessionRecord | undefined> {
  const rows = await db
    .select({
      ...memberColumns,
      tokenHash: staffSessions.tokenHash,
      csrfToken: staffSessions.csrfToken,
      expiresAt: staffSessions.expiresAt,
      createdAt: staffSessions.createdAt,
    })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.staffId))
    .innerJoin(clinics, eq(clinics.id, staffUsers.clinicId))
    .where(eq(staffSessions.tokenHash, tokenHash))
    .limit(1);
  const row = rows[0];
  if (!row) return undefined;
  const { tokenHash: hash, csrfToken, expiresAt, createdAt, ...member } = row;
  return { tokenHash: hash, csrfToken, expiresAt, createdAt, staff: toMember(member) };
}

export async function extendSession(db: Database, tokenHash: string, expiresAt: number): Promise<void> {
  await db.update(staffSessions).set({ expiresAt }).where(eq(staffSessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Database, tokenHash: string): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(db: Database, now: number): Promise<void> {
  await db.delete(staffSessions).where(lt(staffSessions.expiresAt, now));
}
