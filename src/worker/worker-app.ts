import { createApp, type App } from "../app.js";
import type { AppDeps } from "../app-deps.js";
import { ensureDemoClinic, findClinicBySlug } from "../db/clinics.js";
import type { Database } from "../db/database.js";
import type { WorkerEnv } from "./env.js";
import { createWorkerDeps } from "./worker-deps.js";

// One app per isolate (per env object), built on the first request, which also seeds the demo
// clinic when D1 lacks it. A failed seed (e.g. migrations not applied) is retried next request.

export interface WorkerApp {
  app: App;
  deps: AppDeps;
}

const apps = new WeakMap<WorkerEnv, Promise<WorkerApp>>();

/** ensureDemoClinic, safe when two isolates seed at once: the loser finds the winner's row. */
export async function seedDemoClinic(db: Database): Promise<void> {
  try {
    await ensureDemoClinic(db);
  } catch (error) {
    if (await findClinicBySlug(db, "demo").catch(() => undefined)) return;
    throw error;
  }
}

async function build(env: WorkerEnv): Promise<WorkerApp> {
  const deps = createWorkerDeps(env);
  await seedDemoClinic(deps.db);
  return { app: createApp(deps), deps };
}

export function workerApp(env: WorkerEnv): Promise<WorkerApp> {
  let ready = apps.get(env);
  if (!ready) {
    ready = build(env);
    apps.set(env, ready);
    ready.catch(() => apps.delete(env));
  }
  return ready;
}

/** Shown instead of a bare 500 when D1 has no tables: the usual first-deploy mistake. */
export function notReadyResponse(error: unknown): Response {
  const message = error instanceof Error ? error.message : String(error);
  const hint = /no such table/i.test(message)
    ? " Apply the migrations: npx wrangler d1 migrations apply DB (--local or --remote)."
    : "";
  console.error("Worker start-up failed:", message);
  return Response.json(
    {
      error: {
        code: "service_unavailable",
        message: `The service is not ready.${hint}`,
        requestId: crypto.randomUUID(),
      },
    },
    { status: 503, headers: { "Retry-After": "30" } },
  );
}
