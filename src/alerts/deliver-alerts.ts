import { alertSubject, claimAlert, dueAlerts, recordAlertMail, type AlertMailOutcome } from "../db/alerts.js";
import type { Database } from "../db/database.js";
import type { Mailer } from "./alert-delivery.js";
import { alertEmail } from "./alert-email.js";
import { mailErrorText } from "./mail-error.js";

// Mails due alerts. The first attempt is at once (deliverSoon); after a failure the alert waits
// 1 min, 5 min, 15 min, 1 h, then 4 h; a sixth failure marks it failed, still listed in the
// dashboard with the reason. A clinic with no alert addresses, or a server without a mailer,
// gets mail "off": the alert is listed, nothing is queued.

export const ALERT_RETRY_DELAYS_MS = [60_000, 5 * 60_000, 15 * 60_000, 3_600_000, 4 * 3_600_000] as const;
export const ALERT_MAX_ATTEMPTS = ALERT_RETRY_DELAYS_MS.length + 1;
/** A claimed alert is hidden from other deliverers this long (longer than the SMTP timeouts). */
const CLAIM_MS = 2 * 60_000;

export interface AlertMailOptions {
  db: Database;
  mailer: Mailer | undefined;
  /** PUBLIC_URL's origin, for the link in each email. */
  publicOrigin: string;
  now: () => number;
  limit?: number;
}

export interface AlertMailReport {
  mailed: number;
  retrying: number;
  failed: number;
  off: number;
}

/** The clinic's alert addresses (a JSON list); anything that is not an address is skipped. */
export function alertAddresses(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value)
      ? value.filter((item): item is string => typeof item === "string" && /^[^\s@<>,]+@[^\s@<>,]+$/.test(item))
      : [];
  } catch {
    return [];
  }
}

export async function deliverDueAlerts(options: AlertMailOptions): Promise<AlertMailReport> {
  const { db, mailer } = options;
  const report: AlertMailReport = { mailed: 0, retrying: 0, failed: 0, off: 0 };
  const due = await dueAlerts(db, options.now(), options.limit ?? 25);
  for (const alert of due) {
    if (!(await claimAlert(db, alert, options.now() + CLAIM_MS))) continue;
    const to = alertAddresses(alert.alertEmails);
    if (!mailer || to.length === 0) {
      await recordAlertMail(db, alert.id, alert.attempts, { mailStatus: "off" });
      report.off += 1;
      continue;
    }
    const attempt = alert.attempts + 1;
    let outcome: AlertMailOutcome;
    try {
      const subject = await alertSubject(db, alert);
      await mailer.send(alertEmail({ ...alert, to, subject, publicOrigin: options.publicOrigin }));
      outcome = { mailStatus: "mailed", mailedAt: options.now() };
    } catch (error) {
      const delay = ALERT_RETRY_DELAYS_MS[attempt - 1];
      const mailError = mailErrorText(error);
      console.warn(
        `alert ${alert.id} not mailed (attempt ${attempt}):`,
        error instanceof Error ? error.message : error,
      );
      outcome =
        delay === undefined
          ? { mailStatus: "failed", mailError }
          : { mailStatus: "pending", mailError, nextAttemptAt: options.now() + delay };
    }
    await recordAlertMail(db, alert.id, attempt, outcome);
    report[outcome.mailStatus === "pending" ? "retrying" : outcome.mailStatus] += 1;
  }
  return report;
}
