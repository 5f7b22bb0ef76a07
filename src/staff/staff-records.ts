import type { AppDeps } from "../app-deps.js";
import { listAlerts, type AlertRow } from "../db/alerts.js";
import { listAudit, recordAudit } from "../db/audit.js";
import {
  allLeads,
  countLeadsByStatus,
  listLeads,
  type LeadFilters,
  type LeadRow,
  type LeadStatus,
} from "../db/leads.js";
import { listStaff, type StaffMember } from "../db/staff.js";
import { AppError } from "../lib/errors.js";
import { stampReviewed as stampReviewedRow } from "./conversation-detail.js";
import { leadsCsv } from "./csv.js";
import { nowOf } from "./staff-auth.js";

// What a signed-in staff member reads and does in their own clinic, as verbs the routes call
// (HTTP and forms alike); each action that matters for accountability is audited here.

export function leadsOf(
  deps: AppDeps,
  staff: StaffMember,
  filters: LeadFilters,
): Promise<{ items: LeadRow[]; total: number }> {
  return listLeads(deps.db, staff.clinicId, filters);
}

export function leadCountsOf(deps: AppDeps, staff: StaffMember): Promise<Record<LeadStatus, number>> {
  return countLeadsByStatus(deps.db, staff.clinicId);
}

export function alertsOf(deps: AppDeps, staff: StaffMember): Promise<AlertRow[]> {
  return listAlerts(deps.db, staff.clinicId);
}

export function teamOf(deps: AppDeps, staff: StaffMember) {
  return listStaff(deps.db, staff.clinicId);
}

export function auditTrailOf(deps: AppDeps, staff: StaffMember) {
  return listAudit(deps.db, staff.clinicId);
}

/** A clinician's review stamp on a conversation of their clinic, audited; returns when. */
export async function stampReviewed(deps: AppDeps, staff: StaffMember, conversationId: string): Promise<number> {
  const now = nowOf(deps);
  if (!(await stampReviewedRow(deps.db, staff.clinicId, conversationId, staff.id, now)))
    throw new AppError("not_found", "No such conversation in your clinic.");
  await recordAudit(deps.db, {
    clinicId: staff.clinicId,
    staffId: staff.id,
    action: "review_stamp",
    target: conversationId,
    now,
  });
  return now;
}

/** Every lead of the clinic as CSV (times in the clinic's time zone), audited. */
export async function exportLeadsCsv(deps: AppDeps, staff: StaffMember): Promise<{ filename: string; csv: string }> {
  const leads = await allLeads(deps.db, staff.clinicId);
  const now = nowOf(deps);
  await recordAudit(deps.db, {
    clinicId: staff.clinicId,
    staffId: staff.id,
    action: "export_leads_csv",
    detail: { rows: leads.length },
    now,
  });
  const filename = `leads-${staff.clinicSlug.replace(/[^a-z0-9-]/gi, "")}-${new Date(now).toISOString().slice(0, 10)}.csv`;
  return { filename, csv: leadsCsv(leads, staff.clinicTimeZone) };
}

/** Audit a transcript leaving the dashboard. */
export async function recordTranscriptExport(
  deps: AppDeps,
  staff: StaffMember,
  conversationId: string,
  format: string,
): Promise<void> {
  await recordAudit(deps.db, {
    clinicId: staff.clinicId,
    staffId: staff.id,
    action: "export_transcript",
    target: conversationId,
    detail: { format },
    now: nowOf(deps),
  });
}
