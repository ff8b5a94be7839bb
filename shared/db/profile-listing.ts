import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import { profileKey, profileListKey } from "./keys.ts";

/**
 * Keeps a profile on its organisation's list (GSI1), which says who receives the organisation's
 * notices: profiles stored before the list existed, or whose token now names another organisation.
 */
export function profileListing(deps: Deps) {
  const table = deps.tableName;
  return {
    /** The list the stored profile is on; undefined: no profile, "": on none. */
    async listedUnder(sub: string): Promise<string | undefined> {
      const { Item } = await deps.db.send(
        new GetCommand({ TableName: table, Key: profileKey(sub), ProjectionExpression: "PK, GSI1PK" }),
      );
      return Item ? String(Item.GSI1PK ?? "") : undefined;
    },

    /** Puts an existing profile on `org`'s list (the token's organisation is the truth). */
    async relist(sub: string, org: string): Promise<void> {
      try {
        await deps.db.send(
          new UpdateCommand({
            TableName: table,
            Key: profileKey(sub),
            UpdateExpression: "SET org = :org, GSI1PK = :pk, GSI1SK = :sk",
            ConditionExpression: "attribute_exists(PK)",
            ExpressionAttributeValues: { ":org": org, ":pk": profileListKey(org).GSI1PK, ":sk": sub },
          }),
        );
      } catch (error) {
        if ((error as Error).name !== "ConditionalCheckFailedException") throw error;
      }
    },
  };
}
