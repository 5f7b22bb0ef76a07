import { createApp } from "../../src/app.js";
import type { AppDeps } from "../../src/app-deps.js";
import { parseConfig, type Config } from "../../src/config.js";
import { ensureDemoClinic } from "../../src/db/clinics.js";
import { createNodeDatabase } from "../../src/db/sqlite/node-database.js";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { loadKnowledgeFromDir } from "../../src/knowledge/load-knowledge-node.js";

let sharedKnowledge: KnowledgeBase | undefined;

/** The real knowledge base, loaded once per test file (it is read-only). */
export function testKnowledge(): KnowledgeBase {
  sharedKnowledge ??= loadKnowledgeFromDir(new URL("../../knowledge/", import.meta.url).pathname);
  return sharedKnowledge;
}

/** A fresh app over its own in-memory database, with the demo clinic seeded. */
export async function createTestApp(overrides: Partial<AppDeps> & { env?: Record<string, string> } = {}) {
  const config: Config = parseConfig({
    NODE_ENV: "test",
    DATABASE_PATH: ":memory:",
    CHAT_RATE_LIMIT_PER_MINUTE: "0",
    ...overrides.env,
  });
  const database = createNodeDatabase(":memory:");
  const demo = await ensureDemoClinic(database.db);
  const { env: _env, ...rest } = overrides;
  const deps: AppDeps = { config, db: database.db, knowledge: testKnowledge(), ...rest };
  const app = createApp(deps);
  return { app, deps, db: database.db, demo, close: database.close };
}

export function postJson(
  app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
