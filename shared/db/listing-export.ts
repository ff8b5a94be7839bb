import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Listing, ListingKind } from "../domain/listing.ts";
import type { Deps } from "../runtime.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import { listingKey, orgListKey } from "./keys.ts";
import { withCurrentFunding } from "../domain/funding.ts";
import { withoutKeys } from "./query-page.ts";
import { GSIS, TABLE_KEYS } from "./table-definition.ts";

const KEY_ATTRIBUTES = [
  TABLE_KEYS.partitionKey,
  TABLE_KEYS.sortKey,
  ...GSIS.flatMap((g) => [g.partitionKey, g.sortKey]),
];
/** Items per Query; DynamoDB also ends a page at 1 MB. */
const QUERY_LIMIT = 500;

/**
 * An organisation's items oldest first (ids sort by creation), from `cursor` on, each with the
 * cursor that continues right after it: an export page may end at any item, not only where a
 * DynamoDB page ends. Cursors are bound to the organisation's partition (cursor.ts).
 */
export async function* orgListingsFrom(
  deps: Deps,
  kind: ListingKind,
  org: string,
  cursor: string | undefined,
): AsyncGenerator<{ item: Listing; after: string }> {
  const partition = orgListKey(kind, org).GSI1PK;
  let start = decodeCursor(cursor, { name: "GSI1PK", value: partition });
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        IndexName: "GSI1",
        KeyConditionExpression: "GSI1PK = :pk",
        ExpressionAttributeValues: { ":pk": partition },
        ScanIndexForward: true,
        Limit: QUERY_LIMIT,
        ExclusiveStartKey: start,
      }),
    );
    for (const raw of page.Items ?? []) {
      const item = withCurrentFunding(withoutKeys<Listing>(raw, KEY_ATTRIBUTES));
      const key = { ...listingKey(kind, item.id), ...orgListKey(kind, org, item.id) };
      yield { item, after: encodeCursor(key) ?? "" };
    }
    start = page.LastEvaluatedKey;
  } while (start);
}
