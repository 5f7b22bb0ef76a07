import { z } from "zod";
import type { AppDeps } from "../app-deps.js";
import { auditStatement } from "../db/audit.js";
import { findLead, leadStatuses, updateLeadStatement, type LeadRow, type LeadStatus } from "../db/leads.js";
import type { StaffMember } from "../db/staff.js";
import { writeTogether } from "../db/write-together.js";
import { AppError } from "../lib/errors.js";
import { parseOrThrow } from "../lib/validate.js";
import { nowOf } from "./staff-auth.js";

// Moving a lead through the pipeline: new → contacted → booked → attended, or closed.
// Forward moves may skip a step (a first call can book straight away); any open lead can be
// closed; a closed lead can be reopened as new. Going backwards is refused so the funnel's
// "booked" figure is not silently undone; close the lead instead.

const pipeline: LeadStatus[] = ["new", "contacted", "booked", "attended"];

export function canMove(from: LeadStatus, to: LeadStatus): boolean {
  if (from === to) return true;
  if (to === "closed") return true;
  if (from === "closed") return to === "new";
  return pipeline.indexOf(to) > pipeline.indexOf(from);
}

export const leadPatchSchema = z
  .object({
    status: z.enum(leadStatuses).optional(),
    notes: z.string().max(5000).optional(),
  })
  .strict()
  .refine((patch) => patch.status !== undefined || patch.notes !== undefined, {
    message: 'send "status" and/or "notes"',
  });

export async function changeLead(deps: AppDeps, staff: StaffMember, leadId: string, body: unknown): Promise<LeadRow> {
  const patch = parseOrThrow(leadPatchSchema, body);
  const lead = await findLead(deps.db, staff.clinicId, leadId);
  if (!lead) throw new AppError("not_found", "No such lead.");
  if (patch.status && !canMove(lead.status, patch.status)) {
    throw new AppError(
      "conflict",
      `A lead cannot move from "${lead.status}" to "${patch.status}". Close it instead, or reopen a closed lead as "new".`,
      { field: "status" },
    );
  }
  const now = nowOf(deps);
  const audits = [];
  if (patch.status && patch.status !== lead.status) {
    audits.push(
      auditStatement(deps.db, {
        clinicId: staff.clinicId,
        staffId: staff.id,
        action: "lead_status_change",
        target: lead.id,
        detail: { from: lead.status, to: patch.status },
        now,
      }),
    );
  }
  if (patch.notes !== undefined && patch.notes !== lead.notes) {
    audits.push(
      auditStatement(deps.db, {
        clinicId: staff.clinicId,
        staffId: staff.id,
        action: "lead_notes_change",
        target: lead.id,
        now,
      }),
    );
  }
  // The change and its audit entries land together.
  await writeTogether(deps.db, [updateLeadStatement(deps.db, staff.clinicId, lead.id, patch, now), ...audits]);
  const updated = await findLead(deps.db, staff.clinicId, lead.id);
  if (!updated) throw new AppError("not_found", "No such lead.");
  return updated;
}
