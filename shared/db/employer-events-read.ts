import type { Deps } from "../runtime.ts";
import type { EmployerEvent } from "./employer-events.ts";
import { employerEventPartition } from "./keys.ts";
import { queryAll } from "./query-page.ts";

/** A counted event as read back: its fields and the id of what it counts (from its key). */
export type ReadEvent = EmployerEvent & { eventId: string };

/**
 * The employer figure events of these months (one partition each; an organisation's own range
 * of it when `org` is given). Reads count events, never records: the figures keep their counts
 * when a record is erased.
 */
export async function readEmployerEvents(
  deps: Deps,
  months: readonly string[],
  org?: string,
): Promise<ReadEvent[]> {
  const pages = await Promise.all(
    months.map((month) =>
      queryAll(deps, {
        TableName: deps.tableName,
        KeyConditionExpression: org ? "PK = :pk AND begins_with(SK, :org)" : "PK = :pk",
        ExpressionAttributeValues: {
          ":pk": employerEventPartition(month),
          ...(org ? { ":org": `${org}#` } : {}),
        },
      }),
    ),
  );
  return pages.flatMap(({ items }) =>
    items.map((item) => {
      const { PK: _pk, SK: sk, ...event } = item;
      // "<org>#<kind letter>#<eventId>": slugs and kind letters hold no "#".
      const eventId = String(sk).split("#").slice(2).join("#");
      return { ...(event as unknown as EmployerEvent), eventId };
    }),
  );
}
