import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import { profileKey } from "./keys.ts";

/**
 * A staff member's work contact (name, phone, e-mail of PUT /me), read by key and nothing else:
 * the read-only handout function prints it and may not carry the profile's writes.
 */
export async function readWorkContact(
  deps: Deps,
  sub: string,
): Promise<{ name?: string; phone?: string; email?: string } | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: profileKey(sub),
      ProjectionExpression: "#n, phone, email",
      ExpressionAttributeNames: { "#n": "name" },
    }),
  );
  if (!Item) return undefined;
  const text = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
  const [name, phone, email] = [text(Item.name), text(Item.phone), text(Item.email)];
  return { ...(name ? { name } : {}), ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
}
