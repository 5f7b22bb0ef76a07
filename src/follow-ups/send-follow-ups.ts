import type { Mailer } from "../alerts/alert-delivery.js";
import { mailErrorText } from "../alerts/mail-error.js";
import type { Database } from "../db/database.js";
import {
  DAY_MS,
  claimFollowUp,
  createDueFollowUps,
  dueFollowUps,
  markFollowUpNotSent,
  markFollowUpSent,
} from "../db/follow-ups.js";
import { randomToken, sha256Hex } from "../lib/tokens.js";
import { followUpEmail } from "./follow-up-email.js";

// The follow-up job: create the rows that fell due, then mail each with a fresh one-use link.
// A failed send is tried again an hour later, until the link's 30 days are over. Without a
// mailer nothing is created: there would be no way to send it.

const RETRY_MS = 60 * 60 * 1000;
/** A claimed row waits this long before another sender may try (longer than the SMTP timeouts). */
const CLAIM_MS = 5 * 60 * 1000;

export interface FollowUpOptions {
  db: Database;
  mailer: Mailer | undefined;
  publicOrigin: string;
  now: () => number;
  limit?: number;
}

export interface FollowUpReport {
  created: number;
  sent: number;
  notSent: number;
}

export async function sendDueFollowUps(options: FollowUpOptions): Promise<FollowUpReport> {
  const report: FollowUpReport = { created: 0, sent: 0, notSent: 0 };
  const { db, mailer } = options;
  if (!mailer) return report;
  // A placeholder hash: never mailed, so it opens nothing; the send below replaces it.
  report.created = await createDueFollowUps(db, options.now(), () => sha256Hex(randomToken()));
  for (const row of await dueFollowUps(db, options.now(), options.limit ?? 25)) {
    if (!row.email) continue;
    const token = randomToken();
    if (!(await claimFollowUp(db, row, await sha256Hex(token), options.now() + CLAIM_MS))) continue;
    try {
      await mailer.send(
        followUpEmail({
          to: row.email,
          name: row.name,
          clinicName: row.clinicName,
          days: Math.max(1, Math.round((options.now() - row.leadCreatedAt) / DAY_MS)),
          link: `${options.publicOrigin}/follow-up/${token}`,
        }),
      );
      await markFollowUpSent(db, row.id, options.now());
      report.sent += 1;
    } catch (error) {
      console.warn(`follow-up ${row.id} not sent:`, error instanceof Error ? error.message : error);
      await markFollowUpNotSent(db, row.id, mailErrorText(error), options.now() + RETRY_MS);
      report.notSent += 1;
    }
  }
  return report;
}
