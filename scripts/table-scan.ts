import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../shared/runtime.ts";

export type TableItem = Record<string, unknown> & { PK: string; SK: string };

/**
 * Every item of the table, page by page. Only maintenance scripts read the whole table (the
 * counters' and the index's rebuilds); request paths read by key.
 */
export async function scanTable(deps: Pick<Deps, "db" | "tableName">): Promise<TableItem[]> {
  const items: TableItem[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(new ScanCommand({ TableName: deps.tableName, ExclusiveStartKey: start }));
    items.push(...((page.Items ?? []) as TableItem[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}
