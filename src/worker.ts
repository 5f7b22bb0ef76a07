import type { ScheduledEvent, WorkerContext, WorkerEnv } from "./worker/env.js";
import { runScheduledJob } from "./worker/scheduled.js";
import { withRequestContext } from "./worker/worker-alert-delivery.js";
import { notReadyResponse, workerApp } from "./worker/worker-app.js";
import { webhookTargetPolicy } from "./webhooks/target-policy.js";

// The Cloudflare Workers entry (wrangler.toml `main`): the same createApp as the Node server,
// on D1, with the Workers rate-limit bindings and the widget from static assets; the cron
// triggers run the background jobs (jobs/job-list.ts).

export default {
  async fetch(request: Request, env: WorkerEnv, context: WorkerContext): Promise<Response> {
    let ready;
    try {
      ready = await workerApp(env);
    } catch (error) {
      return notReadyResponse(error);
    }
    // Alert mail started by this request runs under its waitUntil (worker-alert-delivery.ts).
    return withRequestContext(context, () => ready.app.fetch(request, env, context));
  },

  async scheduled(event: ScheduledEvent, env: WorkerEnv, context: WorkerContext): Promise<void> {
    const { deps } = await workerApp(env);
    // Called through a wrapper: workerd's fetch refuses to run with another object as `this`.
    // Workers' fetch cannot reach private address space; the policy still refuses such URLs
    // (and http:// in production) before a request is made.
    const targets = deps.webhookTargets ?? webhookTargetPolicy(deps.config);
    const job = runScheduledJob(event.cron, {
      db: deps.db,
      fetch: (input, init) => fetch(input, init),
      now: Date.now,
      targets,
      publicOrigin: deps.config.publicOrigin,
      mailer: deps.mailer,
    });
    context.waitUntil(job);
    await job;
  },
};
