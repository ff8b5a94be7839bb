import { randomUUID } from "node:crypto";
import { BatchWriteCommand, QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import { PreconditionFailedError } from "../domain/errors.ts";
import type { Deps } from "../runtime.ts";
import type { Candidate } from "../schemas/candidate.ts";
import {
  anonymousReferralKey,
  candidateKey,
  candidateLinkKey,
  candidatePartition,
  PREFIX,
  referralKey,
} from "./keys.ts";
import { withoutKeys } from "./query-page.ts";
import { REFERRAL_KEY_ATTRIBUTES, type StoredReferral } from "./referral-repository.ts";
import { NotYet, type RetryPolicy, withRetries } from "./retry.ts";
import { type TransactItem, transactWrite, versionGuard } from "./transact.ts";

type Item = Record<string, unknown> & { PK: string; SK: string };
const TRANSACTION_LIMIT = 100;
const UNPROCESSED: RetryPolicy = { attempts: 5, baseMs: 25, capMs: 800 };
class LeftOver extends Error {}

async function queryAll(deps: Deps, input: Omit<QueryCommandInput, "TableName">): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({ TableName: deps.tableName, ...input, ExclusiveStartKey: start }),
    );
    items.push(...((page.Items ?? []) as Item[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Everything stored that names the candidate: its partition (profile, guards) and its GSI3 links. */
export async function candidateItems(deps: Deps, candidateId: string) {
  const [own, linked] = await Promise.all([
    queryAll(deps, {
      KeyConditionExpression: "PK = :pk",
      ExpressionAttributeValues: { ":pk": candidatePartition(candidateId) },
    }),
    queryAll(deps, {
      IndexName: "GSI3",
      KeyConditionExpression: "GSI3PK = :pk",
      ExpressionAttributeValues: { ":pk": candidateLinkKey(candidateId).GSI3PK },
    }),
  ]);
  const referrals = linked
    .filter((item) => item.PK.startsWith(`${PREFIX.referral}#`))
    .map((item) => withoutKeys<StoredReferral>(item, REFERRAL_KEY_ATTRIBUTES));
  const idempotencyRecords = linked.filter((item) => item.PK.startsWith(`${PREFIX.idempotency}#`));
  return { own, referrals, idempotencyRecords };
}

/**
 * Erases a candidate in one transaction: the profile, its guards and its referrals go; each
 * referral leaves an anonymous remainder under a fresh random key (place, occupation, district,
 * status, month) for statistics. Stored idempotency responses about the candidate are deleted in
 * the same transaction when they fit, else right after (they expire within 24 h anyway).
 */
export async function eraseCandidate(
  deps: Deps,
  candidate: Candidate,
): Promise<{ referrals: number; leftovers: number }> {
  const { own, referrals, idempotencyRecords } = await candidateItems(deps, candidate.id);
  const key = (item: Item) => ({ PK: item.PK, SK: item.SK });
  const profileKey = candidateKey(candidate.id);
  const actions: TransactItem[] = [
    {
      Delete: {
        TableName: deps.tableName,
        Key: profileKey,
        ...versionGuard(candidate.version),
      },
    },
    ...own
      .filter((item) => item.SK !== profileKey.SK)
      .map((item) => ({ Delete: { TableName: deps.tableName, Key: key(item) } })),
    ...referrals.flatMap((r): TransactItem[] => [
      { Delete: { TableName: deps.tableName, Key: referralKey(r.id) } },
      {
        Put: {
          TableName: deps.tableName,
          Item: {
            ...anonymousReferralKey(randomUUID()),
            placeId: r.placeId,
            occupation: candidate.occupation,
            district: candidate.location.district.code,
            status: r.status,
            month: r.createdAt.slice(0, 7),
            // Anonymous too, and what lets `npm run stats:rebuild` recount the referral's events.
            org: r.org,
            events: r.history.map((h) => ({ status: h.status, month: h.at.slice(0, 7) })),
          },
        },
      },
    ]),
  ];
  const room = TRANSACTION_LIMIT - actions.length;
  const inline = idempotencyRecords.slice(0, Math.max(0, room));
  const later = idempotencyRecords.slice(inline.length);
  actions.push(...inline.map((item) => ({ Delete: { TableName: deps.tableName, Key: key(item) } })));
  const [profile, ...data] = actions;
  await transactWrite(deps, { profile: profile ? [profile] : [], data }, () => new PreconditionFailedError());
  let leftovers = 0;
  for (let i = 0; i < later.length; i += 25) {
    let requests = {
      [deps.tableName]: later.slice(i, i + 25).map((item) => ({ DeleteRequest: { Key: key(item) } })),
    };
    // The candidate is gone already; records left after the last try expire within 24 h (TTL).
    // The give-up is logged (retry.ts) and counted in the answer, never dropped without a word.
    await withRetries(
      "erasure leftovers",
      UNPROCESSED,
      async () => {
        const { UnprocessedItems } = await deps.db.send(new BatchWriteCommand({ RequestItems: requests }));
        requests = (UnprocessedItems ?? {}) as typeof requests;
        if (Object.keys(requests).length) throw new NotYet();
      },
      { giveUp: () => new LeftOver() },
    ).catch((error: unknown) => {
      if (!(error instanceof LeftOver)) throw error;
      leftovers += requests[deps.tableName]?.length ?? 0;
    });
  }
  return { referrals: referrals.length, leftovers };
}
