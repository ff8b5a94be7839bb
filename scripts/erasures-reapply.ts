import { pathToFileURL } from "node:url";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { completeErasure } from "../shared/app/candidate-erasure.ts";
import { SYSTEM_ACTOR } from "../shared/app/erasure-withdrawal.ts";
import type { ErasureEntry } from "../shared/db/erasure-log.ts";
import { type Deps, depsFromEnv } from "../shared/runtime.ts";

/** Every entry of the erasure log (a small table; this job may Scan it). */
async function loggedErasures(deps: Deps): Promise<ErasureEntry[]> {
  if (!deps.erasureLogTable) throw new Error("ERASURE_LOG_TABLE is not set: which erasure log?");
  const entries: ErasureEntry[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new ScanCommand({ TableName: deps.erasureLogTable, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    entries.push(...((page.Items ?? []) as ErasureEntry[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return entries;
}

/**
 * `npm run erasures:reapply`: after a point-in-time restore of the table, erases again every
 * candidate the erasure log holds — the same erasure as a DELETE (open referrals withdrawn, seats
 * back, partners told, remainders, notices and queued mails), one candidate after the other.
 * Idempotent: a candidate with nothing left is counted and skipped, so it may run twice, or
 * while the service runs. Prints counts only (no ids). Needs TABLE_NAME (the restored table),
 * ERASURE_LOG_TABLE (and DYNAMODB_ENDPOINT for DynamoDB Local).
 */
export async function reapplyErasures(deps: Deps) {
  const logged = await loggedErasures(deps);
  const result = { logged: logged.length, erased: 0, alreadyGone: 0 };
  for (const entry of logged) {
    const done = await completeErasure(deps, entry.candidateId, { how: entry.how, actor: SYSTEM_ACTOR });
    result[done.found ? "erased" : "alreadyGone"] += 1;
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await reapplyErasures(depsFromEnv());
  console.log(
    `Löschprotokoll: ${result.logged} Einträge; ${result.erased} erneut gelöscht, ` +
      `${result.alreadyGone} waren bereits gelöscht.`,
  );
}
