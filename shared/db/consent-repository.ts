import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import type { ConsentEvent } from "../schemas/consent.ts";
import type { StoredItem } from "./candidate-items.ts";
import {
  activeReferralPrefix,
  candidatePartition,
  consentEventKey,
  consentEventPrefix,
  referralKey,
} from "./keys.ts";
import { withoutKeys } from "./query-page.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";
import type { TransactItem } from "./transact.ts";

const KEY_ATTRIBUTES = ["PK", "SK", TTL_ATTRIBUTE];

async function partition(deps: Deps, candidateId: string, prefix: string) {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: "PK = :pk AND begins_with(SK, :sk)",
        ExpressionAttributeValues: { ":pk": candidatePartition(candidateId), ":sk": prefix },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/**
 * A candidate's consent history (one item per grant or withdrawal, in its partition: erased with
 * it, expiring with it) and the referrals a withdrawal of `share-profile` must close.
 */
export function consentRepository(deps: Deps) {
  return {
    /** Oldest first (the sort key starts with the instant it was recorded). */
    async history(candidateId: string): Promise<ConsentEvent[]> {
      const items = await partition(deps, candidateId, consentEventPrefix);
      return items.map((item) => withoutKeys<ConsentEvent>(item, KEY_ATTRIBUTES));
    },

    /** The entries of the change that writes the candidate's `version`. */
    eventActions: (
      candidateId: string,
      version: number,
      events: ConsentEvent[],
      expiresAt: string,
    ): TransactItem[] =>
      events.map((event) => ({
        Put: {
          TableName: deps.tableName,
          Item: {
            ...event,
            ...consentEventKey(candidateId, version, event.scope),
            [TTL_ATTRIBUTE]: Math.floor(Date.parse(expiresAt) / 1000),
          },
          ConditionExpression: "attribute_not_exists(PK)",
        },
      })),

    /**
     * The candidate's open referrals, found through their guards in its own partition (read
     * strongly consistent: unlike the GSI3 link, a referral written a moment ago is there), each
     * read by key as stored, keys included (shared/app/erasure-withdrawal.ts takes them so).
     */
    async openReferralItems(candidateId: string): Promise<StoredItem[]> {
      const guards = await partition(deps, candidateId, activeReferralPrefix);
      const items = await Promise.all(
        guards.map(async (guard) => {
          const { Item } = await deps.db.send(
            new GetCommand({
              TableName: deps.tableName,
              Key: referralKey(String(guard.referralId)),
              ConsistentRead: true,
            }),
          );
          return Item as StoredItem | undefined;
        }),
      );
      return items.filter((item): item is StoredItem => item !== undefined);
    },
  };
}
