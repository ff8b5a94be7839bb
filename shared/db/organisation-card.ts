import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import { organisationKey } from "./keys.ts";

/**
 * An organisation's display name and website, read by key and nothing else: the read-only
 * handouts function prints them on the information notice and may not carry the repository's
 * writes (as work-contact.ts for a staff member's contact).
 */
export async function readOrganisationCard(
  deps: Pick<Deps, "db" | "tableName">,
  org: string,
): Promise<{ name: string; website?: string } | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: organisationKey(org),
      ProjectionExpression: "#n, website",
      ExpressionAttributeNames: { "#n": "name" },
    }),
  );
  if (typeof Item?.name !== "string" || Item.name === "") return undefined;
  return { name: Item.name, ...(typeof Item.website === "string" ? { website: Item.website } : {}) };
}
