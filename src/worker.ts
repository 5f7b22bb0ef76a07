import type { ScheduledEvent, WorkerContext, WorkerEnv } from "./worker/env.js";
import { runScheduledJob } from "./worker/scheduled.js";
import { notReadyResponse, workerApp } from "./worker/worker-app.js";
import { webhookTargetPolicy } from "./webhooks/target-policy.js";

// The Cloudflare Workers entry (wrangler.toml `main`): the same createApp as the Node server,
// on D1, with the Workers rate-limit bindings and the widget from static assets; the cron
// triggers run webhook delivery and the retention purge.

export default {
  async fetch(request: Request, env: WorkerEnv, context: WorkerContext): Promise<Response> {
    let ready;
    try {
      ready = await workerApp(env);
    } catch (error) {
      return notReadyResponse(error);
    }
    return ready.app.fetch(request, env, context);
  },

  async scheduled(event: ScheduledEvent, env: WorkerEnv, context: WorkerContext): Promise<void> {
    const { deps } = await workerApp(env);
    // Called through a wrapper: workerd's fetch refuses to run with another object as `this`.
    // Workers' fetch cannot reach private address space; the policy still refuses such URLs
    // (and http:// in production) before a request is made.
    const targets = deps.webhookTargets ?? webhookTargetPolicy(deps.config);
    const job = runScheduledJob(event.cron, { db: deps.db, fetch: (input, init) => fetch(input, init), now: Date.now, targets });
    context.waitUntil(job);
    await job;
  },
};
