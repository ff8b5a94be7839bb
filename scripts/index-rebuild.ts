import { rebuildIndex } from "../shared/db/index-rebuild.ts";
import { depsFromEnv } from "../shared/runtime.ts";
import { scanTable } from "./table-scan.ts";

/**
 * `npm run index:rebuild [-- --dry-run]`: (re)writes every match entry (MATCH#) and nearby-directory
 * entry (NEAR#) from the items and deletes those no item should have — the backfill of NEAR# for
 * data written before the directory existed, and the migration to slim match entries. Needs
 * TABLE_NAME (and DYNAMODB_ENDPOINT for DynamoDB Local). Each listing's entries change in one
 * transaction guarded by its version, so it may run while the service writes.
 */
const dryRun = process.argv.includes("--dry-run");
const deps = depsFromEnv();
const report = await rebuildIndex(deps, await scanTable(deps), { dryRun });
console.log(
  `${dryRun ? "would write" : "wrote"}: ${report.listings} listings, ${report.entries} index entries planned, ` +
    `${report.put} put, ${report.deleted} deleted, ${report.retried} listings re-read (written meanwhile)`,
);
