import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { BatchWriteCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { PreconditionFailedError, ServiceUnavailableError } from "../domain/errors.ts";
import type { Deps } from "../runtime.ts";
import { EMPLOYER_ERASING, type StoredEmployer } from "./employer-repository.ts";
import { employerKey, employerPartition } from "./keys.ts";
import { NotYet, withRetries } from "./retry.ts";

const BATCH = 25;

/** The writes of an employer record's erasure (shared/app/employer-erasure.ts). */
export function employerErasure(deps: Deps) {
  const table = deps.tableName;
  return {
    /** Marks the record and moves its version on, so every version-guarded write fails from now on. */
    async mark(stored: StoredEmployer): Promise<void> {
      if (stored.erasing) return;
      await deps.db
        .send(
          new UpdateCommand({
            TableName: table,
            Key: employerKey(stored.employer.id),
            UpdateExpression: "SET #e = :at, #v = #v + :one",
            ConditionExpression: "#v = :v",
            ExpressionAttributeNames: { "#e": EMPLOYER_ERASING, "#v": "version" },
            ExpressionAttributeValues: {
              ":at": deps.clock().toISOString(),
              ":one": 1,
              ":v": stored.employer.version,
            },
          }),
        )
        .catch((error: unknown) => {
          throw error instanceof ConditionalCheckFailedException ? new PreconditionFailedError() : error;
        });
    },

    /** Deletes the partition, the record itself last: a stop midway leaves a marked record to finish from. */
    async removeAll(id: string): Promise<number> {
      // The partition, and the idempotency records whose stored answers name the record (GSI3).
      const keys = [...(await keysOf(id, "PK")), ...(await keysOf(id, "GSI3PK"))];
      const record = employerKey(id);
      const others = keys.filter((k) => k.SK !== record.SK);
      for (let i = 0; i < others.length; i += BATCH) await deleteBatch(others.slice(i, i + BATCH));
      await deleteBatch([record]);
      return keys.length;
    },
  };

  async function keysOf(id: string, partitionKey: "PK" | "GSI3PK") {
    const keys: { PK: string; SK: string }[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await deps.db.send(
        new QueryCommand({
          TableName: table,
          ...(partitionKey === "GSI3PK" ? { IndexName: "GSI3" } : { ConsistentRead: true }),
          KeyConditionExpression: `${partitionKey} = :pk`,
          ExpressionAttributeValues: { ":pk": employerPartition(id) },
          ProjectionExpression: "PK, SK",
          ExclusiveStartKey: start,
        }),
      );
      keys.push(...(page.Items ?? []).map((i) => ({ PK: String(i.PK), SK: String(i.SK) })));
      start = page.LastEvaluatedKey;
    } while (start);
    return keys;
  }

  async function deleteBatch(keys: { PK: string; SK: string }[]) {
    let requests = keys.map((Key) => ({ DeleteRequest: { Key } }));
    await withRetries(
      "employer erasure batch",
      { attempts: 6, baseMs: 50, capMs: 1000 },
      async () => {
        const { UnprocessedItems } = await deps.db.send(
          new BatchWriteCommand({ RequestItems: { [table]: requests } }),
        );
        const rest = UnprocessedItems?.[table] ?? [];
        if (rest.length) {
          requests = rest as typeof requests;
          throw new NotYet();
        }
      },
      { giveUp: () => new ServiceUnavailableError("Löschen unterbrochen; bitte DELETE wiederholen.") },
    );
  }
}
