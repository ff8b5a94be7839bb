import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Listing, ListingKind } from "../domain/listing.ts";
import { type Figures, type FlowField, stockDelta } from "../domain/statistics.ts";
import type { Deps } from "../runtime.ts";
import {
  counterSortKey,
  flowCounterPartition,
  lateFlowCounterPartition,
  lateFlowCounterSortKey,
  parseCounterSortKey,
  searchCounterPartition,
  searchCounterSortKey,
  stockCounterPartition,
} from "./keys.ts";
import type { TransactItem } from "./transact.ts";

/**
 * Counters behind GET /statistics, changed atomically in the same transaction as the write they
 * count (ADD is commutative, so concurrent writes never lose an increment). A report reads
 * O(cells): one partition for the stock, per month one for the flows and one for the match
 * searches — never the items.
 */
function addUpdate(deps: Deps, key: { PK: string; SK: string }, figures: Figures<string>) {
  const entries = Object.entries(figures).filter(([, v]) => v !== undefined && v !== 0);
  return {
    TableName: deps.tableName,
    Key: key,
    UpdateExpression: `ADD ${entries.map((_, i) => `#f${i} :v${i}`).join(", ")}`,
    ExpressionAttributeNames: Object.fromEntries(entries.map(([f], i) => [`#f${i}`, f])),
    ExpressionAttributeValues: Object.fromEntries(entries.map(([, v], i) => [`:v${i}`, v])),
  };
}

export function stockCounterActions(
  deps: Deps,
  kind: ListingKind,
  before: Listing | undefined,
  after: Listing | undefined,
): TransactItem[] {
  return [...stockDelta(kind, before, after)].map(([cell, figures]) => {
    const { district, group } = parseCounterSortKey(cell);
    return {
      Update: addUpdate(deps, { PK: stockCounterPartition, SK: counterSortKey(district, group) }, figures),
    };
  });
}

/** Where a person-related event counts: the candidate's district and Berufsgruppe, in its month. */
export interface FlowCell {
  org: string;
  district: string;
  group: string;
  at: string;
  /** When the event was recorded, if not at `at` (a milestone dated back). */
  recordedAt?: string;
}

const flowKeys = (cell: FlowCell) => {
  const month = cell.at.slice(0, 7);
  const recorded = (cell.recordedAt ?? cell.at).slice(0, 7);
  const sk = counterSortKey(cell.district, cell.group);
  return [
    { PK: flowCounterPartition(month), SK: sk },
    { PK: flowCounterPartition(month, cell.org), SK: sk },
    // Dated back into an earlier month: also noted under the recording month (keys.ts, "late").
    ...(recorded > month
      ? [
          {
            PK: lateFlowCounterPartition(recorded),
            SK: lateFlowCounterSortKey(month, cell.district, cell.group),
          },
        ]
      : []),
  ];
};

/** Network-wide and for the coaching organisation; several figures of one event in one update. */
export const flowCounterActions = (
  deps: Deps,
  cell: FlowCell,
  field: FlowField | FlowField[],
): TransactItem[] =>
  flowKeys(cell).map((key) => ({
    Update: addUpdate(deps, key, Object.fromEntries([field].flat().map((f) => [f, 1]))),
  }));

/**
 * A match search changes nothing else, so it is counted on its own (not transactional), in ONE
 * UpdateItem — searches are the most frequent operation: a single item per organisation ×
 * district × Berufsgruppe × month, which the network report sums over organisations
 * (statistics-read.ts). One that found nothing also counts as `zeroResultSearches` in the same
 * update.
 */
export async function countMatchSearch(deps: Deps, cell: FlowCell, foundNothing = false): Promise<void> {
  const figures = { matchSearches: 1, ...(foundNothing ? { zeroResultSearches: 1 } : {}) };
  const key = {
    PK: searchCounterPartition(cell.at.slice(0, 7)),
    SK: searchCounterSortKey(cell.org, cell.district, cell.group),
  };
  await deps.db.send(new UpdateCommand(addUpdate(deps, key, figures)));
}
