import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import { seatBackKey, seatReleaseKey } from "./keys.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";
import type { TransactItem } from "./transact.ts";

/**
 * The marker that `mentoring.completed` gave a referral's seat back. Both ways of giving a seat
 * back — completing the mentoring and withdrawing the referral — look at it, so a seat returns once.
 */
export function seatReleases(deps: Deps) {
  return {
    async released(candidateId: string, referralId: string): Promise<boolean> {
      const { Item } = await deps.db.send(
        new GetCommand({
          TableName: deps.tableName,
          Key: seatReleaseKey(candidateId, referralId),
          ConsistentRead: true,
        }),
      );
      return Item !== undefined;
    },
    /** Writes the marker; fails (by its name in the transaction) if it exists already. */
    markAction(candidateId: string, referralId: string, at: string): TransactItem {
      return {
        Put: {
          TableName: deps.tableName,
          Item: { ...seatReleaseKey(candidateId, referralId), referralId, at },
          ConditionExpression: "attribute_not_exists(PK)",
        },
      };
    },
    /**
     * Marks that the seat of a referral removed while accepted was given back; fails (by its name)
     * the second time. Kept a week: longer than the stream redelivers a record (24 h).
     */
    seatBackAction(referralId: string, at: string): TransactItem {
      const week = Math.floor(Date.parse(at) / 1000) + 7 * 86_400;
      return {
        Put: {
          TableName: deps.tableName,
          Item: { ...seatBackKey(referralId), at, [TTL_ATTRIBUTE]: week },
          ConditionExpression: "attribute_not_exists(PK)",
        },
      };
    },
    /** Holds only once the seat has been given back. */
    markedCheck(candidateId: string, referralId: string): TransactItem {
      return {
        ConditionCheck: {
          TableName: deps.tableName,
          Key: seatReleaseKey(candidateId, referralId),
          ConditionExpression: "attribute_exists(PK)",
        },
      };
    },
    /** Holds only while the seat has not been given back. */
    notReleasedCheck(candidateId: string, referralId: string): TransactItem {
      return {
        ConditionCheck: {
          TableName: deps.tableName,
          Key: seatReleaseKey(candidateId, referralId),
          ConditionExpression: "attribute_not_exists(PK)",
        },
      };
    },
  };
}
