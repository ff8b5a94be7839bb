import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { isCaseNumber } from "../domain/case-number.ts";
import type { Deps } from "../runtime.ts";
import { candidateKey, caseCounterKey } from "./keys.ts";
import type { TransactItem } from "./transact.ts";

const COUNTER = "lastIssued";

/** The last case number `org` issued in `year` (0 before the first), read consistently. */
export async function lastIssuedCaseNumber(deps: Deps, org: string, year: string): Promise<number> {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: caseCounterKey(org, year),
      ConsistentRead: true,
      ProjectionExpression: COUNTER,
    }),
  );
  return typeof Item?.[COUNTER] === "number" ? Item[COUNTER] : 0;
}

/**
 * Moves the counter from `last` to `last + 1`, in the transaction that writes the candidate
 * holding that number: it fails its condition when a concurrent create issued `last + 1` first,
 * so no number is issued twice and none is lost to a failed write.
 */
export function issueCaseNumberAction(
  tableName: string,
  org: string,
  year: string,
  last: number,
): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: caseCounterKey(org, year),
      UpdateExpression: "SET #n = :next",
      ConditionExpression: last === 0 ? "attribute_not_exists(PK)" : "#n = :last",
      ExpressionAttributeNames: { "#n": COUNTER },
      ExpressionAttributeValues: { ":next": last + 1, ...(last === 0 ? {} : { ":last": last }) },
    },
  };
}

/**
 * The case number of a live candidate, the one detail a notice to the coach may carry; undefined
 * once the candidate expired or is being erased, and for a free text stored before numbers were
 * issued. Never the coach's own file number (`ownReference`).
 */
export async function caseNumberOf(deps: Deps, candidateId: string): Promise<string | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: candidateKey(candidateId),
      ProjectionExpression: "#r, expiresAt, erasingSince",
      ExpressionAttributeNames: { "#r": "reference" },
    }),
  );
  const live = Item && Item.erasingSince === undefined && String(Item.expiresAt) > deps.clock().toISOString();
  return live && isCaseNumber(Item.reference) ? Item.reference : undefined;
}
