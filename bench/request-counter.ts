import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

/**
 * Counts what a client really sends: an SDK middleware in the finalizeRequest step, below the
 * retry middleware, so every HTTP attempt (retries included) counts once. It also sums the
 * ScannedCount DynamoDB reports, to check the service's own stats.itemsRead against it.
 */
export interface RequestCounter {
  requests: number;
  scanned: number;
  byCommand: Record<string, number>;
}

export function withCounter(db: DynamoDBDocumentClient): RequestCounter {
  const counter: RequestCounter = { requests: 0, scanned: 0, byCommand: {} };
  // The Document client shares the wrapped client's stack, so this sees every command.
  db.middlewareStack.add(
    (next, context) => async (args) => {
      counter.requests++;
      const name = context.commandName ?? "unknown";
      counter.byCommand[name] = (counter.byCommand[name] ?? 0) + 1;
      const result = await next(args);
      const scanned = (result.output as { ScannedCount?: unknown }).ScannedCount;
      if (typeof scanned === "number") counter.scanned += scanned;
      return result;
    },
    { step: "finalizeRequest", priority: "low", name: "benchRequestCounter" },
  );
  return counter;
}

/** Counter difference and wall time of one operation. */
export async function measured<T>(counter: RequestCounter, run: () => Promise<T>) {
  const before = { requests: counter.requests, scanned: counter.scanned };
  const started = performance.now();
  const value = await run();
  const ms = performance.now() - started;
  return {
    value,
    ms,
    requests: counter.requests - before.requests,
    scanned: counter.scanned - before.scanned,
  };
}
