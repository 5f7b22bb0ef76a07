import type { Config } from "./config.js";
import type { Database } from "./db/database.js";
import type { KnowledgeBase } from "./knowledge/knowledge-base.js";

/** Everything the app needs from outside, injected so each test builds its own. */
export interface AppDeps {
  config: Config;
  db: Database;
  knowledge: KnowledgeBase;
  /** Clock, injectable for tests of expiry, retention and relative dates. */
  now?: () => number;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    deps: AppDeps;
  };
}
