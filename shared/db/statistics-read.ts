import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Cell } from "../domain/statistics-report.ts";
import type { Deps } from "../runtime.ts";
import {
  flowCounterPartition,
  lateFlowCounterPartition,
  parseCounterSortKey,
  parseLateFlowCounterSortKey,
  parseSearchCounterSortKey,
  searchCounterOrgPrefix,
  searchCounterPartition,
  stockCounterPartition,
} from "./keys.ts";

type Figures = Cell["figures"];

/** Reads the counters of statistics-counters.ts: a few partitions per month, never the items. */
async function partition(
  deps: Deps,
  pk: string,
  toCell: (sk: string, figures: Figures) => Cell,
  skPrefix?: string,
): Promise<Cell[]> {
  const cells: Cell[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: skPrefix ? "PK = :pk AND begins_with(SK, :prefix)" : "PK = :pk",
        ExpressionAttributeValues: { ":pk": pk, ...(skPrefix ? { ":prefix": skPrefix } : {}) },
        ExclusiveStartKey: start,
      }),
    );
    for (const { PK: _pk, SK, ...figures } of page.Items ?? []) cells.push(toCell(String(SK), figures));
    start = page.LastEvaluatedKey;
  } while (start);
  return cells;
}

/**
 * One cell per district × Berufsgruppe × month, its figures summed: the month's flow cell and its
 * organisations' search cells become one. Cell-key rounding keys a cell by its count, so the
 * report must see the sum, as it did when searches were counted in the flow cells.
 */
function merged(cells: Cell[]): Cell[] {
  const byKey = new Map<string, Cell>();
  for (const cell of cells) {
    const key = `${cell.month}|${cell.district}|${cell.group}`;
    const into = byKey.get(key);
    if (!into) byKey.set(key, { ...cell, figures: { ...cell.figures } });
    else
      for (const [f, v] of Object.entries(cell.figures)) into.figures[f] = (into.figures[f] ?? 0) + (v ?? 0);
  }
  return [...byKey.values()];
}

/** The stock: what is published now, per district × Berufsgruppe (network-wide). */
export const readStock = (deps: Deps) =>
  partition(deps, stockCounterPartition, (sk, figures) => ({ ...parseCounterSortKey(sk), figures }));

/**
 * The flows of each month, network-wide or of one coaching organisation. Searches are read from
 * their own partition (all organisations, or `org`'s range) and from the flow cells, where
 * searches counted before that partition existed still are.
 */
export async function readFlows(deps: Deps, months: string[], org?: string): Promise<Cell[]> {
  const inMonth =
    (month: string, parse: (sk: string) => { district: string; group: string }) =>
    (sk: string, figures: Figures): Cell => ({ ...parse(sk), month, figures });
  const flows = await Promise.all(
    months.flatMap((month) => [
      partition(deps, flowCounterPartition(month, org), inMonth(month, parseCounterSortKey)),
      partition(
        deps,
        searchCounterPartition(month),
        inMonth(month, parseSearchCounterSortKey),
        org ? searchCounterOrgPrefix(org) : undefined,
      ),
    ]),
  );
  return merged(flows.flat());
}

/** Stock (network) and the flows of each month, network-wide or of one coaching organisation. */
export async function readCounters(deps: Deps, months: string[], org?: string) {
  const [stock, flows] = await Promise.all([readStock(deps), readFlows(deps, months, org)]);
  return { stock, flows };
}

/** Outcomes recorded in `recordedMonth` for earlier months, network-wide, as cells of their own month. */
export const readLateFlows = (deps: Deps, recordedMonth: string) =>
  partition(deps, lateFlowCounterPartition(recordedMonth), (sk, figures) => ({
    ...parseLateFlowCounterSortKey(sk),
    figures,
  }));
