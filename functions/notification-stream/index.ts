import type { DynamoDBStreamEvent, Context } from "aws-lambda";
import { processStreamBatch, type BatchResult } from "../../shared/app/stream-batch.ts";
import { REACTIONS } from "../../shared/app/stream-reactions.ts";
import { addLambdaContext, logger } from "../../shared/logger.ts";
import { depsFromEnv } from "../../shared/runtime.ts";

/**
 * The table's change stream consumer (infra/notification-stream.ts): runs the stream reactions on
 * each record and reports the first failing one (ReportBatchItemFailures), from which Lambda retries.
 */
export async function handler(event: DynamoDBStreamEvent, context: Context): Promise<BatchResult> {
  addLambdaContext(context);
  return processStreamBatch(depsFromEnv(), event.Records, REACTIONS, logger);
}
