import { randomUUID } from "node:crypto";
import { CreateTableCommand } from "@aws-sdk/client-dynamodb";
import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";
import { createErasureLogInput, createTableInput } from "../../shared/db/table-definition.ts";
import { type Deps, documentClient } from "../../shared/runtime.ts";

/**
 * A fresh table in the suite's DynamoDB Local, with a controllable clock and ids. Without a change
 * stream unless the test drains it (drainStream): DynamoDB Local writes 2–9× slower with a stream
 * and slower still as the stream records of the whole run pile up, until late test files time out.
 */
export async function testDeps(
  now = new Date("2026-11-23T10:00:00Z"),
  endpoint = inject("dynamoEndpoint"),
  options: { stream?: boolean } = {},
): Promise<Deps & { setNow(d: Date): void }> {
  const db = documentClient(endpoint);
  const tableName = `test-${randomUUID()}`;
  await db.send(new CreateTableCommand(createTableInput(tableName, { stream: options.stream ?? false })));
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

/**
 * Writes many items for a test's setup: BatchWrites of 25, a few in flight at once, unprocessed
 * items sent again. Callers give it a hook of its own with a generous timeout — seeding speed
 * depends on how busy the machine is, never on the code under test.
 */
export async function seedItems(deps: Deps, items: Record<string, unknown>[], inFlight = 4): Promise<void> {
  const chunks: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) chunks.push(items.slice(i, i + 25));
  const worker = async () => {
    for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
      let requests = chunk.map((Item) => ({ PutRequest: { Item } }));
      while (requests.length) {
        const out = await deps.db.send(
          new BatchWriteCommand({ RequestItems: { [deps.tableName]: requests } }),
        );
        requests = (out.UnprocessedItems?.[deps.tableName] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
}

/** Gives the test's deps an erasure log of their own (a second table, as in the stateful stack). */
export async function withErasureLog<D extends Deps>(deps: D): Promise<D> {
  const erasureLogTable = `${deps.tableName}-erasures`;
  await deps.db.send(new CreateTableCommand(createErasureLogInput(erasureLogTable)));
  deps.erasureLogTable = erasureLogTable;
  return deps;
}
