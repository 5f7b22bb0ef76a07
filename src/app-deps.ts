import type { Config } from "./config.js";
import type { Database } from "./db/database.js";

/** Everything the app needs from outside, injected so each test builds its own. */
export interface AppDeps {
  config: Config;
  db: Database;
  /** Clock, injectable for tests of expiry and retention. */
  now?: () => number;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    deps: AppDeps;
  };
}
