import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { testDeps } from "../support/db.ts";

describe("DynamoDB Local test harness", () => {
  it("creates an isolated table per test file", async () => {
    const deps = await testDeps();
    // ListTables answers at most 100 names a page, and the suite's files create more tables than that.
    const names: string[] = [];
    let start: string | undefined;
    do {
      const page = await deps.db.send(new ListTablesCommand({ ExclusiveStartTableName: start }));
      names.push(...(page.TableNames ?? []));
      start = page.LastEvaluatedTableName;
    } while (start);
    expect(names.filter((name) => name === deps.tableName)).toHaveLength(1);
  });
});
