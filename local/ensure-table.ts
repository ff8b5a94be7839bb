import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTableCommand,
} from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createErasureLogInput, createTableInput } from "../shared/db/table-definition.ts";

/**
 * Creates the table unless it exists, then waits until it is ACTIVE. Idempotent, so `npm start`
 * can run it on every start; `created` tells the caller whether this is a first start. A table
 * from before the change stream existed gets the stream turned on.
 */
export async function ensureTable(
  db: DynamoDBDocumentClient,
  tableName: string,
): Promise<{ created: boolean }> {
  const describe = () =>
    db
      .send(new DescribeTableCommand({ TableName: tableName }))
      .then((out) => out.Table)
      .catch((error: unknown) =>
        error instanceof ResourceNotFoundException ? undefined : Promise.reject(error),
      );
  const input = createTableInput(tableName);
  const untilActive = async () => {
    const deadline = Date.now() + 60_000;
    for (let table = await describe(); table?.TableStatus !== "ACTIVE"; table = await describe()) {
      if (Date.now() > deadline)
        throw new Error(`Table ${tableName} is still ${table?.TableStatus} after 60 s.`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };

  // Under load the SDK may retry a CreateTable that timed out although it went through: the retry
  // then finds the table (ResourceInUseException). That is the table this call wanted: wait for it.
  const create = () =>
    db
      .send(new CreateTableCommand(input))
      .then(() => undefined)
      .catch((error: unknown) =>
        error instanceof ResourceInUseException ? undefined : Promise.reject(error),
      );

  const existing = await describe();
  if (!existing) await create();
  await untilActive();
  if (existing && !existing.StreamSpecification?.StreamEnabled) {
    await db.send(
      new UpdateTableCommand({ TableName: tableName, StreamSpecification: input.StreamSpecification }),
    );
    await untilActive();
  }
  return { created: !existing };
}

/**
 * Creates the erasure log (shared/db/erasure-log.ts) unless it exists: a second table, as in the
 * stateful stack, so `npm run erasures:reapply` works locally too.
 */
export async function ensureErasureLog(db: DynamoDBDocumentClient, tableName: string): Promise<void> {
  await db
    .send(new CreateTableCommand(createErasureLogInput(tableName)))
    .catch((error: unknown) => (error instanceof ResourceInUseException ? undefined : Promise.reject(error)));
  const deadline = Date.now() + 60_000;
  while (
    (await db.send(new DescribeTableCommand({ TableName: tableName }))).Table?.TableStatus !== "ACTIVE"
  ) {
    if (Date.now() > deadline) throw new Error(`Table ${tableName} is not ACTIVE after 60 s.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
