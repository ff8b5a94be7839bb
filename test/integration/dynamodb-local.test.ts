import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { testDeps } from "../support/db.ts";

describe("DynamoDB Local test harness", () => {
  it("creates an isolated table per test file", async () => {
    const deps = await testDeps();
    const tables = await deps.db.send(new ListTablesCommand({}));
    expect(tables.TableNames).toContain(deps.tableName);
  });
});
