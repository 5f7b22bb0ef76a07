import type { AlertKind, AlertRow } from "../db/alerts.js";

// Staff alerts as the API returns them (interfaces.md): newest first, ISO-8601 UTC times; the
// mail outcome says whether the email went, and if not, a plain reason (alerts/mail-error.ts).

export interface AlertJson {
  id: string;
  kind: AlertKind;
  leadId?: string;
  conversationId: string | null;
  createdAt: string;
  mailStatus: AlertRow["mailStatus"];
  mailedAt?: string;
  mailError?: string;
}

export function alertJson(row: AlertRow): AlertJson {
  return {
    id: row.id,
    kind: row.kind,
    ...(row.leadId ? { leadId: row.leadId } : {}),
    conversationId: row.conversationId,
    createdAt: new Date(row.createdAt).toISOString(),
    mailStatus: row.mailStatus,
    ...(row.mailedAt !== null ? { mailedAt: new Date(row.mailedAt).toISOString() } : {}),
    ...(row.mailError ? { mailError: row.mailError } : {}),
  };
}

export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  callback: "Call-back request",
  lead: "New lead",
  emergency: "Emergency advised",
};
