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
  /** Response bytes from DynamoDB (Content-Length of each HTTP answer, JSON as sent). */
  bytes: number;
  /** Read and write capacity units DynamoDB reports (ReturnConsumedCapacity: TOTAL on every read). */
  readUnits: number;
  writeUnits: number;
}

const READS = new Set(["QueryCommand", "GetCommand", "BatchGetCommand", "ScanCommand"]);

type Capacity = { CapacityUnits?: number; ReadCapacityUnits?: number; WriteCapacityUnits?: number };
const unitsOf = (consumed: unknown): Capacity[] =>
  Array.isArray(consumed) ? (consumed as Capacity[]) : consumed ? [consumed as Capacity] : [];

export function withCounter(db: DynamoDBDocumentClient): RequestCounter {
  const counter: RequestCounter = {
    ...{ requests: 0, scanned: 0, byCommand: {} },
    ...{ bytes: 0, readUnits: 0, writeUnits: 0 },
  };
  // Reads report what they consumed (writes and transactions are left as the service sends them).
  db.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { ReturnConsumedCapacity?: string };
      if (READS.has(context.commandName ?? "")) input.ReturnConsumedCapacity ??= "TOTAL";
      const result = await next(args);
      for (const c of unitsOf((result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity)) {
        const read = READS.has(context.commandName ?? "");
        if (read) counter.readUnits += c.ReadCapacityUnits ?? c.CapacityUnits ?? 0;
        else counter.writeUnits += c.WriteCapacityUnits ?? c.CapacityUnits ?? 0;
      }
      return result;
    },
    { step: "initialize", priority: "high", name: "benchConsumedCapacity" },
  );
  db.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const headers = (result.response as { headers?: Record<string, string> }).headers ?? {};
      counter.bytes += Number(headers["content-length"] ?? 0);
      return result;
    },
    { step: "deserialize", priority: "high", name: "benchResponseBytes" },
  );
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
  const before = { ...counter };
  const started = performance.now();
  const value = await run();
  const ms = performance.now() - started;
  return {
    value,
    ms,
    requests: counter.requests - before.requests,
    scanned: counter.scanned - before.scanned,
    bytes: counter.bytes - before.bytes,
    readUnits: counter.readUnits - before.readUnits,
  };
}
