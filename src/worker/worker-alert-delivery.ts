import { AsyncLocalStorage } from "node:async_hooks";
import type { AlertDelivery } from "../alerts/alert-delivery.js";
import type { WorkerContext } from "./env.js";

// On Workers an alert is delivered from the request that wrote it, through the request's
// ctx.waitUntil (a promise left running after the response would be cancelled). The app is
// built once per isolate, so the request's context is found through AsyncLocalStorage, set by
// the fetch entry around each request. Retries run from the every-minute cron.

const requestContext = new AsyncLocalStorage<WorkerContext>();

export function withRequestContext<T>(context: WorkerContext, run: () => T): T {
  return requestContext.run(context, run);
}

export function waitUntilDelivery(run: () => Promise<unknown>): AlertDelivery {
  return {
    deliverSoon() {
      const job = run().catch((error: unknown) => console.error("alert mail failed", error));
      requestContext.getStore()?.waitUntil(job);
    },
  };
}
