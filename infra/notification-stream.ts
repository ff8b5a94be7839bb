import { Duration } from "aws-cdk-lib";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import type { ISecret } from "aws-cdk-lib/aws-secretsmanager";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { EventSourceMapping, StartingPosition } from "aws-cdk-lib/aws-lambda";
import { SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import { PassungFunction } from "./passung-function.ts";
import type { RouteGroupSettings } from "./route-groups.ts";
import type { StageConfig } from "./stage.ts";

/** functions/notification-stream/index.ts: the table's change stream consumer. */
export const STREAM_CONSUMER_GROUP = "notification-stream";

/**
 * What the consumer's code sends (test/infra/notification-stream.test.ts compares it with the
 * code): referral notices read profiles and candidates by key and an organisation's profiles by
 * index, and put notices conditionally; the mail reaction claims and updates its outbox entries
 * (transactions of Put/Update/Delete); the alert reaction reads the alert index, whose module
 * (with the candidate items it shares) also removes entries, in batches too; a candidate whose
 * retention ran out is erased like a DELETE (expiry-completion.ts: withdrawals check the seat
 * markers in their transactions).
 */
export const STREAM_CONSUMER: RouteGroupSettings = {
  memorySize: 512,
  // A batch of 100 records with a few reads and writes each; far below the 15-minute maximum.
  timeoutSeconds: 60,
  tableActions: [
    "dynamodb:GetItem",
    "dynamodb:Query",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
    "dynamodb:BatchWriteItem",
    "dynamodb:ConditionCheckItem",
  ],
  // An expired candidate's erasure is logged like a DELETE's.
  logsErasures: true,
  referenceData: false,
  // One concurrent batch per shard (parallelization 1, so records of an item stay in order).
  reservedConcurrency: 5,
};

/**
 * How Lambda reads the stream. A failing record is reported (ReportBatchItemFailures) and the
 * batch retried from it; after the retries a bisected batch narrows the failure down to the
 * record, whose position (shard, sequence numbers — no item data) goes to the failure queue.
 */
export const STREAM_BATCHING = {
  batchSize: 100,
  maxBatchingWindow: Duration.seconds(1),
  startingPosition: StartingPosition.TRIM_HORIZON,
  reportBatchItemFailures: true,
  bisectBatchOnError: true,
  retryAttempts: 10,
  // Within the stream's own 24 h retention: a record given up on is in the queue before it is trimmed.
  maxRecordAge: Duration.hours(12),
  parallelizationFactor: 1,
} as const;

export interface NotificationStreamProps {
  stage: StageConfig;
  table: ITable;
  erasureLog: ITable;
  environment?: Record<string, string>;
  /** Secrets a reaction reads at run time: the decision links' key (decision-link-sending.ts signs the mailed link). */
  secrets?: Record<string, ISecret>;
}

/**
 * The stream consumer of the table (NEW_AND_OLD_IMAGES, stateful-stack.ts): its function, the
 * event source mapping and the on-failure queue. Stream read rights name the table's stream, not `*`.
 */
export class NotificationStream extends Construct {
  readonly consumer: PassungFunction;
  readonly failedBatches: Queue;
  readonly mapping: EventSourceMapping;

  constructor(
    scope: Construct,
    id: string,
    { stage, table, erasureLog, environment, secrets }: NotificationStreamProps,
  ) {
    super(scope, id);
    const streamArn = table.tableStreamArn;
    if (!streamArn) throw new Error("The table has no stream (infra/stateful-stack.ts)");
    this.consumer = new PassungFunction(this, "Consumer", {
      group: STREAM_CONSUMER_GROUP,
      settings: STREAM_CONSUMER,
      stage,
      table,
      erasureLog,
      purpose: "stream consumer",
      ...(environment ? { environment } : {}),
      ...(secrets ? { secrets } : {}),
    });
    this.consumer.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [
          "dynamodb:DescribeStream",
          "dynamodb:GetRecords",
          "dynamodb:GetShardIterator",
          "dynamodb:ListStreams",
        ],
        resources: [streamArn],
      }),
    );
    this.failedBatches = new Queue(this, "FailedBatches", {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      removalPolicy: stage.removalPolicy,
    });
    this.mapping = new EventSourceMapping(this, "Mapping", {
      target: this.consumer.function,
      eventSourceArn: streamArn,
      onFailure: new SqsDlq(this.failedBatches),
      ...STREAM_BATCHING,
    });
    // The mapping validates its role's rights when it is created.
    this.mapping.node.addDependency(this.consumer.role);
  }
}
