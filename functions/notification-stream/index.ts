import type { DynamoDBStreamEvent, Context } from "aws-lambda";
import { processStreamBatch, type BatchResult } from "../../shared/app/stream-batch.ts";
import { REACTIONS } from "../../shared/app/stream-reactions.ts";
import { addLambdaContext, logger } from "../../shared/logger.ts";
import { withSesMail } from "../../shared/mail/ses-mailer.ts";
import { depsFromEnv } from "../../shared/runtime.ts";

/**
 * The table's change stream consumer (infra/notification-stream.ts): runs the stream reactions on
 * each record and reports the first failing one (ReportBatchItemFailures), from which Lambda retries.
 */
export async function handler(event: DynamoDBStreamEvent, context: Context): Promise<BatchResult> {
  addLambdaContext(context);
  // withSesMail: the mail reaction sends through SES as the stack's sender identity (MAIL_FROM).
  return processStreamBatch(withSesMail(depsFromEnv()), event.Records, REACTIONS, logger);
}
