import { desc, eq } from "drizzle-orm";
import { newId, type Database } from "./database.js";
import { auditLog, staffUsers } from "./schema.js";

// Who did what, per clinic. Details name fields and ids, never a patient's words or contact.

export type AuditAction =
  | "login"
  | "login_failed"
  | "logout"
  | "lead_status_change"
  | "lead_notes_change"
  | "settings_change"
  | "webhook_secret_rotated"
  | "review_stamp"
  | "export_leads_csv"
  | "export_transcript"
  | "staff_created"
  | "staff_disabled"
  | "retention_purge"
  // Written by a booking provider's webhook (no staff member): see src/bookings/.
  | "lead_booked"
  | "lead_booking_rescheduled"
  | "lead_booking_cancelled";

export interface AuditEntry {
  clinicId: string;
  staffId?: string | null;
  action: AuditAction;
  target?: string;
  detail?: Record<string, unknown>;
  now: number;
}

export function auditStatement(db: Database, entry: AuditEntry) {
  return db.insert(auditLog).values({
    id: newId(),
    clinicId: entry.clinicId,
    staffId: entry.staffId ?? null,
    action: entry.action,
    target: entry.target ?? null,
    detail: entry.detail ? JSON.stringify(entry.detail) : null,
    createdAt: entry.now,
  });
}

export async function recordAudit(db: Database, entry: AuditEntry): Promise<void> {
  await auditStatement(db, entry);
}

export interface AuditView {
  id: string;
  action: string;
  target: string | null;
  detail: unknown;
  staffEmail: string | null;
  createdAt: number;
}

export async function listAudit(db: Database, clinicId: string, limit = 200): Promise<AuditView[]> {
  const rows = await db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      target: auditLog.target,
      detail: auditLog.detail,
      staffEmail: staffUsers.email,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(staffUsers, eq(staffUsers.id, auditLog.staffId))
    .where(eq(auditLog.clinicId, clinicId))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, detail: row.detail ? (JSON.parse(row.detail) as unknown) : null }));
}
