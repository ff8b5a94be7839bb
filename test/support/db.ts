import { randomUUID } from "node:crypto";
import { CreateTableCommand } from "@aws-sdk/client-dynamodb";
import { inject } from "vitest";
import { createTableInput } from "../../shared/db/table-definition.ts";
import { type Deps, documentClient } from "../../shared/runtime.ts";

/** A fresh table in the suite's DynamoDB Local, with a controllable clock and ids. */
export async function testDeps(
  now = new Date("2026-11-23T10:00:00Z"),
): Promise<Deps & { setNow(d: Date): void }> {
  const db = documentClient(inject("dynamoEndpoint"));
  const tableName = `test-${randomUUID()}`;
  await db.send(new CreateTableCommand(createTableInput(tableName)));
  let current = now;
  let counter = 0;
  return {
    db,
    tableName,
    clock: () => current,
    candidateRetentionDays: 365,
    newId: () => `01TEST${String(++counter).padStart(8, "0")}${randomUUID().slice(0, 6).toUpperCase()}`,
    setNow: (d: Date) => {
      current = d;
    },
  };
}

/** Records the name of every DynamoDB command sent through `deps.db` (e.g. to prove "never a Scan"). */
export function recordCommands(deps: Deps): string[] {
  const sent: string[] = [];
  const send = deps.db.send.bind(deps.db);
  deps.db.send = ((command: { constructor: { name: string } }) => {
    sent.push(command.constructor.name);
    return send(command as never);
  }) as typeof deps.db.send;
  return sent;
}
