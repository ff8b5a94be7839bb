import { readFile, rename, writeFile } from "node:fs/promises";
import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type Shard,
} from "@aws-sdk/client-dynamodb-streams";
import { processStreamBatch, type StreamRecordLike } from "../shared/app/stream-batch.ts";
import type { StreamReaction } from "../shared/app/stream-reactions.ts";
import { type Logger, withLambdaContext } from "../shared/logger.ts";
import type { Deps } from "../shared/runtime.ts";
import { lambdaContext } from "./function-runner.ts";

/** Like the event source mapping's batch size (infra/notification-stream.ts). */
const BATCH_SIZE = 100;
/** The stream consumer's route group (functions/notification-stream), whose invocation each batch is. */
const CONSUMER = "notification-stream";
const CONSUMER_TIMEOUT_MS = 60_000;

export interface StreamPoller {
  /**
   * Processes every pending record (with `reactions`, or the poller's own); resolves with how many
   * were processed. Throws StreamBatchFailed when a record failed: the next drain starts there.
   */
  drain(reactions?: readonly StreamReaction[]): Promise<number>;
}

/**
 * DynamoDB Local's stream fed to the stream consumer's handler (shared/app/stream-batch.ts), as
 * Lambda's event source mapping feeds it on AWS: shards in order, batches of up to 100, and a
 * checkpoint per shard that moves only past records the handler took. A failing batch is read
 * again from its failing record on the next drain: retried, never lost, order kept.
 */
export function streamPoller(args: {
  deps: Deps;
  endpoint: string;
  reactions: readonly StreamReaction[];
  log?: Logger;
  region?: string;
  /** Keeps the checkpoints across restarts (`npm start`), so a restart does not replay the stream. */
  checkpointFile?: string;
}): StreamPoller {
  const { deps, endpoint, reactions, log } = args;
  const streams = new DynamoDBStreamsClient({
    endpoint,
    region: args.region ?? "eu-central-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  /** Last sequence number handled per shard. */
  const checkpoints = new Map<string, string>();
  let streamArn: string | undefined;
  let loaded = !args.checkpointFile;

  async function load() {
    if (loaded || !args.checkpointFile) return;
    const saved = await readFile(args.checkpointFile, "utf8").then(
      (text) => JSON.parse(text) as Record<string, string>,
      () => ({}),
    );
    for (const [shard, sequence] of Object.entries(saved)) checkpoints.set(shard, sequence);
    loaded = true;
  }

  async function save() {
    if (!args.checkpointFile) return;
    const temp = `${args.checkpointFile}.tmp`;
    await writeFile(temp, JSON.stringify(Object.fromEntries(checkpoints)));
    await rename(temp, args.checkpointFile);
  }

  async function shards(): Promise<Shard[]> {
    streamArn ??= (await deps.db.send(new DescribeTableCommand({ TableName: deps.tableName }))).Table
      ?.LatestStreamArn;
    if (!streamArn) throw new Error(`Table ${deps.tableName} has no stream`);
    const found: Shard[] = [];
    let start: string | undefined;
    do {
      const { StreamDescription } = await streams.send(
        new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }),
      );
      found.push(...(StreamDescription?.Shards ?? []));
      start = StreamDescription?.LastEvaluatedShardId;
    } while (start);
    // Parents before children: their records are older.
    const bySequence = (s: Shard) => BigInt(s.SequenceNumberRange?.StartingSequenceNumber ?? "0");
    return found.sort((a, b) => (bySequence(a) < bySequence(b) ? -1 : 1));
  }

  async function drainShard(shardId: string, use: readonly StreamReaction[]): Promise<number> {
    const after = checkpoints.get(shardId);
    const iteratorFrom = async (position: "after" | "oldest") =>
      (
        await streams.send(
          new GetShardIteratorCommand({
            StreamArn: streamArn,
            ShardId: shardId,
            ...(position === "after"
              ? { ShardIteratorType: "AFTER_SEQUENCE_NUMBER", SequenceNumber: after }
              : { ShardIteratorType: "TRIM_HORIZON" }),
          }),
        )
      ).ShardIterator;
    // A checkpoint older than the stream's 24 h is gone: start at the oldest record kept.
    let iterator = after
      ? await iteratorFrom("after").catch((error: unknown) =>
          (error as Error).name === "TrimmedDataAccessException"
            ? iteratorFrom("oldest")
            : Promise.reject(error),
        )
      : await iteratorFrom("oldest");
    let processed = 0;
    while (iterator) {
      const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: BATCH_SIZE }));
      const records = (page.Records ?? []) as StreamRecordLike[];
      if (records.length === 0) break;
      // One batch, one invocation of the consumer: its lines name that function, as on Lambda.
      const { batchItemFailures } = await withLambdaContext(
        lambdaContext(CONSUMER, Date.now() + CONSUMER_TIMEOUT_MS),
        () => processStreamBatch(deps, records, use, log),
      );
      const failed = batchItemFailures[0]?.itemIdentifier;
      const done =
        failed === undefined
          ? records
          : records.slice(
              0,
              records.findIndex((r) => seq(r) === failed),
            );
      const last = done.at(-1);
      if (last) {
        checkpoints.set(shardId, seq(last));
        await save();
      }
      processed += done.length;
      if (failed !== undefined) throw new StreamBatchFailed(processed);
      iterator = page.NextShardIterator;
    }
    return processed;
  }

  return {
    async drain(use = reactions) {
      await load();
      let processed = 0;
      for (const shard of await shards())
        if (shard.ShardId) processed += await drainShard(shard.ShardId, use);
      return processed;
    },
  };
}

const seq = (record: StreamRecordLike) => record.dynamodb?.SequenceNumber ?? "";

/** A batch stopped at a failing record; `processed` records before it were handled. */
export class StreamBatchFailed extends Error {
  constructor(readonly processed: number) {
    super("A stream record failed; it is retried on the next poll");
    this.name = "StreamBatchFailed";
  }
}

/**
 * Drains every `intervalMs` (the local runtime's stand-in for Lambda's polling), backing off up
 * to 30 s while a record keeps failing. Returns a stop function that waits for a running drain.
 */
export function pollContinuously(poller: StreamPoller, log: Logger, intervalMs = 1000): () => Promise<void> {
  let stopped = false;
  let delay = intervalMs;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = poller
      .drain()
      .then(() => {
        delay = intervalMs;
      })
      .catch((error: unknown) => {
        delay = Math.min(delay * 2, 30_000);
        log.warn("Stream poll failed; retrying", { error, retryInMs: delay });
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, delay);
      });
  };
  timer = setTimeout(tick, intervalMs);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
