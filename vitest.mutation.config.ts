import { defineConfig } from "vitest/config";

/**
 * Stryker's test run (`npm run mutation`): every unit test (test/unit), found by that rule rather
 * than a hand-kept list, so a new rule's tests count the day they are written. Unit tests need no
 * DynamoDB, so there is no global setup. Stryker runs only the test files that import a mutated
 * module (`related` in stryker.config.json), so tests of other layers cost time only for the
 * domain modules they reach.
 */
export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts"],
    env: { LOG_LEVEL: "silent", POWERTOOLS_LOG_LEVEL: "silent" },
    testTimeout: 60_000,
    pool: "forks",
  },
});
