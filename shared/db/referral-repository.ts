import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { targetOf } from "../domain/referral-target.ts";
import type { Deps } from "../runtime.ts";
import type { Referral } from "../schemas/referral.ts";
import {
  activeReferralKey,
  coachReferralPartition,
  incomingReferralPartition,
  openReferralCounterKey,
  referralIndexKeys,
  referralKey,
} from "./keys.ts";
import { type Filters, type PageRequest, queryPage, withoutKeys } from "./query-page.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";
import type { TransactItem } from "./transact.ts";

/**
 * A referral as stored: the pseudonymous profile is a snapshot taken when it was proposed. Names
 * and the hand-off are never stored; they are joined when a referral is answered.
 */
export type StoredReferral = Omit<Referral, "orgName" | "itemOrgName" | "handoff">;

/** The index keys of a referral: its coach organisation, the target's organisation, its candidate. */
const indexKeys = (r: StoredReferral) =>
  referralIndexKeys({ id: r.id, org: r.org, placeOrg: targetOf(r).org, candidateId: r.candidateId });

export const REFERRAL_KEY_ATTRIBUTES = [
  "PK",
  "SK",
  "GSI1PK",
  "GSI1SK",
  "GSI2PK",
  "GSI2SK",
  "GSI3PK",
  "GSI3SK",
  TTL_ATTRIBUTE,
];
/** A referral as the table holds it (keys and expiry dropped), e.g. one an erasure listed. */
export const referralOf = (item: Record<string, unknown>) =>
  withoutKeys<StoredReferral>(item, REFERRAL_KEY_ATTRIBUTES);
const fromItem = referralOf;

const OPEN = "openReferrals";

/**
 * Referrals and the items that go with them. Each names its candidate, so each expires with it:
 * `expiresAtEpoch` is the candidate's retention end (TTL; reads filter on it too, DynamoDB Local
 * never deletes).
 */
export function referralRepository(deps: Deps) {
  const table = deps.tableName;
  const nowEpoch = () => Math.floor(deps.clock().getTime() / 1000);
  const live = () => ({
    expression: `(attribute_not_exists(${TTL_ATTRIBUTE}) OR ${TTL_ATTRIBUTE} > :nowEpoch)`,
    values: { ":nowEpoch": nowEpoch() },
  });

  return {
    async get(id: string): Promise<StoredReferral | undefined> {
      const { Item } = await deps.db.send(
        new GetCommand({ TableName: table, Key: referralKey(id), ConsistentRead: true }),
      );
      const expired = Item?.[TTL_ATTRIBUTE] !== undefined && Number(Item[TTL_ATTRIBUTE]) <= nowEpoch();
      return Item && !expired ? fromItem(Item) : undefined;
    },

    /**
     * A new referral, its guard (one active referral per candidate and place or offer) and the candidate's
     * open-referral counter, raised only while below `cap`: the cap holds however many race.
     */
    createActions: (r: StoredReferral, expiresAtEpoch: number, cap: number) => ({
      referral: [
        {
          Put: {
            TableName: table,
            Item: { ...r, ...referralKey(r.id), ...indexKeys(r), [TTL_ATTRIBUTE]: expiresAtEpoch },
            ConditionExpression: "attribute_not_exists(PK)",
          },
        },
      ],
      activeGuard: [
        {
          Put: {
            TableName: table,
            Item: {
              ...activeReferralKey(r.candidateId, targetOf(r).id),
              referralId: r.id,
              [TTL_ATTRIBUTE]: expiresAtEpoch,
            },
            ConditionExpression: "attribute_not_exists(PK)",
          },
        },
      ],
      cap: [
        {
          Update: {
            TableName: table,
            Key: openReferralCounterKey(r.candidateId),
            UpdateExpression: "SET #n = if_not_exists(#n, :zero) + :one, #ttl = :ttl",
            ConditionExpression: "attribute_not_exists(#n) OR #n < :cap",
            ExpressionAttributeNames: { "#n": OPEN, "#ttl": TTL_ATTRIBUTE },
            ExpressionAttributeValues: { ":zero": 0, ":one": 1, ":cap": cap, ":ttl": expiresAtEpoch },
          },
        },
      ],
    }),

    /** The referral's new state, guarded by the version it replaces; keys and expiry stay. */
    replaceAction(previous: StoredReferral, next: StoredReferral): TransactItem {
      const fields = Object.entries(next).filter(([name]) => name !== "id");
      return {
        Update: {
          TableName: table,
          Key: referralKey(next.id),
          UpdateExpression: `SET ${fields.map((_, i) => `#a${i} = :a${i}`).join(", ")}`,
          ConditionExpression: "#v = :previous",
          ExpressionAttributeNames: {
            "#v": "version",
            ...Object.fromEntries(fields.map(([name], i) => [`#a${i}`, name])),
          },
          ExpressionAttributeValues: {
            ":previous": previous.version,
            ...Object.fromEntries(fields.map(([, value], i) => [`:a${i}`, value])),
          },
        },
      };
    },

    /**
     * A closed referral frees its place or offer for the candidate and a slot under the cap. Erasure removes
     * a candidate's referrals before its counter, so this never recreates an erased counter.
     */
    releaseActions: (r: StoredReferral): TransactItem[] => [
      { Delete: { TableName: table, Key: activeReferralKey(r.candidateId, targetOf(r).id) } },
      {
        Update: {
          TableName: table,
          Key: openReferralCounterKey(r.candidateId),
          UpdateExpression: "SET #n = if_not_exists(#n, :one) - :one",
          ExpressionAttributeNames: { "#n": OPEN },
          ExpressionAttributeValues: { ":one": 1 },
        },
      },
    ],

    listForCoachOrg: (org: string, request: PageRequest, filters: Filters) =>
      queryPage(deps, "GSI1", coachReferralPartition(org), request, fromItem, filters, live()),

    /** Referrals to an organisation's places and offers (both share its incoming partition). */
    listIncoming: (itemOrg: string, request: PageRequest, filters: Filters) =>
      queryPage(deps, "GSI2", incomingReferralPartition(itemOrg), request, fromItem, filters, live()),
  };
}
