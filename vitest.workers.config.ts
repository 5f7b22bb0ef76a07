import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// Tests in workerd (tests/workers): the real Worker entry from wrangler.toml, with its D1,
// rate-limit and assets bindings simulated locally by Miniflare. The drizzle migrations are
// passed in as a binding and applied by the setup file, as `wrangler d1 migrations apply` would.

export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        // PUBLIC_URL as a deployment sets it: every absolute link comes from it, never the Host.
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations(new URL("./drizzle", import.meta.url).pathname),
          PUBLIC_URL: "http://clinic.test",
        },
      },
    })),
  ],
  test: {
    include: ["tests/workers/**/*.test.ts"],
    setupFiles: ["./tests/workers/apply-migrations.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
