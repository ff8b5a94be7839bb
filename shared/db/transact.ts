import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { ServiceUnavailableError } from "../domain/errors.ts";
import type { Deps } from "../runtime.ts";
import { NotYet, type RetryPolicy, withRetries } from "./retry.ts";

export type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/**
 * The actions of one transaction by name ("referral", "placeOpen", "idempotency", …): a failed
 * condition is reported by the name of the group its action belongs to, so reordering or adding
 * actions cannot silently change which error the caller answers.
 */
export type NamedActions = Record<string, TransactItem[]>;

/** A conflict with a concurrent transaction: a few quick tries, then 503. */
const CONFLICTS: RetryPolicy = { attempts: 4, baseMs: 20, capMs: 320 };

/** Optimistic locking: the write applies only to the version the caller read. */
export const versionGuard = (version: number) => ({
  ConditionExpression: "#v = :v",
  ExpressionAttributeNames: { "#v": "version" },
  ExpressionAttributeValues: { ":v": version },
});

/**
 * One all-or-nothing write. A failed condition is mapped by the caller (412, 409, …) from the
 * name of the actions that failed; a conflict with a concurrent transaction is retried
 * (retry.ts), then answered 503.
 */
export async function transactWrite(
  deps: Pick<Deps, "db">,
  actions: NamedActions,
  onConditionFailed: (name: string) => Error,
): Promise<void> {
  const named = Object.entries(actions).flatMap(([name, items]) => items.map((item) => ({ name, item })));
  const send = async () => {
    try {
      await deps.db.send(new TransactWriteCommand({ TransactItems: named.map(({ item }) => item) }));
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const failed = reasons.findIndex((r) => r.Code === "ConditionalCheckFailed");
      if (failed >= 0) throw onConditionFailed(named[failed]?.name ?? "");
      if (reasons.some((r) => r.Code === "TransactionConflict")) throw new NotYet();
      throw error;
    }
  };
  await withRetries("transaction conflict", CONFLICTS, send, {
    giveUp: () =>
      new ServiceUnavailableError("Gleichzeitige Änderung am selben Datensatz; bitte erneut versuchen."),
  });
}
