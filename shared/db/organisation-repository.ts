import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { ConflictError, PreconditionFailedError } from "../domain/errors.ts";
import { organisationNameKey } from "../domain/organisation-name.ts";
import type { Deps } from "../runtime.ts";
import type { Organisation } from "../schemas/organisation.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import { organisationKey, organisationListKey, organisationNameClaimKey } from "./keys.ts";
import { type Page, type PageRequest, withoutKeys } from "./query-page.ts";
import { type TransactItem, transactWrite, versionGuard } from "./transact.ts";

const KEY_ATTRIBUTES = ["PK", "SK", "GSI1PK", "GSI1SK"];
const fromItem = (item: Record<string, unknown>) => withoutKeys<Organisation>(item, KEY_ATTRIBUTES);

/** Flat items (strings and numbers only), whatever order DynamoDB returns the attributes in. */
const sameFields = (a: Organisation, b: Organisation) =>
  Object.keys(a).length === Object.keys(b).length &&
  (Object.keys(b) as (keyof Organisation)[]).every((key) => a[key] === b[key]);

const nameTaken = () =>
  new ConflictError("Diesen Namen trägt bereits eine andere Organisation.", {
    errors: [{ path: "name", message: "Name bereits vergeben (Groß-/Kleinschreibung zählt nicht)" }],
  });

/** Organisations by slug; the list (admins) runs alphabetically by slug. */
export function organisationRepository(deps: Deps) {
  const table = deps.tableName;
  return {
    async get(org: string): Promise<Organisation | undefined> {
      const { Item } = await deps.db.send(
        new GetCommand({ TableName: table, Key: organisationKey(org), ConsistentRead: true }),
      );
      return Item ? fromItem(Item) : undefined;
    },

    /**
     * Creates (`previous` undefined: only if absent) or replaces the version that was read, and in
     * the same transaction claims the name (unless another organisation holds it: 409 naming
     * `name`) and gives a changed name's old claim up.
     */
    async put(previous: Organisation | undefined, next: Organisation): Promise<void> {
      const guard = previous
        ? versionGuard(previous.version)
        : { ConditionExpression: "attribute_not_exists(PK)" };
      const organisation = {
        Put: {
          TableName: table,
          Item: { ...next, ...organisationKey(next.org), ...organisationListKey(next.org) },
          ...guard,
        },
      };
      const [newKey, oldKey] = [
        organisationNameKey(next.name),
        previous && organisationNameKey(previous.name),
      ];
      const ownOrFree = {
        ConditionExpression: "attribute_not_exists(PK) OR #org = :org",
        ExpressionAttributeNames: { "#org": "org" },
        ExpressionAttributeValues: { ":org": next.org },
      };
      const claim: TransactItem = {
        Put: { TableName: table, Item: { ...organisationNameClaimKey(newKey), org: next.org }, ...ownOrFree },
      };
      const release: TransactItem[] =
        oldKey !== undefined && oldKey !== newKey
          ? [{ Delete: { TableName: table, Key: organisationNameClaimKey(oldKey), ...ownOrFree } }]
          : [];
      try {
        await transactWrite(deps, { organisation: [organisation], claim: [claim], release }, (failed) =>
          failed === "claim" ? nameTaken() : new PreconditionFailedError(),
        );
      } catch (error) {
        if (!(error instanceof PreconditionFailedError)) throw error;
        // A retried write that landed already: finding exactly our item is success.
        const stored = await this.get(next.org);
        if (stored && sameFields(stored, next)) return;
        // A concurrent PUT won: the caller's version is no longer the current one.
        throw error;
      }
    },

    async list(request: PageRequest): Promise<Page<Organisation>> {
      const partition = organisationListKey().GSI1PK;
      const out = await deps.db.send(
        new QueryCommand({
          TableName: table,
          IndexName: "GSI1",
          KeyConditionExpression: "GSI1PK = :pk",
          ExpressionAttributeValues: { ":pk": partition },
          Limit: request.limit,
          ExclusiveStartKey: decodeCursor(request.cursor, { name: "GSI1PK", value: partition }),
        }),
      );
      const nextCursor = encodeCursor(out.LastEvaluatedKey);
      return { items: (out.Items ?? []).map(fromItem), ...(nextCursor ? { nextCursor } : {}) };
    },
  };
}
