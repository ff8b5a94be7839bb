import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Cell } from "../domain/statistics-report.ts";
import type { Deps } from "../runtime.ts";
import { flowCounterPartition, parseCounterSortKey, stockCounterPartition } from "./keys.ts";

/** Reads the counters of statistics-counters.ts: one partition per month, never the items. */
async function partition(deps: Deps, pk: string, month?: string): Promise<Cell[]> {
  const cells: Cell[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: "PK = :pk",
        ExpressionAttributeValues: { ":pk": pk },
        ExclusiveStartKey: start,
      }),
    );
    for (const { PK: _pk, SK, ...figures } of page.Items ?? []) {
      cells.push({ ...parseCounterSortKey(String(SK)), ...(month ? { month } : {}), figures });
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return cells;
}

/** Stock (network) and the flows of each month, network-wide or of one coaching organisation. */
export async function readCounters(deps: Deps, months: string[], org?: string) {
  const [stock, ...flows] = await Promise.all([
    partition(deps, stockCounterPartition),
    ...months.map((month) => partition(deps, flowCounterPartition(month, org), month)),
  ]);
  return { stock: stock ?? [], flows: flows.flat() };
}
