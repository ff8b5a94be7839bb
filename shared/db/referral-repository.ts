import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import type { Referral } from "../schemas/referral.ts";
import {
  activeReferralKey,
  candidateLinkKey,
  PREFIX,
  coachReferralPartition,
  incomingReferralPartition,
  referralIndexKeys,
  referralKey,
} from "./keys.ts";
import { type Filters, type PageRequest, queryPage, withoutKeys } from "./query-page.ts";
import { type NamedActions, type TransactItem, versionGuard } from "./transact.ts";

/** A referral as stored: the pseudonymous profile is a snapshot taken when it was proposed. */
export type StoredReferral = Referral & { candidateId: string; org: string };

export const REFERRAL_KEY_ATTRIBUTES = [
  "PK",
  "SK",
  "GSI1PK",
  "GSI1SK",
  "GSI2PK",
  "GSI2SK",
  "GSI3PK",
  "GSI3SK",
];
const fromItem = (item: Record<string, unknown>) =>
  withoutKeys<StoredReferral>(item, REFERRAL_KEY_ATTRIBUTES);

export function referralRepository(deps: Deps) {
  const table = deps.tableName;
  const toItem = (r: StoredReferral) => ({ ...r, ...referralKey(r.id), ...referralIndexKeys(r) });

  return {
    async get(id: string): Promise<StoredReferral | undefined> {
      const { Item } = await deps.db.send(
        new GetCommand({ TableName: table, Key: referralKey(id), ConsistentRead: true }),
      );
      return Item ? fromItem(Item) : undefined;
    },

    /** A new referral and its guard: one active referral per candidate and place. */
    createActions: (r: StoredReferral): NamedActions => ({
      referral: [
        { Put: { TableName: table, Item: toItem(r), ConditionExpression: "attribute_not_exists(PK)" } },
      ],
      activeGuard: [
        {
          Put: {
            TableName: table,
            Item: { ...activeReferralKey(r.candidateId, r.placeId), referralId: r.id },
            ConditionExpression: "attribute_not_exists(PK)",
          },
        },
      ],
    }),

    replaceAction: (previous: StoredReferral, next: StoredReferral): TransactItem => ({
      Put: {
        TableName: table,
        Item: toItem(next),
        ...versionGuard(previous.version),
      },
    }),

    releaseGuardAction: (r: StoredReferral): TransactItem => ({
      Delete: { TableName: table, Key: activeReferralKey(r.candidateId, r.placeId) },
    }),

    listForCoachOrg: (org: string, request: PageRequest, filters: Filters) =>
      queryPage(deps, "GSI1", coachReferralPartition(org), request, fromItem, filters),

    listForPlaceOrg: (placeOrg: string, request: PageRequest, filters: Filters) =>
      queryPage(deps, "GSI2", incomingReferralPartition(placeOrg), request, fromItem, filters),

    /** How many referrals a candidate has (any status): bounds the erasure transaction. */
    async countForCandidate(candidateId: string): Promise<number> {
      const { Count } = await deps.db.send(
        new QueryCommand({
          TableName: table,
          IndexName: "GSI3",
          KeyConditionExpression: "GSI3PK = :pk AND begins_with(GSI3SK, :ref)",
          ExpressionAttributeValues: {
            ":pk": candidateLinkKey(candidateId).GSI3PK,
            ":ref": `${PREFIX.referral}#`,
          },
          Select: "COUNT",
        }),
      );
      return Count ?? 0;
    },
  };
}
