import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import { candidateKey } from "./keys.ts";

/**
 * The coach's case number (`reference`) of a live candidate, the one detail a notice to the
 * coach may carry; undefined once the candidate expired or is being erased.
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
  return live && typeof Item.reference === "string" ? Item.reference : undefined;
}
