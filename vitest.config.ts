import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    env: { LOG_LEVEL: "silent" },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Two cores: forks keep DynamoDB-heavy files from starving each other.
    pool: "forks",
    maxWorkers: 2,
  },
});
