import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // tests/workers run in workerd: vitest.workers.config.ts.
    exclude: ["tests/workers/**", "**/node_modules/**"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
