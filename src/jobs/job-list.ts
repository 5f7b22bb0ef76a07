import type { Mailer } from "../alerts/alert-delivery.js";
import { deliverDueAlerts } from "../alerts/deliver-alerts.js";
import type { Database } from "../db/database.js";
import { purgeExpiredConversations } from "../jobs/retention.js";
import { sendDueFollowUps } from "../follow-ups/send-follow-ups.js";
import { deliverDueWebhooks } from "../webhooks/deliver.js";
import type { WebhookTargetPolicy } from "../webhooks/target-policy.js";

// Every background job, in one list: the Node server runs each on its timer
// (staff/background-jobs.ts), the Worker's cron triggers run them by schedule
// (worker/scheduled.ts), and `npm run admin -- run-jobs [--now]` runs them all once.
// Each job does what is due at `now()` and returns a one-line report, or undefined when idle.

/** wrangler.toml [triggers] crons: the every-minute and the hourly trigger. */
export const EVERY_MINUTE_CRON = "* * * * *";
export const HOURLY_CRON = "7 * * * *";

export interface JobContext {
  db: Database;
  fetch: typeof fetch;
  now: () => number;
  /** PUBLIC_URL's origin, for links in emails. */
  publicOrigin: string;
  /** Absent when mail is off: alerts are marked "off" and no follow-ups are created. */
  mailer?: Mailer | undefined;
  targets?: WebhookTargetPolicy | undefined;
}

export interface BackgroundJob {
  name: string;
  /** The Node server's timer. */
  everyMs: number;
  /** Also run when the Node server starts. */
  atStart?: boolean;
  /** The Worker's cron trigger that runs it. */
  cron: string;
  run(context: JobContext): Promise<string | undefined>;
}

const counted = (report: object) =>
  Object.values(report).some((value) => typeof value === "number" && value > 0) ? JSON.stringify(report) : undefined;

export const BACKGROUND_JOBS: readonly BackgroundJob[] = [
  {
    name: "webhook delivery",
    everyMs: 15_000,
    cron: EVERY_MINUTE_CRON,
    run: async (context) =>
      counted(
        await deliverDueWebhooks({
          db: context.db,
          fetch: context.fetch,
          now: context.now,
          ...(context.targets ? { targets: context.targets } : {}),
        }),
      ),
  },
  {
    // New alerts are mailed at once (AlertDelivery.deliverSoon); this picks up retries.
    name: "alert mail",
    everyMs: 30_000,
    cron: EVERY_MINUTE_CRON,
    run: async (context) =>
      counted(
        await deliverDueAlerts({
          db: context.db,
          mailer: context.mailer,
          publicOrigin: context.publicOrigin,
          now: context.now,
        }),
      ),
  },
  {
    name: "follow-ups",
    everyMs: 10 * 60_000,
    cron: HOURLY_CRON,
    run: async (context) =>
      counted(
        await sendDueFollowUps({
          db: context.db,
          mailer: context.mailer,
          publicOrigin: context.publicOrigin,
          now: context.now,
        }),
      ),
  },
  {
    name: "retention purge",
    everyMs: 60 * 60_000,
    atStart: true,
    cron: HOURLY_CRON,
    run: async (context) => counted(await purgeExpiredConversations(context.db, context.now())),
  },
];

/** The jobs a cron trigger runs; an unknown schedule (edited only in the dashboard) runs the every-minute ones. */
export function jobsForCron(cron: string): BackgroundJob[] {
  const matching = BACKGROUND_JOBS.filter((job) => job.cron === cron);
  if (matching.length > 0) return matching;
  console.warn(`Unknown cron "${cron}": running the every-minute jobs`);
  return BACKGROUND_JOBS.filter((job) => job.cron === EVERY_MINUTE_CRON);
}

/** Run jobs one after another; a failing job is reported and the rest still run. */
export async function runJobs(
  jobs: readonly BackgroundJob[],
  context: JobContext,
): Promise<Array<{ name: string; report?: string; error?: string }>> {
  const results: Array<{ name: string; report?: string; error?: string }> = [];
  for (const job of jobs) {
    try {
      const report = await job.run(context);
      results.push({ name: job.name, ...(report ? { report } : {}) });
    } catch (error) {
      console.error(`${job.name} failed`, error);
      results.push({ name: job.name, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}
