import type { Database } from "../db/database.js";
import { purgeExpiredConversations } from "../db/retention.js";
import { deliverDueWebhooks } from "../webhooks/deliver.js";
import type { WebhookTargetPolicy } from "../webhooks/target-policy.js";

// The cron triggers in wrangler.toml run the Node server's two background jobs
// (src/staff/background-jobs.ts): webhook delivery every minute, the retention purge hourly.

export const WEBHOOK_CRON = "* * * * *";
export const PURGE_CRON = "7 * * * *";

export interface ScheduledDeps {
  db: Database;
  fetch: typeof fetch;
  now: () => number;
  targets?: WebhookTargetPolicy;
}

export async function runScheduledJob(cron: string, deps: ScheduledDeps): Promise<void> {
  if (cron === PURGE_CRON) {
    const report = await purgeExpiredConversations(deps.db, deps.now());
    if (report.conversations + report.leads + report.webhookEvents + report.widgetEvents > 0) console.log("retention purge", report);
    return;
  }
  // Every other schedule delivers webhooks, so a cron edited only in the dashboard still delivers.
  if (cron !== WEBHOOK_CRON) console.warn(`Unknown cron "${cron}": delivering webhooks`);
  const report = await deliverDueWebhooks(deps);
  if (report.attempted > 0) console.log("webhook delivery", report);
}
