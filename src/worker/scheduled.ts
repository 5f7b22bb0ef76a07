import { EVERY_MINUTE_CRON, HOURLY_CRON, jobsForCron, runJobs, type JobContext } from "../jobs/job-list.js";

// The cron triggers in wrangler.toml run the background jobs listed in jobs/job-list.ts:
// webhook delivery and alert mail retries every minute; follow-ups and the retention purge hourly.

export const WEBHOOK_CRON = EVERY_MINUTE_CRON;
export const PURGE_CRON = HOURLY_CRON;

export type ScheduledDeps = JobContext;

export async function runScheduledJob(cron: string, deps: ScheduledDeps): Promise<void> {
  for (const result of await runJobs(jobsForCron(cron), deps))
    if (result.report) console.log(result.name, result.report);
}
