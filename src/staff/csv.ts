import type { LeadRow } from "../db/leads.js";
import { clinicIsoTime } from "./clinic-time.js";

// RFC 4180 CSV. A cell a spreadsheet would run as a formula (starting with = + - @, a tab or a
// carriage return) gets a leading apostrophe: visitors type these fields, staff open the file.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return `${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

export const leadCsvHeader = [
  "id",
  "created_at",
  "status",
  "name",
  "email",
  "phone",
  "preferred_time",
  "fit",
  "level",
  "consent_at",
  "notes",
  "conversation_id",
  "intake_summary",
];

/** Excel reads a CSV as the PC's legacy code page unless it starts with a UTF-8 byte-order mark. */
export const UTF8_BOM = "\uFEFF";

/** Times are ISO-8601 in the clinic's time zone, with its offset, so the front desk reads its own clock. */
export function leadsCsv(leads: LeadRow[], timeZone: string): string {
  return (
    UTF8_BOM +
    toCsv(
      leadCsvHeader,
      leads.map((lead) => [
        lead.id,
        clinicIsoTime(lead.createdAt, timeZone),
        lead.status,
        lead.name,
        lead.email,
        lead.phone,
        lead.preferredTime,
        lead.fit,
        lead.level,
        clinicIsoTime(lead.consentAt, timeZone),
        lead.notes,
        lead.conversationId,
        lead.intakeSummary,
      ]),
    )
  );
}
