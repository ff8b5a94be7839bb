import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    // Quiet runs: the logger hands this to Powertools upper-cased (shared/observability/logger.ts).
    env: { LOG_LEVEL: "silent", POWERTOOLS_LOG_LEVEL: "silent" },
    // Generous: timeouts catch hangs, not slowness — the suite must pass on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores: forks keep DynamoDB-heavy files from starving each other.
    pool: "forks",
    maxWorkers: 2,
  },
});
