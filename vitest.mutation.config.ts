import { defineConfig } from "vitest/config";

/**
 * Stryker's test run (`npm run mutation`): the unit tests of `shared/domain`. They need no
 * DynamoDB, so there is no global setup. A third of the mutants are "static" (module-level tables
 * and constants); each of those reloads the test environment and runs every related test, so the
 * unit tests of other layers (CSV, reference data, OpenAPI), which reach the domain only through
 * schemas, would multiply the run time without pinning domain rules. A new test file of a domain
 * module belongs in this list.
 */
export default defineConfig({
  test: {
    include: [
      "test/unit/{errors,geo,geo-cover,kldb-and-levels,language-names,listing}.test.ts",
      "test/unit/{matching,matching-reasons,matching-trust,suggestions,referral-workflow}.test.ts",
      "test/unit/statistics*.test.ts",
    ],
    env: { LOG_LEVEL: "silent" },
    testTimeout: 60_000,
    pool: "forks",
  },
});
