import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

// The drizzle migrations (read in vitest.workers.config.ts), applied to the test D1 the way
// `wrangler d1 migrations apply` does; already-applied ones are skipped.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
