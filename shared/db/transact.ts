import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { ServiceUnavailableError } from "../domain/errors.ts";
import type { Deps } from "../runtime.ts";

export type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

const MAX_ATTEMPTS = 4;

/** Optimistic locking: the write applies only to the version the caller read. */
export const versionGuard = (version: number) => ({
  ConditionExpression: "#v = :v",
  ExpressionAttributeNames: { "#v": "version" },
  ExpressionAttributeValues: { ":v": version },
});

/**
 * One all-or-nothing write. A failed condition is mapped by the caller (412, 409, …) from the
 * index of the action that failed; a conflict with a concurrent transaction is retried with
 * jittered backoff a bounded number of times, then answered 503.
 */
export async function transactWrite(
  deps: Pick<Deps, "db">,
  items: TransactItem[],
  onConditionFailed: (index: number) => Error,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await deps.db.send(new TransactWriteCommand({ TransactItems: items }));
      return;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const failed = reasons.findIndex((r) => r.Code === "ConditionalCheckFailed");
      if (failed >= 0) throw onConditionFailed(failed);
      const conflict = reasons.some((r) => r.Code === "TransactionConflict");
      if (!conflict) throw error;
      if (attempt >= MAX_ATTEMPTS) {
        throw new ServiceUnavailableError(
          "Gleichzeitige Änderung am selben Datensatz; bitte erneut versuchen.",
        );
      }
      await new Promise((r) => setTimeout(r, 20 * 2 ** attempt * Math.random()));
    }
  }
}
