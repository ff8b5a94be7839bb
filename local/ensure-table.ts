import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
} from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createTableInput } from "../shared/db/table-definition.ts";

/**
 * Creates the table unless it exists, then waits until it is ACTIVE. Idempotent, so `npm start`
 * can run it on every start; `created` tells the caller whether this is a first start.
 */
export async function ensureTable(
  db: DynamoDBDocumentClient,
  tableName: string,
): Promise<{ created: boolean }> {
  const describe = () =>
    db
      .send(new DescribeTableCommand({ TableName: tableName }))
      .then((out) => out.Table?.TableStatus)
      .catch((error: unknown) =>
        error instanceof ResourceNotFoundException ? undefined : Promise.reject(error),
      );

  const created = (await describe()) === undefined;
  if (created) await db.send(new CreateTableCommand(createTableInput(tableName)));

  const deadline = Date.now() + 60_000;
  for (let status = await describe(); status !== "ACTIVE"; status = await describe()) {
    if (Date.now() > deadline) throw new Error(`Table ${tableName} is still ${status} after 60 s.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { created };
}
