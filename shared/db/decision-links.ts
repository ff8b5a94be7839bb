import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import { decisionLinkCandidateKey, decisionLinkKey } from "./keys.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";
import type { TransactItem } from "./transact.ts";

/**
 * One decision link as stored: which referral (and so which candidate, for erasure), for which
 * counselling organisation and employer record, until when, and whether it was used. The token
 * itself is never stored: it is the HMAC over referral, expiry and nonce (decision-token.ts).
 */
export interface DecisionLink {
  nonce: string;
  referralId: string;
  candidateId: string;
  /** The counselling organisation that keeps the place and sent the link. */
  org: string;
  employerId: string;
  /** Epoch seconds, as in the token. */
  expiresAt: number;
  createdAt: string;
  usedAt?: string;
  /** The coach who sent it: told if its mail is refused (pseudonymous staff id). */
  sentBy?: string;
  /** When its mail was handed to the mail service (claimed before sending: at most one mail). */
  mailedAt?: string;
}

const KEY_ATTRIBUTES = ["PK", "SK", "GSI3PK", "GSI3SK", TTL_ATTRIBUTE];
/** A used or expired link is kept a while, so that a late click learns "already used" or "expired". */
const KEPT_AFTER_EXPIRY_SECONDS = 30 * 86_400;

export const isDecisionLinkItem = (item: Record<string, unknown> | undefined) =>
  typeof item?.PK === "string" && item.PK.startsWith("DLINK#") && item.SK === "DLINK";

export const decisionLinkOf = (item: Record<string, unknown>): DecisionLink => {
  const copy = { ...item };
  for (const key of KEY_ATTRIBUTES) delete copy[key];
  return copy as unknown as DecisionLink;
};

export function decisionLinkRepository(deps: Deps) {
  const table = deps.tableName;
  return {
    /** A new link; it expires from the table after its use and never outlives its candidate. */
    async create(link: DecisionLink, candidateExpiresAtEpoch: number): Promise<void> {
      const ttl = Math.min(link.expiresAt + KEPT_AFTER_EXPIRY_SECONDS, candidateExpiresAtEpoch);
      await deps.db.send(
        new PutCommand({
          TableName: table,
          Item: {
            ...link,
            ...decisionLinkKey(link.nonce),
            ...decisionLinkCandidateKey(link.candidateId, link.nonce),
            [TTL_ATTRIBUTE]: ttl,
          },
          ConditionExpression: "attribute_not_exists(PK)",
        }),
      );
    },

    async get(nonce: string): Promise<DecisionLink | undefined> {
      const { Item } = await deps.db.send(
        new GetCommand({ TableName: table, Key: decisionLinkKey(nonce), ConsistentRead: true }),
      );
      return Item ? decisionLinkOf(Item) : undefined;
    },

    /**
     * The link's single use, in the transaction of the decision: it passes only while the link
     * exists for this referral and is unused, so of two racing decisions exactly one is written.
     */
    useAction: (link: Pick<DecisionLink, "nonce" | "referralId">, at: string): TransactItem => ({
      Update: {
        TableName: table,
        Key: decisionLinkKey(link.nonce),
        UpdateExpression: "SET #used = :at",
        ConditionExpression: "attribute_exists(PK) AND attribute_not_exists(#used) AND #ref = :ref",
        ExpressionAttributeNames: { "#used": "usedAt", "#ref": "referralId" },
        ExpressionAttributeValues: { ":at": at, ":ref": link.referralId },
      },
    }),

    /** Claims the link's one mail; false when a redelivered stream record finds it claimed. */
    async claimMail(nonce: string, at: string): Promise<boolean> {
      try {
        await deps.db.send(
          new UpdateCommand({
            TableName: table,
            Key: decisionLinkKey(nonce),
            UpdateExpression: "SET mailedAt = :at",
            ConditionExpression: "attribute_exists(PK) AND attribute_not_exists(mailedAt)",
            ExpressionAttributeValues: { ":at": at },
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },
  };
}
