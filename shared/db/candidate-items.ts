import {
  BatchWriteCommand,
  QueryCommand,
  type QueryCommandInput,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import type { Deps } from "../runtime.ts";
import { candidateKey, candidateLinkKey, candidatePartition } from "./keys.ts";
import { NotYet, type RetryPolicy, withRetries } from "./retry.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";
import { type TransactItem, transactWrite } from "./transact.ts";

/** A stored item with its keys, as the table holds it. */
export type StoredItem = Record<string, unknown> & { PK: string; SK: string };
export type ItemKey = { PK: string; SK: string };

/** DynamoDB's limits: actions per transaction, requests per BatchWriteItem. */
export const TRANSACTION_LIMIT = 100;
export const BATCH_LIMIT = 25;
const UNPROCESSED: RetryPolicy = { attempts: 6, baseMs: 25, capMs: 800 };

export const keyOf = (item: ItemKey): ItemKey => ({ PK: item.PK, SK: item.SK });
export const epochOf = (iso: string) => Math.floor(Date.parse(iso) / 1000);

async function queryAll(deps: Deps, input: Omit<QueryCommandInput, "TableName">): Promise<StoredItem[]> {
  const items: StoredItem[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({ TableName: deps.tableName, ...input, ExclusiveStartKey: start }),
    );
    items.push(...((page.Items ?? []) as StoredItem[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/**
 * Everything stored that names the candidate, whatever its kind: its partition CAND#<id> (profile,
 * guards, counters, anything added later) and every item linked to it in GSI3 (referrals,
 * idempotency records, …). Erasure and retention work over this list, not over known kinds.
 */
export async function candidateItems(deps: Deps, candidateId: string) {
  const [own, linked] = await Promise.all([
    queryAll(deps, {
      KeyConditionExpression: "PK = :pk",
      ExpressionAttributeValues: { ":pk": candidatePartition(candidateId) },
      ConsistentRead: true,
    }),
    queryAll(deps, {
      IndexName: "GSI3",
      KeyConditionExpression: "GSI3PK = :pk",
      ExpressionAttributeValues: { ":pk": candidateLinkKey(candidateId).GSI3PK },
    }),
  ]);
  const profileSK = candidateKey(candidateId).SK;
  return {
    profile: own.find((item) => item.SK === profileSK),
    dependents: [...own.filter((item) => item.SK !== profileSK), ...linked],
  };
}

/**
 * One all-or-nothing step of an erasure: each item is deleted only if it still exists (a step
 * that already ran cannot leave a second remainder), with the puts (anonymous remainders) it
 * brings. `onGone` answers a step whose item another request erased first.
 */
export async function eraseStep(
  deps: Deps,
  deletes: ItemKey[],
  puts: Record<string, unknown>[],
  onGone: () => Error,
): Promise<void> {
  const actions: TransactItem[] = [
    ...deletes.map((Key) => ({
      Delete: { TableName: deps.tableName, Key, ConditionExpression: "attribute_exists(PK)" },
    })),
    ...puts.map((Item) => ({ Put: { TableName: deps.tableName, Item } })),
  ];
  if (actions.length > TRANSACTION_LIMIT) throw new Error(`erase step of ${actions.length} actions`);
  await transactWrite(deps, { erase: actions }, onGone);
}

/** Deletes items that need no remainder, 25 per BatchWrite, unprocessed ones sent again (retry.ts). */
export async function deleteItems(deps: Deps, keys: ItemKey[], giveUp: () => Error): Promise<void> {
  for (let i = 0; i < keys.length; i += BATCH_LIMIT) {
    let requests = keys.slice(i, i + BATCH_LIMIT).map((Key) => ({ DeleteRequest: { Key } }));
    await withRetries(
      "candidate items delete",
      UNPROCESSED,
      async () => {
        const { UnprocessedItems } = await deps.db.send(
          new BatchWriteCommand({ RequestItems: { [deps.tableName]: requests } }),
        );
        requests = (UnprocessedItems?.[deps.tableName] ?? []) as typeof requests;
        if (requests.length) throw new NotYet();
      },
      { giveUp },
    );
  }
}

/**
 * Moves an item's expiry (TTL) to `epoch` if it still exists and expired with its candidate
 * (`previous`, or had none yet): a dependent item's retention restarts with its candidate's. Items
 * with an earlier expiry of their own (idempotency records, 24 h) keep it.
 */
export async function moveExpiry(deps: Deps, key: ItemKey, epoch: number, previous: number): Promise<void> {
  await deps.db
    .send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: key,
        UpdateExpression: "SET #ttl = :ttl",
        ConditionExpression: "attribute_exists(PK) AND (attribute_not_exists(#ttl) OR #ttl >= :previous)",
        ExpressionAttributeNames: { "#ttl": TTL_ATTRIBUTE },
        ExpressionAttributeValues: { ":ttl": epoch, ":previous": previous },
      }),
    )
    .catch((error: unknown) => {
      // Erased in the meantime, or an item with a shorter expiry of its own: nothing to move.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    });
}
