import { QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}

/** Attribute filters (`attribute = value`) applied after the key condition; undefined values are skipped. */
export type Filters = Record<string, string | undefined>;

/** One page of an index partition, newest first, with an opaque cursor bound to that partition. */
export async function queryPage<T>(
  deps: Deps,
  index: "GSI1" | "GSI2" | "GSI3",
  partition: string,
  request: PageRequest,
  map: (item: Record<string, unknown>) => T,
  filters: Filters = {},
  /** A raw extra condition, e.g. retention: `expiresAt > :now`. */
  extra?: { expression: string; values: Record<string, unknown> },
): Promise<Page<T>> {
  const pk = { name: `${index}PK`, value: partition };
  const active = Object.entries(filters).filter(([, value]) => value !== undefined);
  const conditions = [...active.map((_, i) => `#f${i} = :f${i}`), ...(extra ? [extra.expression] : [])];
  const result = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      IndexName: index,
      KeyConditionExpression: "#pk = :pk",
      ...(conditions.length ? { FilterExpression: conditions.join(" AND ") } : {}),
      ExpressionAttributeNames: {
        "#pk": pk.name,
        ...Object.fromEntries(active.map(([name], i) => [`#f${i}`, name])),
      },
      ExpressionAttributeValues: {
        ":pk": partition,
        ...Object.fromEntries(active.map(([, value], i) => [`:f${i}`, value])),
        ...extra?.values,
      },
      ScanIndexForward: false,
      Limit: request.limit,
      ExclusiveStartKey: decodeCursor(request.cursor, pk),
    }),
  );
  const nextCursor = encodeCursor(result.LastEvaluatedKey);
  return { items: (result.Items ?? []).map(map), ...(nextCursor ? { nextCursor } : {}) };
}

/** Drops the key attributes of a stored item. */
export function withoutKeys<T>(item: Record<string, unknown>, keys: readonly string[]): T {
  const copy = { ...item };
  for (const key of keys) delete copy[key];
  return copy as T;
}

/** Every page of one Query, counted (requests, items read) for the budgets the bench measures. */
export async function queryAll(deps: Deps, input: QueryCommandInput) {
  const items: Record<string, unknown>[] = [];
  let requests = 0;
  let scanned = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    requests++;
    scanned += page.ScannedCount ?? 0;
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return { items, requests, scanned };
}
