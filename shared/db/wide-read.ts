import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Point } from "../domain/geo.ts";
import { coverCircle } from "../domain/geo-cover.ts";
import type { Deps } from "../runtime.ts";
import { geoRange } from "./keys.ts";

/** Entries one help read may return: a single page, whatever the partition holds. */
export const WIDE_READ_LIMIT = 500;

/**
 * The help for an empty list reads wide but once: ONE Query over the smallest run of geohash
 * cells (Z-order) that contains the whole circle, at most WIDE_READ_LIMIT entries, never a second
 * page. Cost: one request, bounded items; on a crowded partition it sees a part of the circle.
 */
export async function readWide(
  deps: Deps,
  query: { partition: string; center: Point; radiusKm: number; precision: number; attribute: string },
): Promise<{ values: unknown[]; requests: number; itemsRead: number }> {
  const [envelope] = coverCircle(query.center, query.radiusKm, 1, query.precision).ranges;
  if (!envelope) return { values: [], requests: 0, itemsRead: 0 };
  const { from, to } = geoRange(envelope.first, envelope.last);
  const page = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      KeyConditionExpression: "PK = :pk AND SK BETWEEN :from AND :to",
      ExpressionAttributeValues: { ":pk": query.partition, ":from": from, ":to": to },
      // Only the value travels back, not the keys.
      ProjectionExpression: "#value",
      ExpressionAttributeNames: { "#value": query.attribute },
      Limit: WIDE_READ_LIMIT,
    }),
  );
  const items = page.Items ?? [];
  return {
    values: items.map((item) => item[query.attribute]).filter((v) => v !== undefined),
    requests: 1,
    itemsRead: page.ScannedCount ?? items.length,
  };
}
