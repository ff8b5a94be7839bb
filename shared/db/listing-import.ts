import { BatchGetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Listing, ListingKind } from "../domain/listing.ts";
import type { Deps } from "../runtime.ts";
import { externalIdKey, listingKey, orgListKey } from "./keys.ts";
import { listingRepository } from "./listing-repository.ts";
import { withoutKeys } from "./query-page.ts";
import { GSIS, TABLE_KEYS } from "./table-definition.ts";
import { NotYet, type RetryPolicy, withRetries } from "./retry.ts";
import type { TransactItem } from "./transact.ts";
import { ServiceUnavailableError } from "../domain/errors.ts";

type Key = { PK: string; SK: string };

/** What an Externe ID names now: the stored item, and the item its guard points to (may differ or be missing). */
export interface Resolved {
  current: Listing | undefined;
  guard: string | undefined;
}

const KEY_ATTRIBUTES = [
  TABLE_KEYS.partitionKey,
  TABLE_KEYS.sortKey,
  ...GSIS.flatMap((g) => [g.partitionKey, g.sortKey]),
];
const BATCH_GET = 100;
/** Throttled batch reads: unprocessed keys are asked again, a bounded number of times. */
const UNPROCESSED: RetryPolicy = { attempts: 8, baseMs: 25, capMs: 800 };

/** An item created without an Externe ID is known by its id: that is what the export writes. */
export const externalIdOf = (item: Listing) => item.externalId ?? item.id;

/**
 * The database side of a CSV import, by Externe ID within one organisation: the guard item
 * EXT#<org>#<KIND>#<externalId> → itemId makes a key unique (created in the item's transaction,
 * conditional on what was read), the repository's actions keep the match index and counters right.
 */
export function listingImportStore(deps: Deps, kind: ListingKind, org: string) {
  const repo = listingRepository<Listing>(deps, kind);
  const table = deps.tableName;

  /** Consistent reads of up to 100 keys per request; unprocessed keys are asked again. */
  async function batchGet(keys: Key[]): Promise<Record<string, unknown>[]> {
    const unique = [...new Map(keys.map((k) => [`${k.PK}|${k.SK}`, k])).values()];
    const found: Record<string, unknown>[] = [];
    for (let i = 0; i < unique.length; i += BATCH_GET) {
      let pending: Record<string, unknown>[] = unique.slice(i, i + BATCH_GET);
      await withRetries(
        "import batch get",
        UNPROCESSED,
        async () => {
          const out = await deps.db.send(
            new BatchGetCommand({ RequestItems: { [table]: { Keys: pending, ConsistentRead: true } } }),
          );
          found.push(...(out.Responses?.[table] ?? []));
          pending = out.UnprocessedKeys?.[table]?.Keys ?? [];
          if (pending.length) throw new NotYet();
        },
        {
          giveUp: () => new ServiceUnavailableError("Die Datenbank ist ausgelastet; bitte erneut versuchen."),
        },
      );
    }
    return found;
  }

  /** Effective Externe ID → item id of the organisation's items, from its list index (GSI1). */
  async function orgIndex(): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    let start: Record<string, unknown> | undefined;
    do {
      const page = await deps.db.send(
        new QueryCommand({
          TableName: table,
          IndexName: "GSI1",
          KeyConditionExpression: "GSI1PK = :pk",
          ExpressionAttributeValues: { ":pk": orgListKey(kind, org).GSI1PK },
          ProjectionExpression: "#id, #ext",
          ExpressionAttributeNames: { "#id": "id", "#ext": "externalId" },
          ExclusiveStartKey: start,
        }),
      );
      for (const item of (page.Items ?? []) as Listing[]) ids.set(externalIdOf(item), item.id);
      start = page.LastEvaluatedKey;
    } while (start);
    return ids;
  }

  /** The items with these item ids that belong to the organisation and still carry the Externe ID. */
  async function items(wanted: Map<string, string>): Promise<Map<string, Listing>> {
    const stored = await batchGet([...wanted.values()].map((id) => listingKey(kind, id)));
    const byId = new Map(stored.map((item) => [String(item.id), withoutKeys<Listing>(item, KEY_ATTRIBUTES)]));
    const verified = new Map<string, Listing>();
    for (const [externalId, id] of wanted) {
      const item = byId.get(id);
      if (item && item.org === org && externalIdOf(item) === externalId) verified.set(externalId, item);
    }
    return verified;
  }

  return {
    /**
     * By guard first (consistent); keys without a valid guard — items from before the import, or
     * that got their Externe ID through the API — are looked up once in the organisation's list.
     */
    async resolve(externalIds: readonly string[]): Promise<Map<string, Resolved>> {
      const guards = await batchGet(externalIds.map((id) => externalIdKey(org, kind, id)));
      const guardOf = new Map(guards.map((g) => [String(g.externalId), String(g.itemId)]));
      const found = await items(guardOf);
      const missing = externalIds.filter((id) => !found.has(id));
      if (missing.length) {
        const index = await orgIndex();
        const listed = missing.flatMap((id) => {
          const itemId = index.get(id);
          return itemId ? [[id, itemId] as const] : [];
        });
        for (const [id, item] of await items(new Map(listed))) found.set(id, item);
      }
      return new Map(externalIds.map((id) => [id, { current: found.get(id), guard: guardOf.get(id) }]));
    },

    /**
     * The transaction of one row: the repository's create or version-guarded replace, plus the
     * guard whenever it does not name the item yet — conditional on the guard state that was read.
     */
    actions(externalId: string, resolved: Resolved, next: Listing | undefined): TransactItem[] {
      const { current, guard } = resolved;
      const item = next ?? current;
      if (!item) return [];
      const write = next ? (current ? repo.replaceActions(current, next) : repo.createActions(next)) : [];
      if (guard === item.id) return write;
      const guardPut = {
        Put: {
          TableName: table,
          Item: { ...externalIdKey(org, kind, externalId), externalId, itemId: item.id },
          ...(guard === undefined
            ? { ConditionExpression: "attribute_not_exists(PK)" }
            : {
                ConditionExpression: "itemId = :seen",
                ExpressionAttributeValues: { ":seen": guard },
              }),
        },
      };
      return [...write, guardPut];
    },
  };
}

export type ListingImportStore = ReturnType<typeof listingImportStore>;
