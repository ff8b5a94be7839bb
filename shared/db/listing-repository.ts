import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { ConflictError, PreconditionFailedError } from "../domain/errors.ts";
import { withCurrentFunding } from "../domain/funding.ts";
import type { Listing, ListingKind } from "../domain/listing.ts";
import type { Deps } from "../runtime.ts";
import { type PageRequest, queryPage, withoutKeys } from "./query-page.ts";
import { listingKey, orgListKey, publishedListKey } from "./keys.ts";
import { matchIndexBody, matchKeys } from "./match-index.ts";
import { stockCounterActions } from "./statistics-counters.ts";
import { type TransactItem, transactWrite, versionGuard } from "./transact.ts";

const KEY_ATTRIBUTES = ["PK", "SK", "GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK"];

const fromItem = <T extends Listing>(item: Record<string, unknown>) =>
  withCurrentFunding(withoutKeys<T>(item, KEY_ATTRIBUTES));

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

  /**
   * What a write changes besides the item: match entries (puts for the new ones, deletes for
   * those the previous state had and the new one lacks) and the statistics stock counters.
   */
  function indexActions(previous: T | undefined, next: T | undefined): TransactItem[] {
    const nextKeys = next ? matchKeys(kind, next) : [];
    const keep = new Set(nextKeys.map((k) => `${k.PK}|${k.SK}`));
    const stale = (previous ? matchKeys(kind, previous) : []).filter((k) => !keep.has(`${k.PK}|${k.SK}`));
    return [
      ...stale.map((Key) => ({ Delete: { TableName: table, Key } })),
      ...(next
        ? nextKeys.map((key) => ({
            Put: { TableName: table, Item: { ...key, ...matchIndexBody(kind, next, key) } },
          }))
        : []),
      ...stockCounterActions(deps, kind, previous, next),
    ];
  }

  /** The put of a new item: fails when the id is taken. */
  const newItem = (listing: T): TransactItem => ({
    Put: { TableName: table, Item: toItem(listing), ConditionExpression: "attribute_not_exists(PK)" },
  });

  return {
    /**
     * Passes while the item is published with a free seat: a place's acceptedCount below its
     * capacity, an offer's below its seats (an offer without seats, or stored before it counted
     * enrolments, always has one).
     */
    openSeatCheck: (id: string): TransactItem => ({
      ConditionCheck: {
        TableName: table,
        Key: listingKey(kind, id),
        ConditionExpression:
          kind === "place"
            ? "#s = :published AND #taken < #limit"
            : "#s = :published AND (attribute_not_exists(#limit) OR attribute_not_exists(#taken) OR #taken < #limit)",
        ExpressionAttributeNames: {
          "#s": "status",
          "#taken": "acceptedCount",
          "#limit": kind === "place" ? "capacity" : "seats",
        },
        ExpressionAttributeValues: { ":published": "published" },
      },
    }),

    async get(id: string): Promise<T | undefined> {
      const { Item } = await deps.db.send(
        new GetCommand({ TableName: table, Key: listingKey(kind, id), ConsistentRead: true }),
      );
      return Item ? fromItem<T>(Item) : undefined;
    },

    /** The actions of a create (the new item's put is the first), to join a larger transaction. */
    createActions: (listing: T): TransactItem[] => [newItem(listing), ...indexActions(undefined, listing)],

    /** `extra` joins the same transaction: the idempotency record, whose key a concurrent twin may hold. */
    async create(listing: T, extra: TransactItem[] = []): Promise<void> {
      const actions = {
        item: [newItem(listing)],
        index: indexActions(undefined, listing),
        idempotency: extra,
      };
      await transactWrite(deps, actions, (name) =>
        name === "item"
          ? new Error(`id collision for ${kind} ${listing.id}`)
          : new ConflictError(
              "Eine Anfrage mit diesem Idempotency-Key lief gleichzeitig; bitte wiederholen.",
            ),
      );
    },

    /** The actions of a version-guarded replace (the guard is the first), to join a larger transaction. */
    replaceActions(previous: T, next: T): TransactItem[] {
      const put = { Put: { TableName: table, Item: toItem(next), ...versionGuard(previous.version) } };
      return [put, ...indexActions(previous, next)];
    },

    async replace(previous: T, next: T): Promise<void> {
      await transactWrite(
        deps,
        { item: this.replaceActions(previous, next) },
        () => new PreconditionFailedError(),
      );
    },

    /** Only while no accepted referral holds a seat: a referral must never point at nothing. */
    async delete(previous: T): Promise<void> {
      const guard = versionGuard(previous.version);
      const del = {
        Delete: {
          TableName: table,
          Key: listingKey(kind, previous.id),
          ConditionExpression: `${guard.ConditionExpression} AND (attribute_not_exists(#taken) OR #taken = :none)`,
          ExpressionAttributeNames: { ...guard.ExpressionAttributeNames, "#taken": "acceptedCount" },
          ExpressionAttributeValues: { ...guard.ExpressionAttributeValues, ":none": 0 },
        },
      };
      await transactWrite(
        deps,
        { item: [del], index: indexActions(previous, undefined) },
        () => new PreconditionFailedError(),
      );
    },

    /** An organisation's items, by status and (places kept on behalf) by employer record. */
    listByOrg: (org: string, request: PageRequest & { status?: Listing["status"]; onBehalfOf?: string }) =>
      queryPage(deps, "GSI1", orgListKey(kind, org).GSI1PK, request, fromItem<T>, {
        status: request.status,
        onBehalfOf: request.onBehalfOf,
      }),

    listPublished: (request: PageRequest) =>
      queryPage(deps, "GSI2", publishedListKey(kind).GSI2PK, request, fromItem<T>),
  };
}

export type ListingRepository<T extends Listing> = ReturnType<typeof listingRepository<T>>;
