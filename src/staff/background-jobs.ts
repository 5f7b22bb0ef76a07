import { BACKGROUND_JOBS, type JobContext } from "../jobs/job-list.js";

// The Node server's timers for the jobs in jobs/job-list.ts (a Worker runs the same list from
// its cron triggers). A run never overlaps the previous one of its kind, and a failure is
// logged and retried on the next tick.

export interface BackgroundJobs {
  stop(): void;
}

function guarded(name: string, job: () => Promise<string | undefined>): () => Promise<void> {
  let running = false;
  return async () => {
    if (running) return;
    running = true;
    try {
      const report = await job();
      if (report) console.log(name, report);
    } catch (error) {
      console.error(`${name} failed`, error);
    } finally {
      running = false;
    }
  };
}

export type BackgroundJobOptions = Omit<JobContext, "publicOrigin"> & { publicOrigin?: string };

export async function startBackgroundJobs(options: BackgroundJobOptions): Promise<BackgroundJobs> {
  const context: JobContext = { ...options, publicOrigin: options.publicOrigin ?? "http://localhost" };
  const timers: Array<ReturnType<typeof setInterval>> = [];
  for (const job of BACKGROUND_JOBS) {
    const run = guarded(job.name, () => job.run(context));
    if (job.atStart) await run();
    timers.push(setInterval(() => void run(), job.everyMs));
  }
  for (const timer of timers) timer.unref();
  return { stop: () => timers.forEach((timer) => clearInterval(timer)) };
}
