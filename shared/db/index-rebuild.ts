import { isDeepStrictEqual } from "node:util";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Listing, ListingKind } from "../domain/listing.ts";
import type { Deps } from "../runtime.ts";
import { listingKey, matchPartition, nearPartition } from "./keys.ts";
import { matchIndexBody, matchKeys } from "./match-index.ts";
import { type TransactItem, transactWrite } from "./transact.ts";

/**
 * Rebuilds the match index (MATCH#) and the nearby directory (NEAR#) from the items: the repair
 * and backfill of `npm run index:rebuild`, and the reference the incremental upkeep is tested
 * against. It gets the items from its caller (only maintenance scripts Scan). Each listing's changes are
 * one transaction guarded by the version it was computed from; a listing written meanwhile is
 * read again (its own write kept its entries, so the second plan is usually empty).
 */
type Item = Record<string, unknown> & { PK: string; SK: string };
const KIND_BY_SK = new Map<unknown, ListingKind>([
  [listingKey("place", "").SK, "place"],
  [listingKey("offer", "").SK, "offer"],
]);
const INDEX_PREFIXES = [matchPartition(""), nearPartition("")];
const keyOf = (k: { PK: string; SK: string }) => `${k.PK}|${k.SK}`;
/** Owner of an index entry: its SK ends with `<kind>#<id>` (geo) or `O#<id>` (online offer). */
const ownerOf = (sk: string) => {
  const parts = sk.split("#");
  const id = parts.at(-1) ?? "";
  return parts[0] === "O" ? `offer#${id}` : `${parts.at(-2) ?? ""}#${id}`;
};

/** Every index item the listings should have, by `PK|SK`. */
export function plannedIndex(listings: Array<{ kind: ListingKind; listing: Listing }>): Map<string, Item> {
  const plan = new Map<string, Item>();
  for (const { kind, listing } of listings)
    for (const key of matchKeys(kind, listing))
      plan.set(keyOf(key), { ...key, ...matchIndexBody(kind, listing, key) });
  return plan;
}

/** The table's listings and its index items as they are. */
export function splitTable(items: Item[]) {
  const listings: Array<{ kind: ListingKind; listing: Listing & Item }> = [];
  const index = new Map<string, Item>();
  for (const item of items) {
    const kind = KIND_BY_SK.get(item.SK);
    if (kind && item.PK === listingKey(kind, String(item.id)).PK)
      listings.push({ kind, listing: item as Listing & Item });
    else if (INDEX_PREFIXES.some((p) => item.PK.startsWith(p))) index.set(keyOf(item), item);
  }
  return { listings, index };
}

export interface RebuildReport {
  listings: number;
  entries: number;
  put: number;
  deleted: number;
  retried: number;
}

/**
 * Writes what differs from the table's items as read by the caller (a maintenance script's Scan:
 * scripts/table-scan.ts); `dryRun` only counts. Running it twice changes nothing.
 */
export async function rebuildIndex(
  deps: Deps,
  items: Item[],
  options: { dryRun?: boolean } = {},
): Promise<RebuildReport> {
  const { listings, index } = splitTable(items);
  const plan = plannedIndex(listings);
  const report: RebuildReport = {
    listings: listings.length,
    entries: plan.size,
    put: 0,
    deleted: 0,
    retried: 0,
  };
  const byOwner = new Map<string, { puts: Item[]; deletes: Item[] }>();
  const change = (owner: string) => {
    const found = byOwner.get(owner) ?? { puts: [], deletes: [] };
    byOwner.set(owner, found);
    return found;
  };
  for (const [key, item] of plan)
    if (!isDeepStrictEqual(index.get(key), item)) change(ownerOf(item.SK)).puts.push(item);
  for (const [key, item] of index) if (!plan.has(key)) change(ownerOf(item.SK)).deletes.push(item);
  const versions = new Map(listings.map(({ kind, listing }) => [`${kind}#${listing.id}`, listing.version]));
  for (const [owner, { puts, deletes }] of byOwner) {
    report.put += puts.length;
    report.deleted += deletes.length;
    if (options.dryRun) continue;
    const [kind, id] = owner.split("#") as [ListingKind, string];
    await transactWrite(
      deps,
      {
        guard: [guard(deps, kind, id, versions.get(owner))],
        index: [
          ...deletes.map((d) => ({ Delete: { TableName: deps.tableName, Key: { PK: d.PK, SK: d.SK } } })),
          ...puts.map((Item) => ({ Put: { TableName: deps.tableName, Item } })),
        ],
      },
      () => new StaleListing(),
    ).catch(async (error: unknown) => {
      if (!(error instanceof StaleListing)) throw error;
      report.retried++;
      await rebuildOne(deps, kind, id, index);
    });
  }
  return report;
}

class StaleListing extends Error {}

/** The listing must still be the version (or still absent) the plan was made from. */
function guard(
  deps: Pick<Deps, "tableName">,
  kind: ListingKind,
  id: string,
  version: number | undefined,
): TransactItem {
  const Key = listingKey(kind, id);
  return version === undefined
    ? { ConditionCheck: { TableName: deps.tableName, Key, ConditionExpression: "attribute_not_exists(PK)" } }
    : {
        ConditionCheck: {
          TableName: deps.tableName,
          Key,
          ConditionExpression: "#v = :v",
          ExpressionAttributeNames: { "#v": "version" },
          ExpressionAttributeValues: { ":v": version },
        },
      };
}

/** A listing written during the rebuild: plan it again from a consistent read, once more. */
async function rebuildOne(deps: Deps, kind: ListingKind, id: string, index: Map<string, Item>) {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: listingKey(kind, id), ConsistentRead: true }),
  );
  const plan = Item ? plannedIndex([{ kind, listing: Item as Listing }]) : new Map<string, Item>();
  const owner = `${kind}#${id}`;
  const stale = [...index.values()].filter((i) => ownerOf(i.SK) === owner && !plan.has(keyOf(i)));
  await transactWrite(
    deps,
    {
      guard: [guard(deps, kind, id, (Item as Listing | undefined)?.version)],
      index: [
        ...stale.map((d) => ({ Delete: { TableName: deps.tableName, Key: { PK: d.PK, SK: d.SK } } })),
        ...[...plan.values()].map((Item) => ({ Put: { TableName: deps.tableName, Item } })),
      ],
    },
    () => new StaleListing(),
  );
}
