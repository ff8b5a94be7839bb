import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { ConflictError, PreconditionFailedError } from "../domain/errors.ts";
import type { Listing, ListingKind } from "../domain/listing.ts";
import type { Deps } from "../runtime.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import { listingKey, orgListKey, publishedListKey } from "./keys.ts";
import { matchKeys, toMatchEntry } from "./match-index.ts";
import { type TransactItem, transactWrite } from "./transact.ts";

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface PageRequest {
  limit: number;
  cursor?: string;
  status?: Listing["status"];
}

const KEY_ATTRIBUTES = ["PK", "SK", "GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK"];

function fromItem<T extends Listing>(item: Record<string, unknown>): T {
  const listing = { ...item };
  for (const key of KEY_ATTRIBUTES) delete listing[key];
  return listing as T;
}

/**
 * Mentoring places and qualification offers share one lifecycle: each write moves the item and
 * its match-index entries together in one transaction, conditional on the version it replaces.
 */
export function listingRepository<T extends Listing>(deps: Deps, kind: ListingKind) {
  const table = deps.tableName;

  const toItem = (listing: T) => ({
    ...listing,
    ...listingKey(kind, listing.id),
    ...orgListKey(kind, listing.org, listing.id),
    ...(listing.status === "published" ? publishedListKey(kind, listing.id) : {}),
  });

  /** Puts for the new entries, deletes for entries the previous state had and the new one lacks. */
  function indexActions(previous: T | undefined, next: T | undefined): TransactItem[] {
    const nextKeys = next ? matchKeys(kind, next) : [];
    const keep = new Set(nextKeys.map((k) => `${k.PK}|${k.SK}`));
    const stale = (previous ? matchKeys(kind, previous) : []).filter((k) => !keep.has(`${k.PK}|${k.SK}`));
    return [
      ...stale.map((Key) => ({ Delete: { TableName: table, Key } })),
      ...(next
        ? nextKeys.map((key) => ({
            Put: { TableName: table, Item: { ...key, entry: toMatchEntry(kind, next) } },
          }))
        : []),
    ];
  }

  const versionGuard = (version: number) => ({
    ConditionExpression: "#v = :v",
    ExpressionAttributeNames: { "#v": "version" },
    ExpressionAttributeValues: { ":v": version },
  });

  async function page(
    index: "GSI1" | "GSI2",
    pk: { name: string; value: string },
    request: PageRequest,
  ): Promise<Page<T>> {
    const result = await deps.db.send(
      new QueryCommand({
        TableName: table,
        IndexName: index,
        KeyConditionExpression: "#pk = :pk",
        ExpressionAttributeNames: { "#pk": pk.name, ...(request.status ? { "#s": "status" } : {}) },
        ExpressionAttributeValues: { ":pk": pk.value, ...(request.status ? { ":s": request.status } : {}) },
        ...(request.status ? { FilterExpression: "#s = :s" } : {}),
        ScanIndexForward: false,
        Limit: request.limit,
        ExclusiveStartKey: decodeCursor(request.cursor, pk),
      }),
    );
    const nextCursor = encodeCursor(result.LastEvaluatedKey);
    return {
      items: (result.Items ?? []).map((item) => fromItem<T>(item)),
      ...(nextCursor ? { nextCursor } : {}),
    };
  }

  return {
    async get(id: string): Promise<T | undefined> {
      const { Item } = await deps.db.send(
        new GetCommand({ TableName: table, Key: listingKey(kind, id), ConsistentRead: true }),
      );
      return Item ? fromItem<T>(Item) : undefined;
    },

    /** `extra` joins the same transaction: the idempotency record, whose key a concurrent twin may hold. */
    async create(listing: T, extra: TransactItem[] = []): Promise<void> {
      const put = {
        Put: { TableName: table, Item: toItem(listing), ConditionExpression: "attribute_not_exists(PK)" },
      };
      await transactWrite(deps, [put, ...indexActions(undefined, listing), ...extra], (i) =>
        i === 0
          ? new Error(`id collision for ${kind} ${listing.id}`)
          : new ConflictError(
              "Eine Anfrage mit diesem Idempotency-Key lief gleichzeitig; bitte wiederholen.",
            ),
      );
    },

    async replace(previous: T, next: T): Promise<void> {
      const put = { Put: { TableName: table, Item: toItem(next), ...versionGuard(previous.version) } };
      await transactWrite(deps, [put, ...indexActions(previous, next)], () => new PreconditionFailedError());
    },

    async delete(previous: T): Promise<void> {
      const del = {
        Delete: { TableName: table, Key: listingKey(kind, previous.id), ...versionGuard(previous.version) },
      };
      await transactWrite(
        deps,
        [del, ...indexActions(previous, undefined)],
        () => new PreconditionFailedError(),
      );
    },

    listByOrg: (org: string, request: PageRequest) =>
      page("GSI1", { name: "GSI1PK", value: orgListKey(kind, org).GSI1PK }, request),

    listPublished: (request: Omit<PageRequest, "status">) =>
      page("GSI2", { name: "GSI2PK", value: publishedListKey(kind).GSI2PK }, request),
  };
}

export type ListingRepository<T extends Listing> = ReturnType<typeof listingRepository<T>>;
