import { GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { PreconditionFailedError } from "../domain/errors.ts";
import type { Deps } from "../runtime.ts";
import type { Organisation } from "../schemas/organisation.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import { organisationKey, organisationListKey } from "./keys.ts";
import { type Page, type PageRequest, withoutKeys } from "./query-page.ts";

const KEY_ATTRIBUTES = ["PK", "SK", "GSI1PK", "GSI1SK"];
const fromItem = (item: Record<string, unknown>) => withoutKeys<Organisation>(item, KEY_ATTRIBUTES);

/** Flat items (strings and numbers only), whatever order DynamoDB returns the attributes in. */
const sameFields = (a: Organisation, b: Organisation) =>
  Object.keys(a).length === Object.keys(b).length &&
  (Object.keys(b) as (keyof Organisation)[]).every((key) => a[key] === b[key]);

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

    /** Creates (`previous` undefined: only if absent) or replaces the version that was read. */
    async put(previous: Organisation | undefined, next: Organisation): Promise<void> {
      const guard = previous
        ? {
            ConditionExpression: "#v = :v",
            ExpressionAttributeNames: { "#v": "version" },
            ExpressionAttributeValues: { ":v": previous.version },
          }
        : { ConditionExpression: "attribute_not_exists(PK)" };
      try {
        await deps.db.send(
          new PutCommand({
            TableName: table,
            Item: { ...next, ...organisationKey(next.org), ...organisationListKey(next.org) },
            ...guard,
          }),
        );
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        // The SDK retries a Put that timed out but may have landed: finding exactly our item is success.
        const stored = await this.get(next.org);
        if (stored && sameFields(stored, next)) return;
        // A concurrent PUT won: the caller's version is no longer the current one.
        throw new PreconditionFailedError();
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
