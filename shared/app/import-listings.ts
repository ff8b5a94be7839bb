import { listingImportStore, type Resolved } from "../db/listing-import.ts";
import type { ListingResource } from "./listing-resources.ts";
import { recordImportRows } from "../observability/metrics.ts";
import type { Deps } from "../runtime.ts";
import type { ColumnSet } from "../csv/column-set.ts";
import { invalidRows, type RowError } from "../csv/import-errors.ts";
import { runKeyed } from "./keyed-pool.ts";
import { rowPlanner } from "./row-plan.ts";
import type { ValidRow } from "../csv/row-validation.ts";
import { type Counts, type PlannedRow, rowWriter } from "./row-writer.ts";

const NOTHING: Resolved = { current: undefined, guard: undefined };

/**
 * Upserts validated rows by Externe ID: reads what each key names, plans every row — state rules
 * such as a place's taken seats are row errors too, reported before anything is written — and
 * writes the rows that change something (row-writer.ts). `notStarted` counts rows left when the
 * deadline passed; running the same file again completes them.
 */
export async function importListings(
  deps: Deps,
  resource: ListingResource,
  set: ColumnSet,
  org: string,
  rows: readonly ValidRow[],
  options: { dryRun: boolean; deadline: number; concurrency: number },
): Promise<Counts & { notStarted: number }> {
  const store = listingImportStore(deps, resource.kind, org);
  const plan = rowPlanner(resource, set, org, deps);
  const resolved = await store.resolve(rows.map((row) => row.externalId));
  const planned: PlannedRow[] = [];
  const errors: RowError[] = [];
  for (const row of rows) {
    const state = resolved.get(row.externalId) ?? NOTHING;
    const change = plan(row, state.current);
    if ("kind" in change) planned.push({ row, state, change });
    else errors.push(change);
  }
  if (errors.length) throw invalidRows(errors);

  const counts: Counts = { created: 0, updated: 0, unchanged: 0 };
  if (options.dryRun) {
    for (const { change } of planned) counts[change.kind]++;
    return { ...counts, notStarted: 0 };
  }
  const tasks = rowWriter(deps, store, (row, state) => plan(row, state.current), counts)(planned);
  const notStartedTasks = await runKeyed(tasks, options.concurrency, options.deadline);
  recordImportRows(counts.created + counts.updated);
  const done = counts.created + counts.updated + counts.unchanged;
  return { ...counts, notStarted: notStartedTasks ? rows.length - done : 0 };
}
