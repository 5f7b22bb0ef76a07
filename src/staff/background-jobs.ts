import type { Database } from "../db/database.js";
import { purgeExpiredConversations } from "../db/retention.js";
import { deliverDueWebhooks } from "../webhooks/deliver.js";
import type { WebhookTargetPolicy } from "../webhooks/target-policy.js";

// The Node server's timers: webhook delivery every 15 s, the retention purge at start and
// every hour. (A Worker runs the same two functions from a cron trigger.) A run never overlaps
// the previous one of its kind, and a failure is logged and retried on the next tick.

export const WEBHOOK_INTERVAL_MS = 15_000;
export const PURGE_INTERVAL_MS = 60 * 60 * 1000;

export interface BackgroundJobs {
  stop(): void;
}

function guarded(name: string, job: () => Promise<unknown>): () => Promise<void> {
  let running = false;
  return async () => {
    if (running) return;
    running = true;
    try {
      await job();
    } catch (error) {
      console.error(`${name} failed`, error);
    } finally {
      running = false;
    }
  };
}

export async function startBackgroundJobs(options: { db: Database; fetch: typeof fetch; now: () => number; targets?: WebhookTargetPolicy }): Promise<BackgroundJobs> {
  const purge = guarded("retention purge", async () => {
    const report = await purgeExpiredConversations(options.db, options.now());
    if (report.conversations + report.leads + report.webhookEvents + report.widgetEvents > 0) console.log("retention purge", report);
  });
  const deliver = guarded("webhook delivery", () => deliverDueWebhooks({ db: options.db, fetch: options.fetch, now: options.now, ...(options.targets ? { targets: options.targets } : {}) }));
  await purge();
  const timers = [setInterval(() => void deliver(), WEBHOOK_INTERVAL_MS), setInterval(() => void purge(), PURGE_INTERVAL_MS)];
  for (const timer of timers) timer.unref();
  return { stop: () => timers.forEach((timer) => clearInterval(timer)) };
}
