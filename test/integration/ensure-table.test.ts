import { randomUUID } from "node:crypto";
import { CreateTableCommand, DescribeTableCommand, DynamoDBServiceException } from "@aws-sdk/client-dynamodb";
import { describe, expect, it, inject } from "vitest";
import { ensureErasureLog, ensureTable } from "../../local/ensure-table.ts";
import { documentClient } from "../../shared/runtime.ts";

/** A client whose CreateTable goes through and is then sent again, as the SDK's retry after a timeout does. */
function retriedCreate() {
  const db = documentClient(inject("dynamoEndpoint"));
  const send = db.send.bind(db);
  const creates: string[] = [];
  db.send = (async (command: unknown) => {
    if (command instanceof CreateTableCommand) {
      await send(command);
      try {
        return await send(command);
      } catch (error) {
        creates.push((error as DynamoDBServiceException).name);
        throw error;
      }
    }
    return send(command as never);
  }) as typeof db.send;
  return { db, creates };
}

describe("ensureTable", () => {
  it("takes a retried CreateTable that finds the table already created (ResourceInUse) as done", async () => {
    const { db, creates } = retriedCreate();
    const tableName = `ensure-${randomUUID()}`;
    await expect(ensureTable(db, tableName)).resolves.toEqual({ created: true });
    expect(creates).toEqual(["ResourceInUseException"]);
    const { Table } = await db.send(new DescribeTableCommand({ TableName: tableName }));
    expect(Table?.TableStatus).toBe("ACTIVE");
    expect(Table?.StreamSpecification?.StreamEnabled).toBe(true);
    // A second start finds it.
    await expect(ensureTable(db, tableName)).resolves.toEqual({ created: false });
  });

  it("still fails on any other error of CreateTable", async () => {
    const db = documentClient(inject("dynamoEndpoint"));
    const send = db.send.bind(db);
    db.send = ((command: unknown) =>
      command instanceof CreateTableCommand
        ? Promise.reject(new Error("LimitExceeded"))
        : send(command as never)) as typeof db.send;
    await expect(ensureTable(db, `ensure-${randomUUID()}`)).rejects.toThrow("LimitExceeded");
  });
});

describe("ensureErasureLog", () => {
  it("creates the erasure log's own table once, keyed as in the stack; a second start finds it", async () => {
    const db = documentClient(inject("dynamoEndpoint"));
    const tableName = `erasures-${randomUUID()}`;
    await ensureErasureLog(db, tableName);
    await ensureErasureLog(db, tableName);
    const { Table } = await db.send(new DescribeTableCommand({ TableName: tableName }));
    expect(Table?.TableStatus).toBe("ACTIVE");
    expect(Table?.KeySchema).toEqual([{ AttributeName: "candidateId", KeyType: "HASH" }]);
  });
});
